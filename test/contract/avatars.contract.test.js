// Video Avatar and Photo Avatar: submit, query, templates and custom avatars, held to Topview's documented examples.
const { serve, problemsOf, runNode, pick, locator, paired } = require('./harness');

describe('Video Avatar', () => {
	const submit = (parameters) => runNode({ resource: 'videoAvatar', operation: 'submit', ...parameters });

	test('Submit with a public avatar and text to speech and every documented option', async () => {
		const api = serve('videoAvatarSubmit');
		const out = await submit({
			avatarSourceFrom: 1,
			aiAvatarId: locator('3327'),
			audioSourceFrom: 1,
			ttsText: 'welcome to topview.ai',
			voiceoverId: locator('voice-7'),
			additionalFields: {
				voiceSpeed: 1,
				modeType: '0',
				captionId: 'cap-1',
				isSave2CustomAiAvatar: false,
				noticeUrl: 'https://hooks.example.com/topview',
			},
		});

		expect(problemsOf(api)).toEqual([[]]);
		expect(api.sent()[0].body).toMatchObject({ avatarSourceFrom: 1, audioSourceFrom: 1, modeType: '0', captionId: 'cap-1' });
		expect(out.items).toEqual([paired(api.example.result)]);
	});

	test.each([
		['an uploaded video and audio', { avatarSourceFrom: 0, videoFileId: 'file-video', audioSourceFrom: 0, audioFileId: 'file-audio' }],
		['a custom avatar', { avatarSourceFrom: 2, aiAvatarId: locator('custom-9'), audioSourceFrom: 0, audioFileId: 'file-audio' }],
		['a photo', { avatarSourceFrom: 3, imageFileId: 'file-photo', audioSourceFrom: 0, audioFileId: 'file-audio' }],
	])('Submit with %s sends only documented fields', async (_name, parameters) => {
		const api = serve('videoAvatarSubmit');
		await submit({ ...parameters, additionalFields: { captionId: 'cap-1' } });

		expect(problemsOf(api)).toEqual([[]]);
		expect(api.sent()[0].body).not.toHaveProperty('captionId');
	});

	test('Query: documented query; the example answer is the item', async () => {
		const api = serve('videoAvatarQuery');
		const out = await runNode({ resource: 'videoAvatar', operation: 'query', taskId: 'string', options: { needCloudFrontUrl: true } });

		expect(problemsOf(api)).toEqual([[]]);
		expect(api.sent()[0].query).toEqual({ taskId: 'string', needCloudFrontUrl: 'true' });
		expect(out.items).toEqual([paired(api.example.result)]);
	});
});

describe('Photo Avatar', () => {
	const run = (operation, parameters) => runNode({ resource: 'photoAvatar', operation, ...parameters });

	test('Submit with every documented field: saveCustomAiAvatar goes as the string the page types', async () => {
		const api = serve('photoAvatarSubmit');
		const out = await run('submit', {
			avatarSource: 'avatar',
			avatarId: locator('6001'),
			mode: 'avatar4',
			scriptMode: 'text',
			ttsText: 'welcome to topview',
			voiceId: locator('voice-7'),
			additionalFields: {
				voiceModel: 'minimax-v2.5',
				volume: 150,
				stability: 40,
				captionId: 'cap-2',
				customMotion: 'Nods and smiles',
				saveCustomAiAvatar: true,
				offPeak: true,
				boardId: locator('board-1'),
				noticeUrl: 'https://hooks.example.com/topview',
			},
		});

		expect(problemsOf(api)).toEqual([[]]);
		expect(api.sent()[0].body).toMatchObject({ saveCustomAiAvatar: 'true', offPeak: true, voiceSettings: { volume: 150, stability: 40 } });
		expect(out.items).toEqual([paired(api.example.result)]);
	});

	test('Submit with a template image and an audio file: exactly those fields; the example answer is the item', async () => {
		const api = serve('photoAvatarSubmit');
		const out = await run('submit', {
			avatarSource: 'templateImage',
			templateImageFileId: '2a22d8f1364d4903a4f7ec98d2046899',
			mode: 'avatar2',
			scriptMode: 'audio',
			audioFileId: 'file-audio',
		});

		expect(problemsOf(api)).toEqual([[]]);
		expect(api.sent()[0].body).toEqual({
			templateImageFileId: '2a22d8f1364d4903a4f7ec98d2046899',
			mode: 'avatar2',
			scriptMode: 'audio',
			audioFileId: 'file-audio',
		});
		expect(out.items).toEqual([paired(api.example.result)]);
	});

	test('Query: documented query; the example answer is the item', async () => {
		const api = serve('photoAvatarQuery');
		const out = await run('query', { taskId: 'string' });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.items).toEqual([paired(api.example.result)]);
	});

	test('Get Templates: the documented filters; one item per template of the example', async () => {
		const api = serve('photoAvatarTemplateList');
		const out = await run('getTemplates', {
			returnAll: false,
			limit: 20,
			filters: { categories: ['4ac8d232aa1945efaedf67b56ddf371d', 'b8e64f37db1c48a2aea904f3a2ae4522'], isCustom: false },
		});

		expect(problemsOf(api)).toEqual([[]]);
		expect(api.sent()[0].query.categories).toBe('4ac8d232aa1945efaedf67b56ddf371d,b8e64f37db1c48a2aea904f3a2ae4522');
		expect(out.items).toEqual(api.example.result.data.map((json) => paired(json)));
	});

	test('Get Template Categories: the documented paging; one item per category', async () => {
		const api = serve('photoAvatarTemplateCategory');
		const out = await run('getTemplateCategories', { returnAll: true });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.items).toEqual(api.example.result.map((json) => paired(json)));
	});

	test('the template category dropdown and the template picker ask the documented queries', async () => {
		const categories = serve('photoAvatarTemplateCategory');
		const options = await pick('loadOptions', 'getPhotoAvatarTemplateCategories');
		expect(problemsOf(categories)).toEqual([[]]);
		expect(options).toEqual([{ name: 'string', value: '4ac8d232aa1945efaedf67b56ddf371d' }]);

		// Custom avatars first (isCustom=true), then public templates.
		const templates = serve('photoAvatarTemplateList', { times: 2 });
		const found = await pick('listSearch', 'searchPhotoAvatarTemplates', { resource: 'photoAvatar', operation: 'submit' });
		expect(problemsOf(templates)).toEqual([[], []]);
		expect(found.results.map((r) => r.value)).toEqual(['45b3819812034602b7395eea075b6cf4']);
	});

	test('Create Custom Avatar: the documented body; the example id is the output', async () => {
		const api = serve('photoAvatarTemplateCreate');
		const out = await run('createCustomAvatar', { templateImageFileId: '2a22d8f1364d4903a4f7ec98d2046899' });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.status).toBe('success');
		expect(JSON.stringify(out.items[0].json)).toContain('45b3819812034602b7395eea075b6cf4');
	});

	test('Delete: the documented DELETE with aiAvatarId', async () => {
		const api = serve('photoAvatarTemplateDelete');
		const out = await run('delete', { aiAvatarId: locator('45b3819812034602b7395eea075b6cf4') });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.status).toBe('success');
	});
});
