'use strict';
/*
 * Video Avatar in a real n8n: the example workflows run against the simulator, asserting on the node
 * outputs and on what the simulator received.
 */
const { connect, example, withParameters, nameFor, nodeOutput, nodeError, describeExecution, SIM_ACCOUNT } = require('./support/e2e');

const SUBMIT_PATH = '/v1/video_avatar/task/submit';
const QUERY_PATH = '/v1/video_avatar/task/query';
// Fast polling for the simulator (renders in ~1.5 s); the examples keep user-friendly defaults.
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

async function run(workflow, suffix) {
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, suffix) });
	return ctx.api.runWorkflow(wf.id);
}

test('Submit then Query (examples/video-avatar-submit-and-query.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	const exec = await run(example('video-avatar-submit-and-query'), 'submit+query');
	expect(exec.status).toBe('success');

	const submitted = nodeOutput(exec, 'Submit Video Avatar Task');
	expect(submitted).toHaveLength(1);
	const { taskId } = submitted[0].json;
	expect(taskId).toMatch(/^[0-9a-f]{32}$/);
	expect(submitted[0].json.status).toBeDefined();

	const queried = nodeOutput(exec, 'Query Video Avatar Task');
	expect(queried).toHaveLength(1);
	expect(queried[0].json.taskId).toBe(taskId);
	expect(['init', 'running', 'success']).toContain(queried[0].json.status);

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/video_avatar/' });
	expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${SUBMIT_PATH}`, `GET ${QUERY_PATH}`]);
	const [submit, query] = requests;
	expect(submit.uid).toBe(SIM_ACCOUNT.uid);
	expect(submit.headers.authorization).toBe('Bearer [redacted]');
	expect(submit.body).toMatchObject({
		avatarSourceFrom: 1,
		aiAvatarId: '3327',
		audioSourceFrom: 1,
		ttsText: expect.stringContaining('Topview node'),
		voiceoverId: 'v1001',
	});
	expect(submit.response).toMatchObject({ httpStatus: 200, code: '200' });
	expect(query.query).toMatchObject({ taskId });
	expect(query.response).toMatchObject({ code: '200' });
});

test('Submit with Wait for Completion returns the finished video (examples/video-avatar-submit-and-wait.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = withParameters(example('video-avatar-submit-and-wait'), 'Submit and Wait', { options: FAST_WAIT });
	const exec = await run(workflow, 'wait');
	expect(exec.status).toBe('success');

	const out = nodeOutput(exec, 'Submit and Wait');
	expect(out).toHaveLength(1);
	const result = out[0].json;
	expect(result.status).toBe('success');
	expect(result.outputVideoUrl).toMatch(new RegExp(`^${ctx.info.simUrl}/files/`));
	expect(out[0].pairedItem).toEqual({ item: 0 });

	const task = await ctx.sim.task(result.taskId);
	expect(task.status).toBe('success');
	expect(task.result.outputVideoUrl).toBe(result.outputVideoUrl);

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/video_avatar/' });
	const submits = requests.filter((r) => r.path === SUBMIT_PATH);
	const queries = requests.filter((r) => r.path === QUERY_PATH);
	expect(submits).toHaveLength(1); // never re-submitted
	expect(queries.length).toBeGreaterThanOrEqual(1);
	expect(queries.every((q) => q.query.taskId === result.taskId)).toBe(true);
	expect(queries[queries.length - 1].response.code).toBe('200');
});

test('out of credits (4100) fails the item with Topview’s message', async () => {
	await ctx.sim.setCredits(SIM_ACCOUNT.uid, 0);
	try {
		const since = await ctx.sim.lastRequestId();
		const tasksBefore = (await ctx.sim.tasks({ uid: SIM_ACCOUNT.uid })).length;
		const exec = await run(example('video-avatar-submit-and-query'), '4100');
		expect(exec.status).toBe('error');
		const error = nodeError(exec, 'Submit Video Avatar Task');
		expect(error).toBeDefined();
		const text = `${error.message} ${error.description || ''}`;
		expect(text).toMatch(/4100/);
		expect(text).toMatch(/Credit not enough/); // the simulator's (Topview's) message, passed through
		expect(exec.runData['Query Video Avatar Task']).toBeUndefined();

		const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/video_avatar/' });
		expect(requests.map((r) => r.path)).toEqual([SUBMIT_PATH]); // one submit, not retried
		expect(requests[0].response).toMatchObject({ httpStatus: 200, code: '4100' });
		expect(await ctx.sim.tasks({ uid: SIM_ACCOUNT.uid })).toHaveLength(tasksBefore); // no task was created
	} finally {
		await ctx.sim.setCredits(SIM_ACCOUNT.uid, SIM_ACCOUNT.credits);
	}
});

test('zod resolves inside n8n: an out-of-range Voice Speed is rejected before any request', async () => {
	// The message comes from the zod schema of the submit body (nodes/Topview/resources/videoAvatar/
	// submitSchema.ts). Had `zod` not resolved from n8n's node_modules, the node would not load and this
	// execution could not produce it.
	const since = await ctx.sim.lastRequestId();
	const workflow = withParameters(example('video-avatar-submit-and-query'), 'Submit Video Avatar Task', {
		additionalFields: { voiceSpeed: 2 },
	});
	const exec = await run(workflow, 'zod');
	expect(exec.status).toBe('error');
	const error = nodeError(exec, 'Submit Video Avatar Task');
	expect(error && error.message).toBe('Voice Speed must be between 0.8 and 1.2, not 2');
	expect(error.description).toMatch(/Nothing was sent to Topview/);
	expect(await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/' })).toEqual([]);
	// and the valid value goes through the same schema into the request body
	const ok = await run(
		withParameters(example('video-avatar-submit-and-query'), 'Submit Video Avatar Task', { additionalFields: { voiceSpeed: 1.1 } }),
		'zod-ok',
	);
	expect(ok.status).toBe('success');
	const [submit] = await ctx.sim.requests({ sinceId: since, path: SUBMIT_PATH });
	expect(submit.body.voiceSpeed).toBe(1.1);
	expect(describeExecution(ok)).toMatch(/"status":"success"/);
});

test('Stop in n8n ends Wait for Completion: no status check after the execution is stopped', async () => {
	// The next video avatar task renders for 10 minutes, so only Stop can end this run. What a user sees:
	// the execution is cancelled at once and Topview is not asked again (the unit suite checks that the
	// wait itself ends, through the cancel signal n8n hands the node).
	await ctx.sim.control('POST', '/outcomes', { outcome: 'success', renderMs: 10 * 60_000, family: 'video_avatar' });
	const since = await ctx.sim.lastRequestId();
	const workflow = withParameters(example('video-avatar-submit-and-wait'), 'Submit and Wait', { options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'stop') });
	const executionId = await ctx.api.startRun(wf.id);
	const queries = async () => ctx.sim.requests({ sinceId: since, pathPrefix: QUERY_PATH });

	const deadline = Date.now() + 30_000;
	while ((await queries()).length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
	expect((await queries()).length).toBeGreaterThanOrEqual(2);

	await ctx.api.post(`/rest/executions/${executionId}/stop`);
	const exec = await ctx.api.waitForExecution(executionId, { timeoutMs: 15_000 });
	expect(exec.status).toMatch(/^cancel+ed$/);
	const atStop = (await queries()).length;
	// Three times the longest poll interval (1 s): a wait that ignored Stop would have checked again.
	await new Promise((resolve) => setTimeout(resolve, 3000));
	const after = await queries();
	expect(after).toHaveLength(atStop);

	const taskId = after[0].query.taskId;
	await ctx.sim.control('POST', `/tasks/${taskId}/finish`, { outcome: 'success' });
});
