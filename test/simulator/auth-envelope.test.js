'use strict';

const { startSimulator } = require('./index');
const { apiClient } = require('./test-client');

let sim;
let api;

beforeAll(async () => {
	sim = await startSimulator({
		port: 0,
		accounts: [
			{ uid: 'sim-uid', apiKey: 'sim-key' },
			{ uid: 'other-uid', apiKey: 'other-key' },
		],
	});
	api = apiClient(sim);
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

describe('authentication (§2, §11.3)', () => {
	const cases = [
		['missing Topview-Uid', { Authorization: 'Bearer sim-key' }],
		['unknown Topview-Uid', { 'Topview-Uid': 'nobody', Authorization: 'Bearer sim-key' }],
		['missing Authorization', { 'Topview-Uid': 'sim-uid' }],
		['no Bearer prefix', { 'Topview-Uid': 'sim-uid', Authorization: 'sim-key' }],
		['lower-case bearer', { 'Topview-Uid': 'sim-uid', Authorization: 'bearer sim-key' }],
		['wrong key', { 'Topview-Uid': 'sim-uid', Authorization: 'Bearer nope' }],
		["another account's key", { 'Topview-Uid': 'sim-uid', Authorization: 'Bearer other-key' }],
	];
	test.each(cases)('%s → HTTP 200, code "401", result null', async (_name, headers) => {
		const r = await api.request('GET', '/user/credit/detail', { headers, noAuth: true });
		expect(r.http).toBe(200);
		expect(r.code).toBe('401');
		expect(typeof r.message).toBe('string');
		expect(r.result).toBeNull();
	});

	test('every Topview path needs auth, e.g. a submit and a look-up', async () => {
		const noAuth = apiClient(sim, { uid: 'sim-uid', apiKey: 'bad' });
		expect((await noAuth.get('/v1/caption/list')).code).toBe('401');
		expect((await noAuth.post('/v1/video_avatar/task/submit', {})).code).toBe('401');
		expect(sim.control.listTasks()).toHaveLength(0);
	});

	test('valid credentials of either account work', async () => {
		expect((await api.get('/user/credit/detail')).result.uid).toBe('sim-uid');
		const other = apiClient(sim, { uid: 'other-uid', apiKey: 'other-key' });
		expect((await other.get('/user/credit/detail')).result.uid).toBe('other-uid');
	});
});

describe('envelope (§3, §11.2)', () => {
	test('success: string code "200", message, result', async () => {
		const r = await api.get('/user/credit/detail');
		expect(r.http).toBe(200);
		expect(r.headers.get('content-type')).toMatch(/application\/json/);
		expect(r).toMatchObject({ code: '200', message: 'Success' });
		expect(r.result).toEqual(expect.objectContaining({ uid: 'sim-uid', remainCredit: 1000, expiredTime: expect.any(String) }));
	});

	test('business error: HTTP 200, string code, result null', async () => {
		const r = await api.get('/v1/ethnicity/list');
		expect(r.http).toBe(200);
		expect(r.code).toBe('4003');
		expect(r.result).toBeNull();
	});

	test('unknown path → HTTP 404 with code "4004" (even without auth)', async () => {
		const r = await api.request('GET', '/v1/nothing/here', { noAuth: true });
		expect(r.http).toBe(404);
		expect(r.code).toBe('4004');
		expect(r.result).toBeNull();
	});

	test('known path with the wrong method → HTTP 405, code "4004", Allow header', async () => {
		const r = await api.get('/v1/video_avatar/task/submit');
		expect(r.http).toBe(405);
		expect(r.code).toBe('4004');
		expect(r.headers.get('allow')).toBe('POST');
	});

	test('invalid JSON body → 4001', async () => {
		const r = await api.post('/v1/video_avatar/task/submit', '{"avatarSourceFrom":');
		expect(r.code).toBe('4001');
		expect(r.result).toBeNull();
	});

	test('JSON body that is not an object → 4001', async () => {
		expect((await api.post('/v1/video_avatar/task/submit', '[1,2]')).code).toBe('4001');
	});
});

describe('request log', () => {
	test('records method, path, query, headers with Authorization redacted, parsed body, answer', async () => {
		await api.post('/notice/notice_url/check', { noticeUrl: 'https://example.com/hook' }, { headers: { 'X-Trace': 'abc' } });
		await api.get('/v1/voice/query', { pageNo: 1, pageSize: 1 });
		const [post, get] = sim.control.listRequests();
		expect(post).toMatchObject({
			method: 'POST',
			path: '/notice/notice_url/check',
			body: { noticeUrl: 'https://example.com/hook' },
			contentType: 'application/json',
			uid: 'sim-uid',
			authOk: true,
			response: { httpStatus: 200, code: '200' },
		});
		expect(post.headers.authorization).toBe('Bearer [redacted]');
		expect(post.headers['x-trace']).toBe('abc');
		expect(JSON.stringify(post)).not.toContain('sim-key');
		expect(get.query).toEqual({ pageNo: '1', pageSize: '1' });
		expect(sim.control.listRequests({ path: '/v1/voice/query' })).toHaveLength(1);
	});

	test('a key without Bearer is redacted entirely', async () => {
		await api.request('GET', '/user/space', { noAuth: true, headers: { 'Topview-Uid': 'sim-uid', Authorization: 'sim-key' } });
		const [e] = sim.control.listRequests();
		expect(e.headers.authorization).toBe('[redacted]');
		expect(e.authOk).toBe(false);
	});
});
