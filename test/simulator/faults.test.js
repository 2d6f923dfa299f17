'use strict';

const { startSimulator } = require('./index');
const { apiClient } = require('./test-client');

const SUBMIT = '/v1/video_avatar/task/submit';
const body = { avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 1, ttsText: 'Hi' };

let sim;
let api;

beforeAll(async () => {
	sim = await startSimulator({ port: 0 });
	api = apiClient(sim);
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

describe('fault injection (§11.10)', () => {
	test('business code for the next N requests, then normal again', async () => {
		sim.control.injectFault({ code: '5003', count: 2 });
		const a = await api.get('/v1/caption/list');
		expect(a).toMatchObject({ http: 200, code: '5003', result: null });
		expect(a.message).toMatch(/busy/i);
		expect((await api.get('/user/credit/detail')).code).toBe('5003');
		expect((await api.get('/v1/caption/list')).code).toBe('200');
	});

	test('limited to one path (and method); other requests pass', async () => {
		sim.control.injectFault({ code: '4007', path: SUBMIT, method: 'POST', message: 'one task at a time' });
		expect((await api.get('/v1/caption/list')).code).toBe('200');
		const r = await api.post(SUBMIT, body);
		expect(r).toMatchObject({ code: '4007', message: 'one task at a time' });
		expect(sim.control.listTasks()).toHaveLength(0);
		expect((await api.post(SUBMIT, body)).code).toBe('200');
	});

	test('path prefix with *', async () => {
		sim.control.injectFault({ code: '5000', path: '/v1/voice/*', count: -1 });
		expect((await api.get('/v1/voice/query')).code).toBe('5000');
		expect((await api.get('/v1/voice/query')).code).toBe('5000');
		expect((await api.get('/v1/caption/list')).code).toBe('200');
		sim.control.clearFaults();
		expect((await api.get('/v1/voice/query')).code).toBe('200');
	});

	test.each([500, 429, 503])('HTTP %i with a text body', async (status) => {
		sim.control.injectFault({ kind: 'http', status, headers: status === 429 ? { 'Retry-After': '5' } : {} });
		const r = await api.get('/user/credit/detail');
		expect(r.http).toBe(status);
		expect(r.headers.get('content-type')).toMatch(/text\/plain/);
		expect(r.text.length).toBeGreaterThan(0);
		expect(r.code).toBeUndefined();
		if (status === 429) expect(r.headers.get('retry-after')).toBe('5');
	});

	test('slow answer (delayMs), then the normal answer', async () => {
		sim.control.injectFault({ delayMs: 150 });
		const t0 = Date.now();
		const r = await api.get('/v1/caption/list');
		expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
		expect(r.code).toBe('200');
	});

	test('slow answer can be cut by a client timeout', async () => {
		sim.control.injectFault({ delayMs: 2000 });
		await expect(fetch(`${sim.url}/v1/caption/list`, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
	});

	test('dropped connection after the body was read: no task created', async () => {
		sim.control.injectFault({ kind: 'drop', path: SUBMIT });
		await expect(api.post(SUBMIT, body)).rejects.toThrow();
		expect(sim.control.listTasks()).toHaveLength(0);
		const [entry] = sim.control.listRequests({ path: SUBMIT });
		expect(entry.body).toEqual(body);
		expect(entry.response).toEqual({ dropped: true });
	});

	test('dropped connection after the submit was accepted (task exists, answer lost)', async () => {
		sim.control.injectFault({ kind: 'drop', path: SUBMIT, createTask: true });
		await expect(api.post(SUBMIT, body)).rejects.toThrow();
		const tasks = sim.control.listTasks();
		expect(tasks).toHaveLength(1);
		expect(sim.control.listRequests({ path: SUBMIT })[0].response).toMatchObject({ dropped: true, processed: { code: '200' } });
	});

	test('malformed JSON body', async () => {
		sim.control.injectFault({ kind: 'malformed' });
		const res = await fetch(`${sim.url}/user/credit/detail`, { headers: { 'Topview-Uid': 'sim-uid', Authorization: 'Bearer sim-key' } });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/application\/json/);
		await expect(res.json()).rejects.toThrow();
	});

	test('malformed answer of a processed submit (task created)', async () => {
		sim.control.injectFault({ kind: 'malformed', path: SUBMIT, process: true });
		const r = await api.post(SUBMIT, body);
		expect(r.code).toBeUndefined();
		expect(() => JSON.parse(r.text)).toThrow();
		expect(r.text.startsWith('{"code":"200"')).toBe(true);
		expect(sim.control.listTasks()).toHaveLength(1);
	});

	test('faults via HTTP control: list and clear', async () => {
		const add = await fetch(`${sim.url}/__sim/faults`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ code: '5003', count: 3, path: '/user/space' }),
		});
		expect(await add.json()).toMatchObject({ kind: 'code', code: '5003', remaining: 3, path: '/user/space' });
		expect((await api.get('/user/space')).code).toBe('5003');
		const list = await (await fetch(`${sim.url}/__sim/faults`)).json();
		expect(list[0]).toMatchObject({ remaining: 2, hits: 1 });
		await fetch(`${sim.url}/__sim/faults`, { method: 'DELETE' });
		expect((await api.get('/user/space')).code).toBe('200');
	});

	test('faults also hit uploads and file downloads', async () => {
		const cred = await api.get('/v1/upload/credential', { format: 'png' });
		sim.control.injectFault({ kind: 'http', status: 503, path: '/__upload/*' });
		const put = await fetch(cred.result.uploadUrl, { method: 'PUT', body: Buffer.from('abc') });
		expect(put.status).toBe(503);
		await put.text();
		expect(sim.control.getUpload(cred.result.fileId).uploaded).toBe(false);
		sim.control.injectFault({ kind: 'http', status: 500, path: '/files/*' });
		const f = await fetch(`${sim.url}/files/x.png`);
		expect(f.status).toBe(500);
		await f.text();
	});

	test('bad fault spec is refused', () => {
		expect(() => sim.control.injectFault({ kind: 'explode' })).toThrow();
		expect(() => sim.control.injectFault({ code: '5003', count: 0 })).toThrow();
	});
});
