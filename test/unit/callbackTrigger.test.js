// Topview Callback Trigger: webhook() through n8n-core's real WebhookContext, activation through HookContext.
const { createCallbackTrigger, defaultCredentials, TestCredentials } = require('../helpers/engine');
const { topview, ok, fail, recordRequests, nock, everything, failOnUnmatchedRequests } = require('../helpers/http');
const { confirmTiming } = require('../../dist/nodes/Topview/callback/confirm.js');
const { forgetProcessMemory } = require('../../dist/nodes/Topview/callback/memory.js');
const { queryCandidates, familiesOfBizType } = require('../../dist/nodes/Topview/callback/bizTypes.js');
const { emittedLimit } = require('../../dist/nodes/Topview/trigger/tracker.js');

// Re-queries run in scaled time (test/helpers/setup.js); the whole-confirmation deadline is lifted so a
// loaded machine cannot trip it.
confirmTiming.deadlineMs = 1_000_000;

const UID = defaultCredentials.uid;
const SECRET = defaultCredentials.apiKey;
const Q = '/v1/video_avatar/task/query';
const CDN = 'https://cdn.example.com';
const EVENT = 'videoAvatarTaskFinished';

let workflowNumber = 0;
failOnUnmatchedRequests();

/** A trigger of its own workflow, so tests never share the process memory. */
const trigger = (parameters = {}, options = {}) =>
	createCallbackTrigger({ events: ['*'], emitOn: 'both', options: {}, ...parameters }, { workflowId: `wf-cb-${++workflowNumber}`, ...options });

const success = (id, extra = {}) => ({ taskId: id, status: 'success', errorMsg: null, outputVideoUrl: `${CDN}/out/${id}.mp4`, ...extra });
const running = (id) => ({ taskId: id, status: 'running', errorMsg: null, outputVideoUrl: null });
const failed = (id) => ({ taskId: id, status: 'fail', errorMsg: 'Audio is too long', outputVideoUrl: null });

/** What Topview posts (https://docs.topview.ai/reference/post_notice-notice-url-check). */
const callback = (taskId, extra = {}) => ({
	uuid: `uuid-${taskId}`,
	bizType: 'ZERO_SHOT_AVATAR',
	taskId,
	status: 'success',
	errorMsg: null,
	result: success(taskId),
	...extra,
});
const fromTopview = { 'Topview-Uid': UID, 'Content-Type': 'application/json' };
const ack = (taskId) => ({ code: '200', message: 'Success', result: { uuid: `uuid-${taskId}`, topviewUid: UID, result: 'success' } });

function api() {
	const scope = topview();
	const seen = recordRequests(scope);
	return { scope, seen, take: () => seen.splice(0).map((r) => `${r.method} ${r.path}`) };
}

describe('rejected callbacks: non-2xx, nothing emitted, nothing asked of Topview', () => {
	test('a body that is not JSON → 400', async () => {
		const result = await trigger().post({ body: 'taskId=t1', headers: fromTopview });
		expect(result).toMatchObject({ status: 400, items: undefined, body: { code: '400', result: null } });
		expect(result.body.message).toMatch(/not a JSON object/);
	});

	test('raw JSON text (no JSON content type) is read like a parsed body', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 'raw-1' }).reply(200, ok(success('raw-1')));
		const result = await trigger().post({ body: {}, rawBody: Buffer.from(JSON.stringify(callback('raw-1'))), headers: fromTopview });
		expect(result.status).toBe(200);
		expect(result.items).toEqual([{ json: { ...success('raw-1'), bizType: 'ZERO_SHOT_AVATAR', event: EVENT } }]);
		expect(take()).toEqual([`GET ${Q}?taskId=raw-1`]);
	});

	test('a JSON body without taskId → 422', async () => {
		const result = await trigger().post({ body: { uuid: 'u', bizType: 'ZERO_SHOT_AVATAR', status: 'success' }, headers: fromTopview });
		expect(result).toMatchObject({ status: 422, items: undefined });
		expect(result.body.message).toMatch(/no taskId/);
	});

	test.each([
		['another account', { 'Topview-Uid': 'someone-else' }],
		['no Topview-Uid header', {}],
	])('Topview-Uid of %s → 401', async (_case, headers) => {
		const result = await trigger().post({ body: callback('t-uid'), headers });
		expect(result).toMatchObject({ status: 401, items: undefined, body: { code: '401', result: null } });
		expect(result.body.message).toMatch(/Topview-Uid does not match.*task t-uid/);
	});
});

