// Pickers: listSearch and loadOptions methods called as n8n's editor does, with a real
// n8n-core LoadOptionsContext (credentials resolved by the helper, requests through n8n's HTTP helpers).
const { pickerContext } = require('../helpers/engine');
const { topview, ok, fail, recordRequests, nock, everything } = require('../helpers/http');
const { NodeOperationError } = require('n8n-workflow');
const { Topview } = require('../../dist/nodes/Topview/Topview.node.js');

const nodeType = new Topview();

const submitParameters = (avatarSourceFrom) => ({
	resource: 'videoAvatar',
	operation: 'submit',
	avatarSourceFrom,
	audioSourceFrom: 1,
});

async function listSearch(method, parameters, { filter, paginationToken, path = 'parameters.aiAvatarId', credentials } = {}) {
	return await nodeType.methods.listSearch[method].call(pickerContext(parameters, path, credentials), filter, paginationToken);
}

const queryOf = (request) => Object.fromEntries(new URL(request.path, 'https://x').searchParams);

const avatar = (id, name, gender, extra = {}) => ({
	aiavatarId: id,
	aiavatarName: name,
	gender,
	coverUrl: `https://cdn.example.com/${id}.png`,
	previewVideoUrl: `https://cdn.example.com/${id}.mp4`,
	ethnicities: [],
	type: 1,
	isCustom: false,
	...extra,
});

const voice = (id, name, language, gender, extra = {}) => ({
	voiceId: id,
	voiceName: name,
	language,
	gender,
	age: 'Young',
	style: 'UGC',
	accent: 'American',
	demoAudioUrl: `https://cdn.example.com/${id}.mp3`,
	...extra,
});

test('every picker a field names is registered, and every registered picker is used', () => {
	const walk = (properties) =>
		properties.flatMap((property) => [property, ...walk(property.options?.filter((o) => o.displayName) ?? [])]);
	const fields = walk(nodeType.description.properties);
	const searchMethods = fields.flatMap((p) => p.modes ?? []).map((mode) => mode.typeOptions?.searchListMethod);
	const loadMethods = fields.map((p) => p.typeOptions?.loadOptionsMethod);
	const used = (methods) => [...new Set(methods.filter(Boolean))].sort();

	expect(used(searchMethods)).toEqual(Object.keys(nodeType.methods.listSearch).sort());
	expect(used(loadMethods)).toEqual(Object.keys(nodeType.methods.loadOptions).sort());
	expect(used(searchMethods)).toEqual(
		expect.arrayContaining(['searchAvatars', 'searchBoards', 'searchClonedVoices', 'searchCustomAvatars', 'searchVoices']),
	);
	expect(used(loadMethods)).toEqual(expect.arrayContaining(['getCaptions']));
});

