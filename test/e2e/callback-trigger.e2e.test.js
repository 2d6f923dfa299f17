'use strict';
/*
 * The Topview Callback Trigger in an active workflow of a real n8n, called by the simulator the way
 * Topview calls a noticeUrl (examples/callback-trigger.json + examples/submit-with-callback-trigger.json),
 * and by forged callbacks: nothing but a finished task Topview itself reports may start the workflow, once.
 */
const crypto = require('crypto');
const { connect, example, nameFor, nodeOutput, describeExecution, eventually, httpJson, sleep, SIM_ACCOUNT } = require('./support/e2e');

const TRIGGER = 'Topview Callback Trigger';
const QUERY_PATH = '/v1/video_avatar/task/query';
const CHECK_PATH = '/notice/notice_url/check';

let ctx;
let trigger; // { id, url }
beforeAll(async () => {
	ctx = await connect();
	const types = await ctx.api.get('/types/nodes.json');
	expect(types.map((t) => t.name)).toContain('n8n-nodes-topview.topviewCallbackTrigger');
	trigger = await activeTrigger('callback trigger');
});

/** Creates the Callback Trigger example with its own webhook ID, activates it, waits for its URL check. */
async function activeTrigger(suffix) {
	const workflow = example('callback-trigger');
	const webhookId = crypto.randomUUID();
	workflow.nodes.find((n) => n.name === TRIGGER).webhookId = webhookId;
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, suffix) });
	const url = `${ctx.info.n8nUrl}/webhook/${webhookId}/callback`;
	const since = await ctx.sim.lastRequestId();
	await ctx.api.activate(wf.id);
	// Activation asks Topview whether it accepts the production URL (n8n 2.x activates asynchronously).
	const [check] = await eventually(async () => {
		const found = (await ctx.sim.requests({ sinceId: since, path: CHECK_PATH })).filter((r) => r.body && r.body.noticeUrl === url);
		return found.length ? found : null;
	}, { what: 'the notice URL check of the activation' });
	expect(check.response.code).toBe('200');
	// The webhook answers once registered: until then n8n says 404 "not registered".
	await eventually(async () => (await post(url, {}, { 'Topview-Uid': SIM_ACCOUNT.uid })).status === 422, { what: 'the webhook to be registered' });
	return { id: wf.id, url };
}

function post(url, body, headers = {}) {
	return httpJson({ method: 'POST', url, body, headers: { 'Content-Type': 'application/json', ...headers } });
}

const fromTopview = { 'Topview-Uid': SIM_ACCOUNT.uid };

async function executions(workflowId) {
	return ctx.api.listExecutions(workflowId);
}

/** Submits a Video Avatar task straight to the simulator (as the account). */
async function submitTask(extra = {}) {
	return ctx.sim.topview('POST', '/v1/video_avatar/task/submit', {
		avatarSourceFrom: 1,
		aiAvatarId: '3327',
		audioSourceFrom: 1,
		ttsText: 'Hello from the callback trigger test',
		...extra,
	});
}

async function finishedTask() {
	const { taskId } = await submitTask();
	await ctx.sim.control('POST', `/tasks/${taskId}/finish`, { outcome: 'success' });
	return ctx.sim.topview('GET', `${QUERY_PATH}?taskId=${taskId}`);
}

/** The parsed executions of the trigger workflow whose item names `taskId`. */
async function executionsFor(taskId) {
	const list = await executions(trigger.id);
	const parsed = [];
	for (const summary of list) {
		const exec = await ctx.api.waitForExecution(summary.id, { timeoutMs: 30000 });
		const items = nodeOutput(exec, TRIGGER) || [];
		if (items.some((item) => item.json.taskId === taskId)) parsed.push(exec);
	}
	return parsed;
}

let delivered; // the task and callback of the first test, repeated later

test('a task submitted with the trigger URL as Callback URL starts exactly one execution with the queried result', async () => {
	const since = await ctx.sim.lastRequestId();
	const submitWorkflow = example('submit-with-callback-trigger');
	submitWorkflow.nodes.find((n) => n.name === 'Submit with Callback URL').parameters.additionalFields.noticeUrl = trigger.url;
	const wf = await ctx.api.createWorkflow(submitWorkflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(submitWorkflow, 'submit') });
	const submitRun = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(submitRun)).toMatch(/"status":"success"/);
	const { taskId, noticeUuid } = nodeOutput(submitRun, 'Submit with Callback URL')[0].json;

	const [callback] = await eventually(async () => {
		const list = await ctx.sim.callbacks({ taskId });
		return list.length && list[0].done ? list : null;
	}, { timeoutMs: 60000, what: `the callback of task ${taskId}` });
	expect(callback).toMatchObject({ url: trigger.url, statusCode: 200, delivered: true, acknowledged: true });
	expect(callback.attempts).toHaveLength(1);
	expect(callback.responseJson).toEqual({ code: '200', message: 'Success', result: { uuid: noticeUuid, topviewUid: SIM_ACCOUNT.uid, result: 'success' } });

	const [exec] = await eventually(async () => {
		const found = await executionsFor(taskId);
		return found.length ? found : null;
	}, { what: `the execution for task ${taskId}` });
	expect(describeExecution(exec)).toMatch(/"status":"success"/);
	// One request to Topview for this task: the confirmation query (no polling).
	const queries = (await ctx.sim.requests({ sinceId: since, path: QUERY_PATH })).filter((r) => r.query.taskId === taskId);
	expect(queries).toHaveLength(1);
	const queried = await ctx.sim.topview('GET', `${QUERY_PATH}?taskId=${taskId}`);
	const [item] = nodeOutput(exec, TRIGGER);
	expect(item.json).toEqual({ ...queried, taskId, status: 'success', bizType: 'ZERO_SHOT_AVATAR', event: 'videoAvatarTaskFinished' });
	expect(nodeOutput(exec, 'Use the Finished Task')).toHaveLength(1);

	delivered = { taskId, payload: callback.payload };
});