describe('confirmed with Topview', () => {
	test('queries the task on its family path with the credential and emits the queried result, not the posted one', async () => {
		const { scope, seen } = api();
		const queried = success('t-1', { costCredit: 3, outputVideoUrl: `${CDN}/out/real.mp4` });
		scope.get(Q).query({ taskId: 't-1' }).reply(200, ok(queried));
		const forged = callback('t-1', { result: success('t-1', { outputVideoUrl: 'https://evil.example.com/x.mp4', costCredit: 0 }) });

		const result = await trigger().post({ body: forged, headers: fromTopview });

		expect(seen).toHaveLength(1);
		expect(seen[0]).toMatchObject({ method: 'GET', path: `${Q}?taskId=t-1` });
		expect(seen[0].headers).toMatchObject({ 'topview-uid': UID, authorization: `Bearer ${SECRET}` });
		expect(result.status).toBe(200);
		expect(result.body).toEqual(ack('t-1'));
		expect(result.items).toEqual([
			{ json: { ...queried, taskId: 't-1', status: 'success', bizType: 'ZERO_SHOT_AVATAR', event: EVENT } },
		]);
		expect(everything(result)).not.toContain('evil.example.com');
	});

	test('the posted status does not count: a task Topview reports failed is emitted as failed', async () => {
		const { scope } = api();
		scope.get(Q).query({ taskId: 't-2' }).reply(200, ok(failed('t-2')));
		const result = await trigger().post({ body: callback('t-2', { status: 'success' }), headers: fromTopview });
		expect(result.body).toEqual(ack('t-2'));
		expect(result.items).toEqual([{ json: { ...failed('t-2'), bizType: 'ZERO_SHOT_AVATAR', event: EVENT } }]);
	});

	test('a task Topview does not know (4004) → 404, nothing emitted; the task is not remembered', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 'ghost' }).reply(200, fail('4004', 'Task not found'));
		const cb = trigger();
		const result = await cb.post({ body: callback('ghost'), headers: fromTopview });
		expect(result).toMatchObject({ status: 404, items: undefined });
		expect(result.body.message).toMatch(/does not know task ghost/);
		expect(take()).toEqual([`GET ${Q}?taskId=ghost`]);

		scope.get(Q).query({ taskId: 'ghost' }).reply(200, ok(success('ghost')));
		const later = await cb.post({ body: callback('ghost'), headers: fromTopview });
		expect(later.items).toHaveLength(1);
	});

	test('a task still running at Topview is queried again briefly, then answered 503 so Topview may retry', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 't-run' }).times(3).reply(200, ok(running('t-run')));
		const cb = trigger();
		const result = await cb.post({ body: callback('t-run'), headers: fromTopview });
		expect(result).toMatchObject({ status: 503, items: undefined });
		expect(result.body.message).toMatch(/t-run is still running/);
		expect(take()).toEqual(Array(1 + confirmTiming.requeryDelaysMs.length).fill(`GET ${Q}?taskId=t-run`));

		// Topview's retry, once the task has finished there, is emitted.
		scope.get(Q).query({ taskId: 't-run' }).reply(200, ok(success('t-run')));
		const retried = await cb.post({ body: callback('t-run'), headers: fromTopview });
		expect(retried.body).toEqual(ack('t-run'));
		expect(retried.items).toHaveLength(1);
	});

	test('a task that finishes during the brief re-query is emitted on this callback', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 't-late' }).reply(200, ok(running('t-late')));
		scope.get(Q).query({ taskId: 't-late' }).reply(200, ok(success('t-late')));
		const result = await trigger().post({ body: callback('t-late'), headers: fromTopview });
		expect(result.items[0].json).toMatchObject({ taskId: 't-late', status: 'success' });
		expect(take()).toHaveLength(2);
	});

	test('when Topview cannot be asked (bad credential) → 502, nothing emitted, no secret in the answer', async () => {
		const { scope } = api();
		scope.get(Q).query({ taskId: 't-auth' }).reply(200, fail('401', 'Unauthorized'));
		const result = await trigger().post({ body: callback('t-auth'), headers: fromTopview });
		expect(result).toMatchObject({ status: 502, items: undefined });
		expect(result.body.message).toMatch(/Could not confirm task t-auth.*401/);
		expect(everything(result)).not.toContain(SECRET);
	});

	test('the credential is decrypted once per callback, however many queries the confirmation takes', async () => {
		const { scope } = api();
		scope.get(Q).query({ taskId: 't-cred' }).times(2).reply(200, ok(running('t-cred')));
		scope.get(Q).query({ taskId: 't-cred' }).reply(200, ok(success('t-cred')));
		const decrypt = jest.spyOn(TestCredentials.prototype, 'getDecrypted');
		try {
			const result = await trigger().post({ body: callback('t-cred'), headers: fromTopview });
			expect(result.items).toHaveLength(1);
			expect(decrypt).toHaveBeenCalledTimes(1);
		} finally {
			decrypt.mockRestore();
		}
	});

	test('a confirmation that outlasts its deadline → 502 naming the task, nothing emitted', async () => {
		const { scope } = api();
		const saved = confirmTiming.deadlineMs;
		confirmTiming.deadlineMs = 50;
		scope.get(Q).query({ taskId: 't-slow' }).delay(200).reply(200, ok(success('t-slow')));
		try {
			const result = await trigger().post({ body: callback('t-slow'), headers: fromTopview });
			expect(result).toMatchObject({ status: 502, items: undefined });
			expect(result.body.message).toMatch(/Topview did not confirm task t-slow within/);
		} finally {
			confirmTiming.deadlineMs = saved;
		}
	});

	test('transient Topview errors are retried within the confirmation', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 't-5xx' }).reply(503, 'busy');
		scope.get(Q).query({ taskId: 't-5xx' }).reply(200, ok(success('t-5xx')));
		const result = await trigger().post({ body: callback('t-5xx'), headers: fromTopview });
		expect(result.items).toHaveLength(1);
		expect(take()).toHaveLength(2);
	});

	test('a bizType several families share: the next family path is asked while Topview answers 4004', async () => {
		const families = familiesOfBizType('PRODUCT_AVATAR_REPLACE_PRODUCT_IMAGE');
		expect(families.length).toBeGreaterThan(1);
		const { scope, take } = api();
		const last = families[families.length - 1];
		for (const family of families.slice(0, -1)) scope.get(family.queryPath).query({ taskId: 'pa-1' }).reply(200, fail('4004', 'not found'));
		scope.get(last.queryPath).query({ taskId: 'pa-1' }).reply(200, ok({ taskId: 'pa-1', status: 'success' }));
		const result = await trigger().post({ body: callback('pa-1', { bizType: 'PRODUCT_AVATAR_REPLACE_PRODUCT_IMAGE' }), headers: fromTopview });
		expect(take()).toEqual(families.map((family) => `GET ${family.queryPath}?taskId=pa-1`));
		expect(result.items[0].json).toMatchObject({ bizType: 'PRODUCT_AVATAR_REPLACE_PRODUCT_IMAGE', event: `${last.id}TaskFinished` });
	});
});