describe('searchAvatars', () => {
	test('public avatars (source 1): request, mapping with gender and preview link, pagination token', async () => {
		const scope = topview()
			.get('/v1/aiavatar/query')
			.query({ isCustom: 'false', pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: [avatar('3327', 'Anna', 'female'), avatar('3328', 'Ben', 'male')], total: 250, pageNo: 1 }));
		const seen = recordRequests(scope);

		const page = await listSearch('searchAvatars', submitParameters(1));

		expect(seen).toHaveLength(1);
		expect(seen[0].method).toBe('GET');
		expect(seen[0].headers['topview-uid']).toBe('u-test-1');
		expect(seen[0].headers.authorization).toBe('Bearer sk-test-secret-key');
		expect(page).toEqual({
			results: [
				{ name: 'Anna (female)', value: '3327', url: 'https://cdn.example.com/3327.mp4' },
				{ name: 'Ben (male)', value: '3328', url: 'https://cdn.example.com/3328.mp4' },
			],
			paginationToken: '2',
		});
	});

	test('the pagination token asks for the next page; the last page has no token', async () => {
		const scope = topview()
			.get('/v1/aiavatar/query')
			.query({ isCustom: 'false', pageNo: '3', pageSize: '100' })
			.reply(200, ok({ data: [avatar('3500', 'Zoe', 'female')], total: 201, pageNo: 3 }));

		const page = await listSearch('searchAvatars', submitParameters(1), { paginationToken: '3' });

		expect(scope.isDone()).toBe(true);
		expect(page.results.map((r) => r.value)).toEqual(['3500']);
		expect(page.paginationToken).toBeUndefined();
	});

	test('custom avatars when Avatar Source is 2 (custom)', async () => {
		const scope = topview()
			.get('/v1/aiavatar/query')
			.query({ isCustom: 'true', pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: [avatar('900001', 'My twin', 'male', { isCustom: true })], total: 1 }));

		const page = await listSearch('searchAvatars', submitParameters(2));

		expect(scope.isDone()).toBe(true);
		expect(page).toEqual({
			results: [{ name: 'My twin (male)', value: '900001', url: 'https://cdn.example.com/900001.mp4' }],
			paginationToken: undefined,
		});
	});

	test('the search text matches the avatar name only, not the gender', async () => {
		topview()
			.get('/v1/aiavatar/query')
			.query({ isCustom: 'false', pageNo: '1', pageSize: '100' })
			.reply(
				200,
				ok({
					data: [avatar('1', 'Anna', 'female'), avatar('2', 'Malek', 'male'), avatar('3', 'Ben', 'male'), avatar('4', 'Emma', 'female')],
					total: 4,
				}),
			);

		const page = await listSearch('searchAvatars', submitParameters(1), { filter: ' MAL ' });

		expect(page.results.map((r) => r.name)).toEqual(['Malek (male)']);
	});

	test('an avatar without name or gender still gets a readable entry', async () => {
		topview()
			.get('/v1/aiavatar/query')
			.query(true)
			.reply(200, ok({ data: [{ aiavatarId: 77 }], total: 1 }));

		const page = await listSearch('searchAvatars', submitParameters(1));

		expect(page.results).toEqual([{ name: '77', value: '77' }]);
	});

	test('searchCustomAvatars always lists the custom avatars', async () => {
		const scope = topview()
			.get('/v1/aiavatar/query')
			.query({ isCustom: 'true', pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: [], total: 0 }));

		const page = await listSearch('searchCustomAvatars', { resource: 'avatar', operation: 'delete' }, { path: 'parameters.avatarId' });

		expect(scope.isDone()).toBe(true);
		expect(page).toEqual({ results: [], paginationToken: undefined });
	});

	test('a bad credential (body code 401) gives a readable NodeOperationError without the key', async () => {
		topview().get('/v1/aiavatar/query').query(true).reply(200, fail('401', 'Unauthorized'));

		const error = await listSearch('searchAvatars', submitParameters(1)).catch((e) => e);

		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Could not load the list from Topview: 401 Unauthorized');
		expect(error.description).toMatch(/Check the Topview credential/);
		expect(everything(error)).not.toContain('sk-test-secret-key');
	});
});

