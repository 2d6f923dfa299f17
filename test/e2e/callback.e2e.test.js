'use strict';
/*
 * Long renders without polling: Submit with noticeUrl = the execution's resume URL, then a Wait node
 * "On Webhook Call" resumes when the simulator POSTs Topview's callback (examples/callback-with-wait-node.json).
 */
const { connect, example, nameFor, nodeOutput, describeExecution, eventually, SIM_ACCOUNT } = require('./support/e2e');

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

test('the noticeUrl callback resumes the Wait node with the finished task', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = example('callback-with-wait-node');
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'callback') });
	const executionId = await ctx.api.startRun(wf.id);

	// The submit carried the resume URL of this very execution.
	const submit = await eventually(
		async () => (await ctx.sim.requests({ sinceId: since, path: '/v1/video_avatar/task/submit' }))[0],
		{ what: 'the submit request' },
	);
	expect(submit.body.noticeUrl).toEqual(expect.stringContaining(`${ctx.info.n8nUrl}/webhook-waiting/${executionId}`));
	expect(submit.response.code).toBe('200');

	const exec = await ctx.api.waitForExecution(executionId, { timeoutMs: 60000 });
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const submitted = nodeOutput(exec, 'Submit with Callback URL')[0].json;
	const resumed = nodeOutput(exec, 'Wait for Topview Callback');
	expect(resumed).toHaveLength(1);
	const { body, headers } = resumed[0].json;
	expect(headers['topview-uid']).toBe(SIM_ACCOUNT.uid);
	expect(body).toMatchObject({
		taskId: submitted.taskId,
		status: 'success',
		result: { taskId: submitted.taskId, status: 'success', outputVideoUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/files\//) },
	});
	if (submitted.noticeUuid) expect(body.uuid).toBe(submitted.noticeUuid);

	const callbacks = await ctx.sim.callbacks({ taskId: submitted.taskId });
	expect(callbacks).toHaveLength(1);
	expect(callbacks[0]).toMatchObject({ delivered: true, statusCode: 200, url: submit.body.noticeUrl });
	// No polling was needed: the workflow never queried the task.
	expect(await ctx.sim.requests({ sinceId: since, path: '/v1/video_avatar/task/query' })).toEqual([]);
});
