// Scraper, Image to Video (v2), Video to Avatar, Remove Background, Voice Clone and Text to Speech:
// submit, query and delete held to Topview's documented examples.
const { serve, problemsOf, runNode, pick, locator, paired } = require('./harness');

const callback = 'https://hooks.example.com/topview';

/** Submit and Query of one family: every documented field is exercised, each example answer is the item. */
function submitAndQuery({ resource, submitFixture, queryFixture, parameters, queryOperation = 'query', expectBody }) {
	test(`${resource} Submit: documented body; the example answer is the item`, async () => {
		const api = serve(submitFixture);
		const out = await runNode({ resource, operation: 'submit', ...parameters });

		expect(problemsOf(api)).toEqual([[]]);
		if (expectBody) expect(api.sent()[0].body).toEqual(expectBody);
		expect(out.items).toEqual([paired(api.example.result)]);
	});

	test(`${resource} ${queryOperation}: documented query; the example answer is the item`, async () => {
		const api = serve(queryFixture);
		const out = await runNode({ resource, operation: queryOperation, taskId: 'string', options: { needCloudFrontUrl: true } });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.items).toEqual([paired(api.example.result)]);
	});
}

describe('Scraper', () => {
	submitAndQuery({
		resource: 'scraper',
		submitFixture: 'scraperSubmit',
		queryFixture: 'scraperQuery',
		parameters: { productLink: 'https://www.amazon.com/dp/B0CXVSRY56', additionalFields: { noticeUrl: callback } },
		expectBody: { productLink: 'https://www.amazon.com/dp/B0CXVSRY56', noticeUrl: callback },
	});
});

describe('Image to Video (v2)', () => {
	submitAndQuery({
		resource: 'imageToVideo',
		submitFixture: 'imageToVideoSubmit',
		queryFixture: 'imageToVideoQuery',
		parameters: {
			model: 'seedance-1.5-pro',
			firstFrameFileId: 'file-first',
			endFrameFileId: 'file-end',
			prompt: 'A shoe on a rock',
			additionalFields: {
				aspectRatio: '16:9',
				resolution: 720,
				duration: 5,
				sound: true,
				generatingCount: 2,
				boardId: locator('board-1'),
				noticeUrl: callback,
			},
		},
	});

	test('reference images go as the documented array', async () => {
		const api = serve('imageToVideoSubmit');
		await runNode({
			resource: 'imageToVideo',
			operation: 'submit',
			model: 'seedance-1.5-pro',
			prompt: 'A shoe',
			additionalFields: { referenceImageFileIds: 'ref-1, ref-2' },
		});

		expect(problemsOf(api)).toEqual([[]]);
		expect(api.sent()[0].body.referenceImageFileIds).toEqual(['ref-1', 'ref-2']);
	});
});

describe('Video to Avatar', () => {
	submitAndQuery({
		resource: 'videoToAvatar',
		submitFixture: 'videoToAvatarSubmit',
		queryFixture: 'videoToAvatarQuery',
		parameters: { videoFileId: 'file-video', additionalFields: { noticeUrl: callback } },
		expectBody: { videoFileId: 'file-video', noticeUrl: callback },
	});
});

describe('Remove Background', () => {
	submitAndQuery({
		resource: 'removeBackground',
		submitFixture: 'removeBackgroundSubmit',
		queryFixture: 'removeBackgroundQuery',
		parameters: { productImageFileId: 'dff804f385b84d4fb9c1b51c70f3755f', additionalFields: { noticeUrl: callback } },
		expectBody: { productImageFileId: 'dff804f385b84d4fb9c1b51c70f3755f', noticeUrl: callback },
	});
});

describe('Voice', () => {
	test('Clone: every documented field; the example answer is the item', async () => {
		const api = serve('voiceCloneSubmit');
		const out = await runNode({
			resource: 'voice',
			operation: 'clone',
			originVoiceFileId: 'file-voice',
			name: 'My Brand Voice',
			additionalFields: { voiceText: 'Welcome to topview.ai', voiceSpeed: 1.1, noticeUrl: callback },
		});

		expect(problemsOf(api)).toEqual([[]]);
		expect(api.sent()[0].body).toEqual({
			originVoiceFileId: 'file-voice',
			name: 'My Brand Voice',
			voiceText: 'Welcome to topview.ai',
			voiceSpeed: 1.1,
			noticeUrl: callback,
		});
		expect(out.items).toEqual([paired(api.example.result)]);
	});

	test('Query Clone: documented query; the example answer is the item', async () => {
		const api = serve('voiceCloneQuery');
		const out = await runNode({ resource: 'voice', operation: 'queryClone', taskId: 'string' });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.items).toEqual([paired(api.example.result)]);
	});

	test('Delete: the documented DELETE with voiceId', async () => {
		const api = serve('voiceCloneDelete');
		const out = await runNode({ resource: 'voice', operation: 'delete', voiceId: locator('abc123def456') });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.status).toBe('success');
	});

	test('the cloned voice picker asks the documented query', async () => {
		const api = serve('voiceQuery');
		const found = await pick('listSearch', 'searchClonedVoices', { resource: 'voice', operation: 'delete' });

		expect(problemsOf(api)).toEqual([[]]);
		expect(api.sent()[0].query.isCustom).toBe('true');
		expect(found.results.map((r) => r.value)).toEqual(['string']);
	});

	test('Text to Speech: every documented field; the example answer is the item', async () => {
		const api = serve('textToVoiceSubmit');
		const out = await runNode({
			resource: 'voice',
			operation: 'textToSpeech',
			voiceText: 'Hello, welcome!',
			voiceId: locator('voice-888'),
			originVoiceFileId: 'file-origin',
			additionalFields: {
				name: 'Greeting',
				voiceSpeed: 1.2,
				emotionName: 'happy',
				pronRules: { rules: [{ oldStr: '行', newStr: 'xing' }] },
				boardId: locator('board-1'),
				noticeUrl: callback,
			},
		});

		expect(problemsOf(api)).toEqual([[]]);
		expect(api.sent()[0].body).toMatchObject({ pronRules: [{ oldStr: '行', newStr: 'xing' }], voiceSpeed: 1.2 });
		expect(out.items).toEqual([paired(api.example.result)]);
	});

	test('Query Text to Speech: documented query; the example answer is the item', async () => {
		const api = serve('textToVoiceQuery');
		const out = await runNode({ resource: 'voice', operation: 'queryTextToSpeech', taskId: 'string' });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.items).toEqual([paired(api.example.result)]);
	});
});
