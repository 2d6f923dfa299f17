'use strict';

const { startSimulator } = require('./index');
const { apiClient, simControl } = require('./test-client');

let sim;
let api;

beforeAll(async () => {
	sim = await startSimulator({ port: 0 });
	api = apiClient(sim);
});
afterAll(() => sim.close());
beforeEach(() => simControl(sim, 'POST', '/reset'));

const body = { avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 1, ttsText: 'Hi' };

describe('/__sim HTTP test controls (no auth)', () => {
	test('summary, config, accounts, credits, concurrency', async () => {
		const s = await simControl(sim, 'GET', '');
		expect(s.body).toMatchObject({ url: sim.url, accounts: [expect.objectContaining({ uid: 'sim-uid', credits: 1000, concurrency: 4 })], counts: { tasks: 0 } });
		const c = await simControl(sim, 'POST', '/config', { renderMs: 500, costPerTask: 3 });
		expect(c.body).toMatchObject({ renderMs: 500, costPerTask: 3 });
		expect((await simControl(sim, 'POST', '/config', { outcome: 'maybe' })).http).toBe(400);
		expect((await simControl(sim, 'POST', '/credits', { credits: 5 })).body).toMatchObject({ credits: 5 });
		expect((await simControl(sim, 'POST', '/concurrency', { uid: 'sim-uid', concurrency: 8 })).body).toMatchObject({ concurrency: 8 });
		const add = await simControl(sim, 'POST', '/accounts', { uid: 'u2', apiKey: 'k2', credits: 50 });
		expect(add.body).toMatchObject({ uid: 'u2', credits: 50 });
		expect((await apiClient(sim, { uid: 'u2', apiKey: 'k2' }).get('/user/credit/detail')).result.remainCredit).toBe(50);
		await simControl(sim, 'POST', '/reset');
		expect((await simControl(sim, 'GET', '/config')).body.renderMs).toBe(3000);
		expect((await simControl(sim, 'GET', '/accounts')).body).toHaveLength(1);
	});

	test('reset accepts config and accounts', async () => {
		await simControl(sim, 'POST', '/reset', { renderMs: 10, accounts: [{ uid: 'a', apiKey: 'b', credits: 1 }] });
		expect((await apiClient(sim, { uid: 'a', apiKey: 'b' }).get('/user/credit/detail')).result.remainCredit).toBe(1);
		expect((await api.get('/user/credit/detail')).code).toBe('401');
	});

	test('outcomes, clock, tasks, finish, timing', async () => {
		await simControl(sim, 'POST', '/outcomes', { outcome: 'fail', count: 1, errorMsg: 'nope' });
		expect((await simControl(sim, 'GET', '/outcomes')).body).toEqual([expect.objectContaining({ outcome: 'fail', remaining: 1 })]);
		const a = (await api.post('/v1/video_avatar/task/submit', body)).result.taskId;
		const b = (await api.post('/v1/video_avatar/task/submit', body)).result.taskId;
		const c = (await api.post('/v1/video_avatar/task/submit', body)).result.taskId;
		const tasks = await simControl(sim, 'GET', '/tasks?family=video_avatar');
		expect(tasks.body.map((t) => t.taskId)).toEqual([a, b, c]);
		expect(tasks.body[0]).toMatchObject({ status: 'init', outcome: 'fail', params: body, result: { status: 'init' } });
		const clock = await simControl(sim, 'POST', '/clock/advance', { ms: 1000 });
		expect(clock.body.offsetMs).toBe(1000);
		expect((await simControl(sim, 'GET', `/tasks/${a}`)).body.status).toBe('running');
		expect((await simControl(sim, 'POST', `/tasks/${b}/finish`, { outcome: 'success' })).body.status).toBe('success');
		expect((await simControl(sim, 'POST', `/tasks/${c}/timing`, { doneInMs: 0, outcome: 'failed' })).body.status).toBe('failed');
		await simControl(sim, 'POST', '/clock/advance', { ms: 5000 });
		expect((await simControl(sim, 'GET', `/tasks/${a}`)).body).toMatchObject({ status: 'fail', errorMsg: 'nope' });
		expect((await simControl(sim, 'GET', '/tasks/nope')).http).toBe(404);
		expect((await simControl(sim, 'POST', `/tasks/${a}/finish`, {})).http).toBe(400); // already finished
		expect((await simControl(sim, 'GET', '/tasks?status=success')).body).toHaveLength(1);
	});

	test('requests log filters and clearing', async () => {
		await api.get('/v1/caption/list');
		await api.get('/user/space');
		const r = await simControl(sim, 'GET', '/requests?path=/user/space');
		expect(r.body).toEqual([expect.objectContaining({ method: 'GET', path: '/user/space', response: { httpStatus: 200, code: '200' } })]);
		await simControl(sim, 'DELETE', '/requests');
		expect((await simControl(sim, 'GET', '/requests')).body).toEqual([]);
	});

	test('unknown control → 404, wrong method → 405, invalid JSON → 400', async () => {
		expect((await simControl(sim, 'GET', '/nope')).http).toBe(404);
		expect((await simControl(sim, 'GET', '/reset')).http).toBe(405);
		const bad = await fetch(`${sim.url}/__sim/config`, { method: 'POST', body: '{' });
		expect(bad.status).toBe(400);
		await bad.text();
	});

	test('routes list covers the contract surface', async () => {
		const routes = (await simControl(sim, 'GET', '/routes')).body.map((r) => `${r.method} ${r.path}`);
		for (const r of [
			'GET /user/credit/detail',
			'GET /user/credit/logs',
			'GET /user/space',
			'GET /v1/upload/credential',
			'GET /v1/upload/check',
			'POST /v1/video_avatar/task/submit',
			'GET /v1/video_avatar/task/query',
			'GET /v1/aiavatar/query',
			'GET /v1/voice/query',
			'GET /v1/caption/list',
			'GET /v1/ethnicity/list',
			'POST /notice/notice_url/check',
			'GET /boards/list',
			'POST /boards/create',
			'GET /boards/detail',
			'GET /boards/tasks/list',
			'GET /boards/tasks/detail',
			'DELETE /v1/photo_avatar/template/delete',
			'DELETE /v1/voice/clone/delete',
		]) {
			expect(routes).toContain(r);
		}
	});
});