describe('exactly once', () => {
	test('a repeated callback is acknowledged again without emitting or querying', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 't-rep' }).reply(200, ok(success('t-rep')));
		const cb = trigger();
		const first = await cb.post({ body: callback('t-rep'), headers: fromTopview });
		const again = await cb.post({ body: callback('t-rep'), headers: fromTopview });
		expect(first.items).toHaveLength(1);
		expect(again).toMatchObject({ status: 200, body: ack('t-rep'), items: undefined });
		expect(take()).toEqual([`GET ${Q}?taskId=t-rep`]);
		expect(cb.staticData['node:Topview Callback Trigger'].topview.emitted).toEqual(['t-rep']);
	});

	test('two callbacks for one task arriving at the same moment: one query, one item, both acknowledged', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 't-twin' }).delay(50).reply(200, ok(success('t-twin')));
		const cb = trigger();
		const both = await Promise.all([
			cb.post({ body: callback('t-twin'), headers: fromTopview }),
			cb.post({ body: callback('t-twin'), headers: fromTopview }),
		]);
		expect(both.map((r) => r.status)).toEqual([200, 200]);
		expect(both.map((r) => r.body)).toEqual([ack('t-twin'), ack('t-twin')]);
		expect(both.flatMap((r) => r.items ?? [])).toHaveLength(1);
		expect(take()).toEqual([`GET ${Q}?taskId=t-twin`]);
	});

	test('simultaneous callbacks while the first one cannot confirm: the waiting one confirms itself', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 't-wait' }).delay(30).reply(200, fail('4004', 'not yet'));
		scope.get(Q).query({ taskId: 't-wait' }).reply(200, ok(success('t-wait')));
		const cb = trigger();
		const [first, second] = await Promise.all([
			cb.post({ body: callback('t-wait'), headers: fromTopview }),
			cb.post({ body: callback('t-wait'), headers: fromTopview }),
		]);
		expect(first.status).toBe(404);
		expect(second.items).toHaveLength(1);
		expect(take()).toHaveLength(2);
	});

	test('different workflows listening to the same task each emit it once', async () => {
		const { scope } = api();
		scope.get(Q).query({ taskId: 't-two-wf' }).times(2).reply(200, ok(success('t-two-wf')));
		const [a, b] = [trigger(), trigger()];
		expect((await a.post({ body: callback('t-two-wf'), headers: fromTopview })).items).toHaveLength(1);
		expect((await b.post({ body: callback('t-two-wf'), headers: fromTopview })).items).toHaveLength(1);
	});

	test('after a restart the static data still knows the emitted task', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 't-restart' }).reply(200, ok(success('t-restart')));
		const cb = trigger();
		expect((await cb.post({ body: callback('t-restart'), headers: fromTopview })).items).toHaveLength(1);
		forgetProcessMemory();
		cb.restart();
		const again = await cb.post({ body: callback('t-restart'), headers: fromTopview });
		expect(again).toMatchObject({ status: 200, body: ack('t-restart'), items: undefined });
		expect(take()).toHaveLength(1);
	});

	test('the static-data memory is bounded like the polling trigger: the oldest IDs are forgotten first', async () => {
		const { scope } = api();
		const emitted = Array.from({ length: emittedLimit }, (_, i) => `old-${i}`);
		const cb = trigger({}, { staticData: { 'node:Topview Callback Trigger': { topview: { pending: [], emitted } } } });
		scope.get(Q).query({ taskId: 'new-1' }).reply(200, ok(success('new-1')));
		await cb.post({ body: callback('new-1'), headers: fromTopview });
		const memory = cb.staticData['node:Topview Callback Trigger'].topview.emitted;
		expect(memory).toHaveLength(emittedLimit);
		expect(memory[0]).toBe('old-1');
		expect(memory.at(-1)).toBe('new-1');
	});

	test('"Listen for test event" emits every call and leaves the memory alone', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 't-test' }).times(2).reply(200, ok(success('t-test')));
		const cb = trigger({}, { mode: 'manual' });
		const emitted = [{ json: { ...success('t-test'), bizType: 'ZERO_SHOT_AVATAR', event: EVENT } }];
		expect((await cb.post({ body: callback('t-test'), headers: fromTopview })).items).toEqual(emitted);
		expect((await cb.post({ body: callback('t-test'), headers: fromTopview })).items).toEqual(emitted);
		expect(take()).toEqual(Array(2).fill(`GET ${Q}?taskId=t-test`));
		expect(cb.staticData['node:Topview Callback Trigger']?.topview).toBeUndefined();
	});
});

