'use strict';

const http = require('node:http');
const { startSimulator } = require('./index');
const { apiClient, uploadFile } = require('./test-client');
const { fixture, requestProblems } = require('../contract/contract');

let sim;
let api;
let receiver;
let receiverUrl;
const received = [];
let replyWith = null; // (req, body) => { status, body }

beforeAll(async () => {
	sim = await startSimulator({ port: 0, renderMs: 40 });
	api = apiClient(sim);
	receiver = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
			received.push({ method: req.method, url: req.url, headers: req.headers, body });
			const r = replyWith
				? replyWith(req, body)
				: { status: 200, body: { code: '200', message: 'Success', result: { uuid: body.uuid, topviewUid: req.headers['topview-uid'], result: 'success' } } };
			if (r.destroy) return req.socket.destroy();
			res.writeHead(r.status, { 'Content-Type': 'application/json' });
			res.end(typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
		});
	});
	await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	receiverUrl = `http://127.0.0.1:${receiver.address().port}/hook`;
});
afterAll(async () => {
	await sim.close();
	await new Promise((resolve) => receiver.close(resolve));
});
beforeEach(() => {
	sim.control.reset();
	received.length = 0;
	replyWith = null;
});

const submit = (extra = {}) =>
	api.post('/v1/video_avatar/task/submit', { avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 1, ttsText: 'Hi', noticeUrl: receiverUrl, ...extra });

