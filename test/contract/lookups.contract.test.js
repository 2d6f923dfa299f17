// Look-ups (avatars, voices, captions, ethnicities), the notice URL check and the file upload, held to
// Topview's documented examples; pickers run as the editor runs them.
const { serve, problemsOf, runNode, pick, locator, paired, nock } = require('./harness');

describe('Avatar', () => {
	test('Get Many: every documented filter; each avatar of the example is one item', async () => {
		const api = serve('aiAvatarQuery');
		const out = await runNode({
			resource: 'avatar',
			operation: 'getAll',
			returnAll: false,
			limit: 20,
			filters: { gender: 'female', isCustom: false, ethnicityIdList: ['e-1', 'e-2'], sortField: 'gmtCreate', sortType: 'desc' },
		});

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.items).toEqual(api.example.result.data.map((json) => paired(json)));
	});

	test('Delete: the documented DELETE /v1/photo_avatar/template/delete with aiAvatarId', async () => {
		const api = serve('photoAvatarTemplateDelete');
		const out = await runNode({ resource: 'avatar', operation: 'delete', avatarId: locator('45b3819812034602b7395eea075b6cf4') });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.status).toBe('success');
		expect(out.items).toHaveLength(1);
	});

	test('the avatar picker asks the documented query and lists the example avatar', async () => {
		const api = serve('aiAvatarQuery');
		const found = await pick('listSearch', 'searchAvatars', { resource: 'videoAvatar', operation: 'submit', avatarSourceFrom: 1 });

		expect(problemsOf(api)).toEqual([[]]);
		expect(found.results.map((r) => r.value)).toEqual(['3327']);
	});
});

describe('Voice look-ups', () => {
	test('Get Many: every documented filter; each voice of the example is one item', async () => {
		const api = serve('voiceQuery');
		const out = await runNode({
			resource: 'voice',
			operation: 'getAll',
			returnAll: false,
			limit: 20,
			filters: { language: 'en', gender: 'female', age: 'Young', style: 'UGC', accent: 'American', isCustom: true },
		});

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.items).toEqual(api.example.result.data.map((json) => paired(json)));
	});

	test('Get Many with Voice Name: nothing undocumented is sent; the name is matched against the example voices', async () => {
		const api = serve('voiceQuery');
		const out = await runNode({ resource: 'voice', operation: 'getAll', returnAll: true, filters: { voiceName: 'nothing like it' } });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.items).toEqual([]);
	});

	test('the voice picker asks the documented query and lists the example voice', async () => {
		const api = serve('voiceQuery', { times: 2 });
		const found = await pick('listSearch', 'searchVoices', { resource: 'voice', operation: 'textToSpeech' }, 'str');

		// Cloned voices first (isCustom), then all voices; the search text is matched here, not sent.
		expect(problemsOf(api)).toEqual([[], []]);
		expect(api.sent().map((sent) => sent.query.voiceName)).toEqual([undefined, undefined]);
		expect(found.results.map((r) => r.value)).toEqual(['string']);
	});
});

describe('Caption and ethnicity lists', () => {
	test('Caption Get Many: no parameters; the bare example array is one item per caption', async () => {
		const api = serve('captionList');
		const out = await runNode({ resource: 'caption', operation: 'getAll', returnAll: true });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.items).toEqual([paired({ captionId: 'string', thumbnail: 'string' })]);
	});

	test('the caption dropdown asks the documented list and offers the example caption', async () => {
		const api = serve('captionList');
		const options = await pick('loadOptions', 'getCaptions');

		expect(problemsOf(api)).toEqual([[]]);
		expect(options).toEqual([{ name: 'string', value: 'string', description: 'Preview: string' }]);
	});

	test('Ethnicity Get Many: the documented scene; one item per ethnicity', async () => {
		const api = serve('ethnicityList');
		const out = await runNode({ resource: 'ethnicity', operation: 'getAll', scene: 'video_avatar', returnAll: true });

		expect(problemsOf(api)).toEqual([[]]);
		expect(out.items).toEqual([paired({ ethnicityId: 'string', ethnicityName: 'string' })]);
	});
});

test('Notice URL Check: the documented body; the example answer passes', async () => {
	const api = serve('noticeUrlCheck');
	const out = await runNode({ resource: 'noticeUrl', operation: 'check', noticeUrl: 'http://127.0.0.1:8080/notice' });

	expect(problemsOf(api)).toEqual([[]]);
	expect(api.sent()[0].body).toEqual({ noticeUrl: 'http://127.0.0.1:8080/notice' });
	expect(out.status).toBe('success');
	expect(out.items).toHaveLength(1);
});

test('File Upload: the documented credential and check requests; the example answers give the file', async () => {
	const credential = serve('uploadCredential');
	const check = serve('uploadCheck');
	const storageUrl = new URL(credential.example.result.uploadUrl);
	const storage = nock(storageUrl.origin).put(storageUrl.pathname).query(true).reply(200, '');
	const bytes = Buffer.from('fake mp4 bytes');

	const out = await runNode(
		{ resource: 'file', operation: 'upload', source: 'binary', binaryPropertyName: 'data' },
		{ items: [{ json: {}, binary: { data: { data: bytes.toString('base64'), mimeType: 'video/mp4', fileName: 'clip.mp4' } } }] },
	);

	expect(problemsOf(credential)).toEqual([[]]);
	expect(credential.sent()[0].query).toEqual({ format: 'mp4' });
	expect(problemsOf(check)).toEqual([[]]);
	expect(check.sent()[0].query).toEqual({ fileId: 'string' });
	expect(storage.isDone()).toBe(true);
	expect(out.items).toEqual([paired({ fileId: 'string', fileName: 'string', format: 'mp4' })]);
});