describe('searchVoices', () => {
	test('first page: cloned voices first, then public voices, no duplicates, token of the public list', async () => {
		const cloned = voice('cv1', 'My voice', 'en', null, { isCustom: true });
		const scope = topview()
			.get('/v1/voice/query')
			.query({ isCustom: 'true', pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: [cloned], total: 1, pageNo: 1 }))
			.get('/v1/voice/query')
			.query({ pageNo: '1', pageSize: '100' })
			.reply(
				200,
				ok({
					data: [voice('v1', 'Emma', 'en', 'female'), voice('v2', 'Hans', 'de', 'male'), cloned],
					total: 150,
					pageNo: 1,
				}),
			);
		const seen = recordRequests(scope);

		const page = await listSearch('searchVoices', submitParameters(2), { path: 'parameters.voiceoverId' });

		expect(seen.map(queryOf).sort((a, b) => String(a.isCustom).localeCompare(String(b.isCustom)))).toEqual([
			{ isCustom: 'true', pageNo: '1', pageSize: '100' },
			{ pageNo: '1', pageSize: '100' },
		]);
		expect(page).toEqual({
			results: [
				{ name: 'My voice (en, cloned)', value: 'cv1', url: 'https://cdn.example.com/cv1.mp3' },
				{ name: 'Emma (en, female)', value: 'v1', url: 'https://cdn.example.com/v1.mp3' },
				{ name: 'Hans (de, male)', value: 'v2', url: 'https://cdn.example.com/v2.mp3' },
			],
			paginationToken: '2',
		});
	});

	test('later pages: public list only, cloned entries left out (already listed first)', async () => {
		const scope = topview()
			.get('/v1/voice/query')
			.query({ pageNo: '2', pageSize: '100' })
			.reply(200, ok({ data: [voice('v3', 'Yuki', 'ja', 'female'), voice('cv1', 'My voice', 'en', null, { isCustom: true })], total: 150 }));
		const seen = recordRequests(scope);

		const page = await listSearch('searchVoices', submitParameters(1), { paginationToken: '2', path: 'parameters.voiceoverId' });

		expect(seen).toHaveLength(1);
		expect(page).toEqual({
			results: [{ name: 'Yuki (ja, female)', value: 'v3', url: 'https://cdn.example.com/v3.mp3' }],
			paginationToken: undefined,
		});
	});

	test('the search text is matched against the voice name here, never sent (no documented name filter)', async () => {
		const scope = topview()
			.get('/v1/voice/query')
			.query({ isCustom: 'true', pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: [], total: 0 }))
			.get('/v1/voice/query')
			.query({ pageNo: '1', pageSize: '100' })
			// The picker filters by name (not by language or gender).
			.reply(200, ok({ data: [voice('v1', 'Emma', 'en', 'female'), voice('v2', 'Hans', 'de', 'male'), voice('v4', 'Bob', 'en', 'male')], total: 3 }));

		const page = await listSearch('searchVoices', submitParameters(1), { filter: 'em', path: 'parameters.voiceoverId' });

		expect(scope.isDone()).toBe(true);
		expect(page.results.map((r) => r.value)).toEqual(['v1']);
	});

	test('searchClonedVoices lists only cloned voices, with paging', async () => {
		const scope = topview()
			.get('/v1/voice/query')
			.query({ isCustom: 'true', pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: Array.from({ length: 100 }, (_, i) => voice(`cv${i}`, `Clone ${i}`, 'en', 'male')) }));

		const page = await listSearch('searchClonedVoices', { resource: 'voice', operation: 'delete' }, { path: 'parameters.voiceId' });

		expect(scope.isDone()).toBe(true);
		expect(page.results[0]).toEqual({ name: 'Clone 0 (en, male, cloned)', value: 'cv0', url: 'https://cdn.example.com/cv0.mp3' });
		expect(page.results).toHaveLength(100);
		expect(page.paginationToken).toBe('2');
	});

	test('an HTTP 401 from a gateway gives a readable NodeOperationError', async () => {
		// n8n's httpRequestWithAuthentication repeats a request once after an HTTP 401: 2 lists × 2 attempts.
		const scope = topview().get('/v1/voice/query').query(true).times(4).reply(401, { error: 'unauthorized' });

		const error = await listSearch('searchVoices', submitParameters(1), { path: 'parameters.voiceoverId' }).catch((e) => e);

		expect(error).toBeInstanceOf(NodeOperationError);
		expect(scope.isDone()).toBe(true);
		expect(error.message).toBe('Could not load the list from Topview: 401 HTTP 401: {"error":"unauthorized"}');
		expect(everything(error)).not.toContain('sk-test-secret-key');
	});
});

describe('getCaptions', () => {
	const loadOptions = async (parameters = submitParameters(1), credentials) =>
		await nodeType.methods.loadOptions.getCaptions.call(
			pickerContext(parameters, 'parameters.additionalFields.captionId', credentials),
		);

	test('requests the caption list and maps captionId with its preview', async () => {
		const scope = topview()
			.get('/v1/caption/list')
			.reply(
				200,
				ok([
					{ captionId: '1', thumbnail: 'https://cdn.example.com/c1.png' },
					{ captionId: 2, thumbnail: null, description: 'Bold yellow' },
					{ captionId: '3' },
				]),
			);
		const seen = recordRequests(scope);

		const options = await loadOptions();

		expect(seen.map((r) => [r.method, r.path])).toEqual([['GET', '/v1/caption/list']]);
		expect(options).toEqual([
			{ name: '1', value: '1', description: 'Preview: https://cdn.example.com/c1.png' },
			{ name: '2', value: '2', description: 'Bold yellow' },
			{ name: '3', value: '3' },
		]);
	});

	test('uses the Base URL of the credential', async () => {
		const scope = nock('http://127.0.0.1:9999').get('/v1/caption/list').reply(200, ok([{ captionId: '9' }]));

		const options = await loadOptions(undefined, { baseUrl: 'http://127.0.0.1:9999/' });

		expect(scope.isDone()).toBe(true);
		expect(options).toEqual([{ name: '9', value: '9' }]);
	});

	test('a bad credential gives a readable NodeOperationError', async () => {
		topview().get('/v1/caption/list').reply(200, fail('401', 'Unauthorized'));

		const error = await loadOptions().catch((e) => e);

		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Could not load the list from Topview: 401 Unauthorized');
		expect(everything(error)).not.toContain('sk-test-secret-key');
	});
});