describe('Events and Emit On', () => {
	test('a bizType not selected is acknowledged without a query or an item', async () => {
		api();
		const result = await trigger({ events: ['VOICE_CLONE'] }).post({ body: callback('t-voice-only'), headers: fromTopview });
		expect(result).toMatchObject({ status: 200, body: ack('t-voice-only'), items: undefined });
	});

	test('a selected bizType is emitted', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 't-sel' }).reply(200, ok(success('t-sel')));
		const result = await trigger({ events: ['VOICE_CLONE', 'ZERO_SHOT_AVATAR'] }).post({ body: callback('t-sel'), headers: fromTopview });
		expect(take()).toEqual([`GET ${Q}?taskId=t-sel`]);
		expect(result).toMatchObject({ status: 200, body: ack('t-sel') });
		expect(result.items).toEqual([{ json: { ...success('t-sel'), bizType: 'ZERO_SHOT_AVATAR', event: EVENT } }]);
	});

	test('an unknown bizType is accepted with All: each family path is asked until Topview knows the task', async () => {
		const candidates = queryCandidates('SOMETHING_NEW');
		const { scope, take } = api();
		const found = candidates[candidates.length - 1];
		for (const family of candidates.slice(0, -1)) scope.get(family.queryPath).query({ taskId: 'n-1' }).reply(200, fail('4004', 'not found'));
		scope.get(found.queryPath).query({ taskId: 'n-1' }).reply(200, ok({ taskId: 'n-1', status: 'success', anything: 1 }));
		const result = await trigger().post({ body: callback('n-1', { bizType: 'SOMETHING_NEW' }), headers: fromTopview });
		expect(take()).toEqual(candidates.map((family) => `GET ${family.queryPath}?taskId=n-1`));
		expect(result.items[0].json).toEqual({ taskId: 'n-1', status: 'success', anything: 1, bizType: 'SOMETHING_NEW', event: `${found.id}TaskFinished` });
	});

	test('an unknown bizType is not accepted when only some events are selected', async () => {
		api();
		const result = await trigger({ events: ['ZERO_SHOT_AVATAR'] }).post({ body: callback('n-2', { bizType: 'SOMETHING_NEW' }), headers: fromTopview });
		expect(result).toMatchObject({ status: 200, items: undefined });
	});

	test('Emit On "Success Only": a failed task is acknowledged, not emitted, and not queried again', async () => {
		const { scope, take } = api();
		scope.get(Q).query({ taskId: 't-f' }).reply(200, ok(failed('t-f')));
		const cb = trigger({ emitOn: 'success' });
		const result = await cb.post({ body: callback('t-f', { status: 'fail' }), headers: fromTopview });
		expect(result).toMatchObject({ status: 200, body: ack('t-f'), items: undefined });
		expect(await cb.post({ body: callback('t-f', { status: 'fail' }), headers: fromTopview })).toMatchObject({ status: 200, body: ack('t-f'), items: undefined });
		expect(take()).toEqual([`GET ${Q}?taskId=t-f`]);
	});

	test('Emit On "Failure Only": a failed task is emitted, a successful one is not', async () => {
		const { scope } = api();
		scope.get(Q).query({ taskId: 't-f2' }).reply(200, ok(failed('t-f2')));
		scope.get(Q).query({ taskId: 't-s2' }).reply(200, ok(success('t-s2')));
		const cb = trigger({ emitOn: 'failure' });
		expect((await cb.post({ body: callback('t-f2'), headers: fromTopview })).items).toEqual([
			{ json: { ...failed('t-f2'), bizType: 'ZERO_SHOT_AVATAR', event: EVENT } },
		]);
		expect((await cb.post({ body: callback('t-s2'), headers: fromTopview })).items).toBeUndefined();
	});
});