describe('callbacks (§8, §11.14)', () => {
	test('POSTs the §8 payload with Topview-Uid and JSON content type when the task ends, without any query', async () => {
		const s = await submit();
		expect(s.result.noticeUuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		await new Promise((r) => setTimeout(r, 150)); // renderMs 40: the sweep finishes it
		expect(await sim.control.waitForCallbacks()).toBe(true);
		expect(received).toHaveLength(1);
		const [cb] = received;
		expect(cb.method).toBe('POST');
		expect(cb.url).toBe('/hook');
		expect(cb.headers['topview-uid']).toBe('sim-uid');
		expect(cb.headers['content-type']).toBe('application/json');
		expect(cb.headers.authorization).toBeUndefined();
		const query = await api.get('/v1/video_avatar/task/query', { taskId: s.result.taskId });
		expect(cb.body).toEqual({
			uuid: s.result.noticeUuid,
			bizType: 'ZERO_SHOT_AVATAR',
			taskId: s.result.taskId,
			status: 'success',
			errorMsg: null,
			result: query.result,
		});
		const fx = fixture('callbackNotice');
		expect(requestProblems(fx, { method: 'POST', path: '<noticeUrl>', query: {}, body: cb.body })).toEqual([]);
		expect(Object.keys(cb.body).sort()).toEqual(Object.keys(fx.request.example).sort());
		const [rec] = sim.control.listCallbacks();
		expect(rec).toMatchObject({ taskId: s.result.taskId, url: receiverUrl, statusCode: 200, delivered: true, acknowledged: true, done: true });
		expect(rec.responseJson.result.result).toBe('success');
	});

	test('failed task → status fail with errorMsg', async () => {
		sim.control.forceOutcome({ outcome: 'fail', errorMsg: 'Bad audio' });
		const s = await submit();
		sim.control.advanceClock(1000);
		await sim.control.waitForCallbacks();
		expect(received[0].body).toMatchObject({ taskId: s.result.taskId, status: 'fail', errorMsg: 'Bad audio', result: { status: 'fail', outputVideoUrl: null } });
	});

	test('a failing receiver (HTTP 500, bad JSON, dropped) is recorded and never changes the task', async () => {
		sim.control.configure({ callbackRetries: 0 });
		let n = 0;
		replyWith = () => [{ status: 500, body: 'oops' }, { status: 200, body: 'not json' }, { destroy: true }][n++ % 3];
		const ids = [];
		for (let i = 0; i < 3; i++) ids.push((await submit()).result.taskId);
		sim.control.advanceClock(1000);
		await sim.control.waitForCallbacks();
		const recs = ids.map((id) => sim.control.listCallbacks({ taskId: id })[0]);
		expect(recs[0]).toMatchObject({ statusCode: 500, responseBody: 'oops', delivered: false, acknowledged: false });
		expect(recs[1]).toMatchObject({ statusCode: 200, responseBody: 'not json', delivered: true, acknowledged: false });
		expect(recs[2]).toMatchObject({ statusCode: null, delivered: false, error: expect.any(String) });
		for (const id of ids) expect((await api.get('/v1/video_avatar/task/query', { taskId: id })).result.status).toBe('success');
		expect((await api.get('/user/credit/detail')).result.remainCredit).toBe(997);
	});

	test('unreachable receiver → error recorded; retries configurable', async () => {
		sim.control.configure({ callbackRetries: 2, callbackRetryDelayMs: 5 });
		const s = await submit({ noticeUrl: 'http://127.0.0.1:1/unreachable' });
		sim.control.advanceClock(1000);
		await sim.control.waitForCallbacks();
		const [rec] = sim.control.listCallbacks({ taskId: s.result.taskId });
		expect(rec.attempts).toHaveLength(3);
		expect(rec).toMatchObject({ delivered: false, error: expect.any(String), done: true });
	});

	test('retries a non-2xx answer (by default 3 times, the delay doubling) until the receiver takes it', async () => {
		sim.control.configure({ callbackRetryDelayMs: 20 });
		let n = 0;
		replyWith = (req, body) =>
			n++ < 2
				? { status: 503, body: { code: '503', message: 'not yet', result: null } }
				: { status: 200, body: { code: '200', message: 'Success', result: { uuid: body.uuid, topviewUid: req.headers['topview-uid'], result: 'success' } } };
		const s = await submit();
		sim.control.advanceClock(1000);
		await sim.control.waitForCallbacks();
		const [rec] = sim.control.listCallbacks({ taskId: s.result.taskId });
		expect(rec.attempts.map((a) => a.statusCode)).toEqual([503, 503, 200]);
		expect(rec).toMatchObject({ delivered: true, acknowledged: true, done: true });
		const gaps = rec.attempts.slice(1).map((a, i) => a.startedAt - rec.attempts[i].finishedAt);
		// Timers may fire a millisecond early against Date.now().
		expect(gaps[0]).toBeGreaterThanOrEqual(18);
		expect(gaps[1]).toBeGreaterThanOrEqual(36);
		expect(received).toHaveLength(3);
		expect(new Set(received.map((r) => JSON.stringify(r.body))).size).toBe(1);
	});

	test('gives up after the configured retries', async () => {
		sim.control.configure({ callbackRetryDelayMs: 1 });
		replyWith = () => ({ status: 401, body: { code: '401', message: 'no', result: null } });
		const s = await submit();
		sim.control.advanceClock(1000);
		await sim.control.waitForCallbacks();
		const [rec] = sim.control.listCallbacks({ taskId: s.result.taskId });
		expect(rec.attempts).toHaveLength(4);
		expect(rec).toMatchObject({ delivered: false, statusCode: 401, done: true });
	});

	test('invalid noticeUrl at submit → 4000; no noticeUrl → no callback', async () => {
		expect((await submit({ noticeUrl: 'not a url' })).code).toBe('4000');
		const s = await submit({ noticeUrl: undefined });
		expect(s.result.noticeUuid).toBeUndefined();
		sim.control.advanceClock(1000);
		await sim.control.waitForCallbacks();
		expect(sim.control.listCallbacks()).toHaveLength(0);
	});

	test('bizType per family (voice clone → VOICE_CLONE) and callbacks over HTTP control', async () => {
		const s = await api.post('/v1/voice/clone/task/submit', { name: 'Mine', noticeUrl: receiverUrl });
		sim.control.advanceClock(1000);
		const wait = await fetch(`${sim.url}/__sim/callbacks/wait`, { method: 'POST' });
		expect(await wait.json()).toEqual({ idle: true });
		expect(received[0].body).toMatchObject({ bizType: 'VOICE_CLONE', taskId: s.result.taskId, result: { voice: { voiceName: 'Mine' } } });
		const list = await (await fetch(`${sim.url}/__sim/callbacks?taskId=${s.result.taskId}`)).json();
		expect(list).toHaveLength(1);
	});

	test('image translate: the translate task and the generate task each post their own callback', async () => {
		const fileId = await uploadFile(sim, api, 'png');
		const t = await api.post('/v1/image_translate/single/task/submit', { fileId, languages: ['English'], noticeUrl: receiverUrl });
		await new Promise((r) => setTimeout(r, 150));
		expect(await sim.control.waitForCallbacks()).toBe(true);
		expect(received.map((r) => r.body)).toEqual([
			{ uuid: t.result.noticeUuid, bizType: 'IMAGE_TRANSLATE', taskId: t.result.taskId, status: 'success', errorMsg: null, result: { taskId: t.result.taskId, status: 'success', errorMsg: null } },
		]);
		const g = await api.post('/v1/image_generate/single/task/submit', { taskId: t.result.taskId, noticeUrl: receiverUrl });
		await new Promise((r) => setTimeout(r, 150));
		expect(await sim.control.waitForCallbacks()).toBe(true);
		expect(received).toHaveLength(2);
		expect(received[1].body).toMatchObject({
			uuid: g.result.noticeUuid,
			taskId: g.result.taskId,
			status: 'success',
			result: { taskId: g.result.taskId, details: [{ fileId, language: 'English', finishedImageUrl: expect.any(String) }], costCredit: 2 },
		});
	});
});