test('a repeated callback is acknowledged and still makes one execution', async () => {
	expect(delivered).toBeDefined();
	const again = await post(trigger.url, delivered.payload, fromTopview);
	expect(again.status).toBe(200);
	expect(again.json).toEqual({ code: '200', message: 'Success', result: { uuid: delivered.payload.uuid, topviewUid: SIM_ACCOUNT.uid, result: 'success' } });
	const twice = await Promise.all([post(trigger.url, delivered.payload, fromTopview), post(trigger.url, delivered.payload, fromTopview)]);
	expect(twice.map((r) => r.status)).toEqual([200, 200]);
	await sleep(1500);
	expect(await executionsFor(delivered.taskId)).toHaveLength(1);
	// n8n saved the trigger's memory in the workflow's static data: it survives a restart.
	const saved = await ctx.api.getWorkflow(trigger.id);
	expect(saved.staticData[`node:${TRIGGER}`].topview.emitted).toContain(delivered.taskId);
});

test('two callbacks of a new task arriving at the same moment start one execution', async () => {
	const task = await finishedTask();
	const payload = { uuid: crypto.randomUUID(), bizType: 'ZERO_SHOT_AVATAR', taskId: task.taskId, status: 'success', errorMsg: null, result: task };
	const both = await Promise.all([post(trigger.url, payload, fromTopview), post(trigger.url, payload, fromTopview)]);
	expect(both.map((r) => r.status)).toEqual([200, 200]);
	await eventually(async () => (await executionsFor(task.taskId)).length > 0, { what: 'the execution' });
	await sleep(1500);
	expect(await executionsFor(task.taskId)).toHaveLength(1);
});

describe('forged callbacks', () => {
	test('a wrong Topview-Uid → 401, no execution, no query', async () => {
		const since = await ctx.sim.lastRequestId();
		const before = (await executions(trigger.id)).length;
		const task = await finishedTask();
		const res = await post(trigger.url, { uuid: 'x', bizType: 'ZERO_SHOT_AVATAR', taskId: task.taskId, status: 'success', result: task }, { 'Topview-Uid': 'attacker' });
		expect(res.status).toBe(401);
		await sleep(1000);
		expect((await executions(trigger.id)).length).toBe(before);
		expect((await ctx.sim.requests({ sinceId: since, path: QUERY_PATH })).filter((r) => r.query.taskId === task.taskId)).toHaveLength(1); // finishedTask's own read
	});

	test('an unknown task → 404, no execution', async () => {
		const before = (await executions(trigger.id)).length;
		const res = await post(trigger.url, { uuid: 'x', bizType: 'ZERO_SHOT_AVATAR', taskId: 'no-such-task', status: 'success', result: {} }, fromTopview);
		expect(res.status).toBe(404);
		expect(res.json.message).toMatch(/no-such-task/);
		await sleep(1000);
		expect((await executions(trigger.id)).length).toBe(before);
	});

	test('a task still running at Topview → non-2xx after a brief re-query, no execution', async () => {
		const before = (await executions(trigger.id)).length;
		const { taskId } = await submitTask();
		await ctx.sim.control('POST', `/tasks/${taskId}/timing`, { renderMs: 10 * 60 * 1000 });
		try {
			const res = await post(trigger.url, { uuid: 'x', bizType: 'ZERO_SHOT_AVATAR', taskId, status: 'success', result: { taskId, status: 'success', outputVideoUrl: 'https://evil.example.com/v.mp4' } }, fromTopview);
			expect(res.status).toBe(503);
			expect(res.json.message).toMatch(new RegExp(`${taskId} is still`));
			await sleep(1000);
			expect((await executions(trigger.id)).length).toBe(before);
		} finally {
			await ctx.sim.control('POST', `/tasks/${taskId}/finish`, { outcome: 'success' });
		}
	});

	test('a doctored result URL of a real finished task: the execution carries the queried data only', async () => {
		const task = await finishedTask();
		const doctored = { ...task, outputVideoUrl: 'https://evil.example.com/doctored.mp4', costCredit: 0 };
		const res = await post(trigger.url, { uuid: 'x', bizType: 'ZERO_SHOT_AVATAR', taskId: task.taskId, status: 'success', errorMsg: null, result: doctored }, fromTopview);
		expect(res.status).toBe(200);
		const [exec] = await eventually(async () => {
			const found = await executionsFor(task.taskId);
			return found.length ? found : null;
		}, { what: `the execution for task ${task.taskId}` });
		const [item] = nodeOutput(exec, TRIGGER);
		expect(item.json.outputVideoUrl).toBe(task.outputVideoUrl);
		expect(JSON.stringify(exec.data)).not.toContain('evil.example.com');
	});
});