describe('Download Result', () => {
	test("a successful task's queried file (never the posted URL) is attached as binary", async () => {
		const { scope } = api();
		const video = Buffer.from('fake mp4 bytes');
		scope.get(Q).query({ taskId: 't-dl' }).reply(200, ok(success('t-dl')));
		const cdn = nock(CDN).get('/out/t-dl.mp4').reply(200, video, { 'Content-Type': 'video/mp4' });
		let cdnHeaders;
		cdn.on('request', (req) => (cdnHeaders = req.headers));
		const forged = callback('t-dl', { result: success('t-dl', { outputVideoUrl: 'https://evil.example.com/x.mp4' }) });
		const result = await trigger({ options: { downloadResult: true, binaryPropertyName: 'video' } }).post({ body: forged, headers: fromTopview });
		expect(result.body).toEqual(ack('t-dl'));
		const [item] = result.items;
		expect(item.binary.video).toMatchObject({ fileName: 't-dl.mp4', mimeType: 'video/mp4' });
		expect(Buffer.from(item.binary.video.data, 'base64').equals(video)).toBe(true);
		expect(cdnHeaders).not.toHaveProperty('authorization');
		expect(cdnHeaders).not.toHaveProperty('topview-uid');
	});

	test('a failed task has nothing to download', async () => {
		const { scope } = api();
		scope.get(Q).query({ taskId: 't-dlf' }).reply(200, ok(failed('t-dlf')));
		const result = await trigger({ options: { downloadResult: true } }).post({ body: callback('t-dlf'), headers: fromTopview });
		// No download was attempted: any request to the CDN would fail the test as unmatched.
		expect(result.items).toEqual([{ json: { ...failed('t-dlf'), bizType: 'ZERO_SHOT_AVATAR', event: EVENT } }]);
	});

	test('a download that fails → 502 and the task stays unhandled, so a retried callback emits it', async () => {
		const { scope } = api();
		scope.get(Q).query({ taskId: 't-dl2' }).times(2).reply(200, ok(success('t-dl2')));
		nock(CDN).get('/out/t-dl2.mp4').reply(403, 'expired');
		nock(CDN).get('/out/t-dl2.mp4').reply(200, Buffer.from('ok'), { 'Content-Type': 'video/mp4' });
		const cb = trigger({ options: { downloadResult: true } });
		const first = await cb.post({ body: callback('t-dl2'), headers: fromTopview });
		expect(first).toMatchObject({ status: 502, items: undefined });
		expect(first.body.message).toMatch(/t-dl2/);
		const retried = await cb.post({ body: callback('t-dl2'), headers: fromTopview });
		expect(retried.items[0].binary.data.fileName).toBe('t-dl2.mp4');
	});
});

