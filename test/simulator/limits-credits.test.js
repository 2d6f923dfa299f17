'use strict';

const { startSimulator } = require('./index');
const { apiClient, uploadFile } = require('./test-client');

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

const credit = async () => (await api.get('/user/credit/detail')).result.remainCredit;

describe('concurrency (§9, §11.7)', () => {
	test('the (limit+1)th unfinished task → 4007 and no task; a slot frees when one finishes', async () => {
		sim.control.setConcurrency(2);
		expect((await api.post(SUBMIT, body)).code).toBe('200');
		expect((await api.post(SUBMIT, body)).code).toBe('200');
		const third = await api.post(SUBMIT, body);
		expect(third).toMatchObject({ code: '4007', result: null });
		expect(sim.control.listTasks()).toHaveLength(2);
		sim.control.finishTask(sim.control.listTasks()[0].taskId, 'fail');
		expect((await api.post(SUBMIT, body)).code).toBe('200');
	});

	test('the limit counts tasks of all families of the account', async () => {
		sim.control.setConcurrency('sim-uid', 1);
		expect((await api.post('/v1/scraper/task/submit', { productLink: 'https://a.example/x' })).code).toBe('200');
		expect((await api.post(SUBMIT, body)).code).toBe('4007');
	});

	test('default limit is 4', async () => {
		for (let i = 0; i < 4; i++) expect((await api.post(SUBMIT, body)).code).toBe('200');
		expect((await api.post(SUBMIT, body)).code).toBe('4007');
	});
});

describe('credits (§9, §11.8)', () => {
	test('charge on success only; remainCredit reflects at once', async () => {
		sim.control.configure({ costPerTask: 10 });
		const ok = await api.post(SUBMIT, body);
		sim.control.forceOutcome({ outcome: 'fail' });
		const bad = await api.post(SUBMIT, body);
		expect(await credit()).toBe(1000);
		sim.control.finishTask(ok.result.taskId);
		expect(await credit()).toBe(990);
		sim.control.advanceClock(10000);
		expect((await api.get('/v1/video_avatar/task/query', { taskId: bad.result.taskId })).result.status).toBe('fail');
		expect(await credit()).toBe(990);
	});

	test('cost above balance minus reserved (unfinished) costs → 4100, no task', async () => {
		sim.control.setCredits(25);
		sim.control.configure({ costPerTask: 10 });
		expect((await api.post(SUBMIT, body)).code).toBe('200');
		expect((await api.post(SUBMIT, body)).code).toBe('200');
		const r = await api.post(SUBMIT, body);
		expect(r).toMatchObject({ code: '4100', result: null });
		expect(sim.control.listTasks()).toHaveLength(2);
		// when one fails, its reservation is released
		sim.control.finishTask(sim.control.listTasks()[0].taskId, 'fail');
		expect((await api.post(SUBMIT, body)).code).toBe('200');
	});

	test('per-taskType cost override', async () => {
		sim.control.configure({ costs: { video_avatar: 7 } });
		const r = await api.post(SUBMIT, body);
		sim.control.finishTask(r.result.taskId);
		expect(await credit()).toBe(993);
	});

	test('zero balance → 4100', async () => {
		sim.control.setCredits('sim-uid', 0);
		expect((await api.post(SUBMIT, body)).code).toBe('4100');
	});
});

describe('credit logs (§7, §11.9)', () => {
	test('one entry per charged task, §7 fields, newest first, paging with total', async () => {
		const ids = [];
		for (let i = 0; i < 3; i++) {
			const r = await api.post(SUBMIT, body);
			ids.push(r.result.taskId);
			sim.control.advanceClock(3000); // finishes, one clock step apart
		}
		sim.control.forceOutcome({ outcome: 'fail' });
		await api.post(SUBMIT, body);
		sim.control.advanceClock(3000);
		const logs = await api.get('/user/credit/logs', { pageNo: 1, pageSize: 2 });
		expect(logs.result).toMatchObject({ total: 3, pageNo: 1, pageSize: 2 });
		expect(logs.result.data.map((d) => d.taskId)).toEqual([ids[2], ids[1]]);
		expect(logs.result.data[0]).toEqual({
			uid: 'sim-uid',
			apiKey: 'sim-key',
			date: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
			costCredit: 1,
			taskId: ids[2],
			taskType: 'video_avatar',
		});
		const page2 = await api.get('/user/credit/logs', { pageNo: 2, pageSize: 2 });
		expect(page2.result.data.map((d) => d.taskId)).toEqual([ids[0]]);
	});

	test('filters taskType, startTime, endTime (UTC yyyy-MM-dd HH:mm:ss); bad time → 4000', async () => {
		sim.control.setClock(Date.UTC(2030, 0, 1, 10, 0, 0));
		const a = await api.post(SUBMIT, body);
		sim.control.advanceClock(3000); // done at 10:00:03
		sim.control.setClock(Date.UTC(2030, 0, 1, 12, 0, 0));
		const s = await api.post('/v1/scraper/task/submit', { productLink: 'https://a.example/x' });
		sim.control.advanceClock(3000); // done at 12:00:03

		const all = await api.get('/user/credit/logs');
		expect(all.result.total).toBe(2);
		expect(all.result.data[1].date).toBe('2030-01-01 10:00:03');

		const va = await api.get('/user/credit/logs', { taskType: 'video_avatar' });
		expect(va.result.data.map((d) => d.taskId)).toEqual([a.result.taskId]);
		const late = await api.get('/user/credit/logs', { startTime: '2030-01-01 11:00:00' });
		expect(late.result.data.map((d) => d.taskId)).toEqual([s.result.taskId]);
		const early = await api.get('/user/credit/logs', { endTime: '2030-01-01 10:00:03' });
		expect(early.result.data.map((d) => d.taskId)).toEqual([a.result.taskId]);
		expect((await api.get('/user/credit/logs', { startTime: '2030-01-01T10:00:00Z' })).code).toBe('4000');
	});

	test('credit detail apiKeyMap and user space', async () => {
		const r = await api.post(SUBMIT, body);
		sim.control.finishTask(r.result.taskId);
		const d = await api.get('/user/credit/detail');
		// One usage record of the calling key, as https://docs.topview.ai/reference/query_user_credit documents it.
		expect(d.result.apiKeyMap).toEqual({
			apiKey: 'sim-key',
			uid: 'sim-uid',
			date: expect.any(String),
			costCredit: 1,
			taskId: r.result.taskId,
			taskType: 'video_avatar',
		});
		await uploadFile(sim, api, 'mp4', Buffer.alloc(2 * 1024 * 1024));
		const space = await api.get('/user/space');
		expect(space.result).toEqual({
			uid: 'sim-uid',
			usedDiskSpace: { size: 2 * 1024 * 1024, unit: 'byte' },
			maxDiskSpace: { size: 100 * 1024 ** 3, unit: 'byte' },
		});
	});
});