test.each([
	['without a Base URL (saved before the field existed)', { baseUrl: undefined }],
	['with an empty Base URL', { baseUrl: '  ' }],
])('a credential %s: the picker asks the real Topview API and lists its answer', async (_name, credentials) => {
	const scope = nock('https://api.topview.ai').get('/v1/caption/list').reply(200, ok([{ captionId: '4', description: 'Classic white' }]));
	const seen = recordRequests(scope);

	const options = await nodeType.methods.loadOptions.getCaptions.call(
		pickerContext(submitParameters(1), 'parameters.additionalFields.captionId', credentials),
	);

	expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/caption/list']);
	expect(options).toEqual([{ name: '4', value: '4', description: 'Classic white' }]);
});

describe('against the simulator', () => {
	const { startSimulator } = require('../simulator');
	let sim;
	let credentials;

	beforeAll(async () => {
		nock.enableNetConnect('127.0.0.1');
		sim = await startSimulator({ port: 0 });
		credentials = { uid: 'sim-uid', apiKey: 'sim-key', baseUrl: sim.url };
	});
	afterAll(async () => {
		await sim.close();
		nock.disableNetConnect();
	});

	test('searchAvatars lists public avatars for source 1 and only custom ones for source 2, page by page', async () => {
		const publicPage = await listSearch('searchAvatars', submitParameters(1), { credentials });
		expect(publicPage.results.length).toBeGreaterThan(0);
		expect(publicPage.results[0]).toEqual({
			name: expect.stringMatching(/ \((fe)?male\)$/),
			value: '3327',
			url: expect.stringContaining('3327-preview.mp4'),
		});

		const customPage = await listSearch('searchAvatars', submitParameters(2), { credentials });
		expect(customPage.results.length).toBeGreaterThan(0);
		const publicIds = new Set(publicPage.results.map((r) => r.value));
		expect(customPage.results.some((r) => publicIds.has(r.value))).toBe(false);
	});

	test('searchVoices puts cloned voices first and pages through the rest without repeating them', async () => {
		const first = await listSearch('searchVoices', submitParameters(1), { credentials, path: 'parameters.voiceoverId' });
		const clonedCount = first.results.filter((r) => r.name.includes('cloned')).length;
		expect(clonedCount).toBeGreaterThan(0);
		expect(first.results.slice(0, clonedCount).every((r) => r.name.includes('cloned'))).toBe(true);

		const seen = [...first.results];
		let token = first.paginationToken;
		while (token) {
			const next = await listSearch('searchVoices', submitParameters(1), { credentials, paginationToken: token, path: 'parameters.voiceoverId' });
			seen.push(...next.results);
			token = next.paginationToken;
		}
		const ids = seen.map((r) => r.value);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('getCaptions lists the simulator captions', async () => {
		const options = await nodeType.methods.loadOptions.getCaptions.call(
			pickerContext(submitParameters(1), 'parameters.additionalFields.captionId', credentials),
		);
		expect(options[0]).toEqual({ name: '1', value: '1', description: expect.stringMatching(/^Preview: http/) });
	});

	test('a wrong key gives the readable picker error', async () => {
		const error = await listSearch('searchAvatars', submitParameters(1), { credentials: { ...credentials, apiKey: 'nope' } }).catch((e) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toMatch(/^Could not load the list from Topview: 401 /);
	});
});