describe('activation', () => {
	test('asks Topview to check the production URL; checkExists and delete do nothing at Topview', async () => {
		const { scope, seen } = api();
		const cb = trigger();
		scope.post('/notice/notice_url/check').reply(200, ok(true));
		expect(await cb.activate()).toEqual({ exists: false, created: true });
		expect(seen).toHaveLength(1);
		expect(seen[0].body).toEqual({ noticeUrl: cb.productionUrl });
		expect(cb.productionUrl).toMatch(/\/webhook\/[0-9a-f-]{36}\/callback$/);
		expect(seen[0].headers).toMatchObject({ 'topview-uid': UID, authorization: `Bearer ${SECRET}` });
		expect(await cb.deactivate()).toBe(true);
		expect(seen).toHaveLength(1);
	});

	test('a URL Topview refuses fails the activation, saying why and what to change', async () => {
		const { scope } = api();
		scope.post('/notice/notice_url/check').reply(200, fail('4000', 'noticeUrl is illegal'));
		const error = await trigger().activate().catch((e) => e);
		expect(error.message).toMatch(/Topview refused the callback URL https:\/\/n8n\.example\.com\/webhook\/.*\/callback \(4000: noticeUrl is illegal\)/);
		expect(error.description).toMatch(/WEBHOOK_URL/);
		expect(error.description).toMatch(/public HTTPS address/);
	});

	test('a bad credential fails the activation with the credential hint', async () => {
		const { scope } = api();
		scope.post('/notice/notice_url/check').reply(200, fail('401', 'Unauthorized'));
		const error = await trigger().activate().catch((e) => e);
		expect(error.message).toMatch(/Topview error 401/);
		expect(everything(error)).not.toContain(SECRET);
	});
});

