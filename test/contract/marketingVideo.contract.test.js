// Marketing Video (m2v): Submit, Query, Export, Get Scripts and Update Script, held to Topview's documented examples.
const { serve, problemsOf, runNode, locator, paired } = require('./harness');

const run = (operation, parameters) => runNode({ resource: 'marketingVideo', operation, ...parameters });

test('Submit with every documented field: preview and isDiyScript go as the strings the page shows', async () => {
	const api = serve('m2vSubmit');
	const out = await run('submit', {
		fileIds: 'file-1, file-2',
		productName: 'Trail Runner 2',
		productDescription: 'Waterproof trail shoes',
		logoFileId: 'file-logo',
		endcardFileId: 'file-endcard',
		musicFileId: 'file-music',
		additionalFields: {
			aspectRatio: '9:16',
			language: 'en',
			voiceId: locator('voice-7'),
			captionId: 'cap-1',
			aiavatarId: locator('3327'),
			videoLengthType: 2,
			endcardAspectRatio: 'all',
			endcardBackgroundColor: 'black',
			preview: true,
			isDiyScript: true,
			diyScriptDescription: 'Wet feet? Not any more.',
			diyStyle: 'diyScriptPrompt',
			diyScriptPrompt: 'Energetic',
			targetAudience: 'Trail runners',
			noticeUrl: 'https://hooks.example.com/topview',
		},
	});

	expect(problemsOf(api)).toEqual([[]]);
	expect(api.sent()[0].body).toMatchObject({ preview: 'true', isDiyScript: 'true', videoLengthType: 2, fileIds: ['file-1', 'file-2'] });
	expect(out.items).toEqual([paired(api.example.result)]);
});

test('Submit with a product link and both switches off sends "false"', async () => {
	const api = serve('m2vSubmit');
	await run('submit', {
		productLink: 'https://www.amazon.com/dp/B0CXVSRY56',
		additionalFields: { preview: false, isDiyScript: false },
	});

	expect(problemsOf(api)).toEqual([[]]);
	expect(api.sent()[0].body).toEqual({ productLink: 'https://www.amazon.com/dp/B0CXVSRY56', preview: 'false', isDiyScript: 'false' });
});

test('Query: documented query; the example answer is the item', async () => {
	const api = serve('m2vQuery');
	const out = await run('query', { taskId: 'string', options: { needCloudFrontUrl: true } });

	expect(problemsOf(api)).toEqual([[]]);
	expect(out.items).toEqual([paired(api.example.result)]);
});

test('Export: taskId, scriptId as the documented string, noticeUrl', async () => {
	const api = serve('m2vExport');
	const out = await run('export', { taskId: 'string', scriptId: 0, noticeUrl: 'http://127.0.0.1:8080/notice' });

	expect(problemsOf(api)).toEqual([[]]);
	expect(api.sent()[0].body).toEqual({ taskId: 'string', scriptId: '0', noticeUrl: 'http://127.0.0.1:8080/notice' });
	expect(out.items).toEqual([paired(api.example.result)]);
});

test('Get Scripts: documented query; the example answer is the item', async () => {
	const api = serve('m2vScriptList');
	const out = await run('getScripts', { taskId: 'string' });

	expect(problemsOf(api)).toEqual([[]]);
	expect(out.items).toEqual([paired(api.example.result)]);
});

test('Update Script: scriptContents[] of { segId, segText } and scriptId as strings, as the page shows', async () => {
	const api = serve('m2vScriptUpdate');
	const out = await run('updateScript', {
		taskId: 'string',
		scriptId: 0,
		scriptContents: { segments: [{ segId: '0', segText: 'This is segText Test' }] },
	});

	expect(problemsOf(api)).toEqual([[]]);
	expect(api.sent()[0].body).toEqual(api.fx.request.example);
	expect(out.items).toEqual([paired(api.example.result)]);
});