describe('submit side', () => {
	const { Topview } = require('../../dist/nodes/Topview/Topview.node.js');
	const { TopviewCallbackTrigger } = require('../../dist/nodes/Topview/TopviewCallbackTrigger.node.js');

	function callbackUrlOptions(properties, found = []) {
		for (const property of properties) {
			if (property.name === 'noticeUrl' && property.displayName === 'Callback URL') found.push(property);
			if (Array.isArray(property.options)) callbackUrlOptions(property.options.filter((o) => o && o.displayName), found);
			if (Array.isArray(property.values)) callbackUrlOptions(property.values, found);
		}
		return found;
	}

	test("every Callback URL option says to paste the Callback Trigger's Production URL (or use a Wait node)", () => {
		const options = callbackUrlOptions(new Topview().description.properties);
		expect(options.length).toBeGreaterThan(5);
		for (const option of options) {
			expect(option.description).toMatch(/Production URL of a Topview Callback Trigger/);
			expect(option.description).toMatch(/Wait node/);
		}
	});

	test('the trigger serves one POST webhook at <webhookId>/callback and answers itself', () => {
		const { description } = new TopviewCallbackTrigger();
		expect(description).toMatchObject({ name: 'topviewCallbackTrigger', displayName: 'Topview Callback Trigger', inputs: [] });
		expect(description.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'callback' }]);
		expect(description.credentials).toEqual([{ name: 'topviewApi', required: true }]);
		const events = description.properties.find((p) => p.name === 'events');
		expect(events.default).toEqual(['*']);
		expect(events.options.map((o) => o.value)).toEqual(expect.arrayContaining(['*', 'ZERO_SHOT_AVATAR', 'VOICE_CLONE']));
		expect(events.options.find((o) => o.value === 'ZERO_SHOT_AVATAR').name).toBe('Video Avatar');
		const names = events.options.map((o) => o.name);
		expect(new Set(names).size).toBe(names.length);
		expect(names.slice(1)).toEqual([...names.slice(1)].sort((a, b) => a.localeCompare(b)));
	});
});

describe("Topview's documented callback (test/contract/fixtures/callback/callbackNotice.json)", () => {
	const { fixture, documentedResponse } = require('../contract/contract');
	const fx = fixture('callbackNotice');

	test('the documented payload is confirmed and answered with exactly the documented acknowledgement', async () => {
		const { example } = fx.request;
		const { scope, take } = api();
		scope.get(Q).query({ taskId: example.taskId }).reply(200, ok(example.result));
		const result = await trigger().post({ body: JSON.parse(JSON.stringify(example)), headers: { 'Topview-Uid': UID, 'Content-Type': 'application/json' } });
		const expected = documentedResponse(fx);
		expected.result.topviewUid = UID;
		expect(result.status).toBe(200);
		expect(result.body).toEqual(expected);
		expect(take()).toEqual([`GET ${Q}?taskId=${example.taskId}`]);
		expect(result.items[0].json).toEqual({ ...example.result, bizType: example.bizType, event: EVENT });
	});
});
