'use strict';
/*
 * Photo Avatar in a real n8n: examples/photo-avatar-template-submit-and-wait.json lists the first public
 * template, animates it with text to speech and waits for the video (simulator).
 */
const { connect, example, withParameters, nameFor, nodeOutput, nodeError, describeExecution, SIM_ACCOUNT } = require('./support/e2e');

const SUBMIT_PATH = '/v1/photo_avatar/task/submit';
const QUERY_PATH = '/v1/photo_avatar/task/query';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

async function run(workflow, suffix) {
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, suffix) });
	return ctx.api.runWorkflow(wf.id);
}

test('Get Templates, then Submit with Wait for Completion returns the finished video (examples/photo-avatar-template-submit-and-wait.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = withParameters(example('photo-avatar-template-submit-and-wait'), 'Submit Photo Avatar and Wait', { options: FAST_WAIT });
	const exec = await run(workflow, 'wait');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [template] = nodeOutput(exec, 'Get a Photo Avatar Template');
	expect(template.json.avatarId).toEqual(expect.any(String));

	const out = nodeOutput(exec, 'Submit Photo Avatar and Wait');
	expect(out).toHaveLength(1);
	const result = out[0].json;
	expect(result.status).toBe('success');
	expect(result.finishedVideoUrl).toMatch(new RegExp(`^${ctx.info.simUrl}/files/`));
	expect(result.aiAvatar).toMatchObject({ aiavatarId: template.json.avatarId });
	expect(out[0].pairedItem).toEqual({ item: 0 });

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/photo_avatar/' });
	const list = requests.filter((r) => r.path === '/v1/photo_avatar/template/list');
	expect(list).toHaveLength(1);
	expect(list[0].query).toMatchObject({ isCustom: 'false', pageNo: '1', pageSize: '1' });
	const submits = requests.filter((r) => r.path === SUBMIT_PATH);
	expect(submits).toHaveLength(1); // never re-submitted
	expect(submits[0].uid).toBe(SIM_ACCOUNT.uid);
	expect(submits[0].body).toEqual({
		avatarId: template.json.avatarId,
		mode: 'avatar4',
		scriptMode: 'text',
		ttsText: expect.stringContaining('Topview node'),
		voiceId: 'v1001',
	});
	expect(submits[0].response).toMatchObject({ httpStatus: 200, code: '200' });
	const queries = requests.filter((r) => r.path === QUERY_PATH);
	expect(queries.length).toBeGreaterThanOrEqual(1);
	expect(queries.every((q) => q.query.taskId === result.taskId)).toBe(true);

	const task = await ctx.sim.task(result.taskId);
	expect(task.status).toBe('success');
	expect(task.result.finishedVideoUrl).toBe(result.finishedVideoUrl);
});

test('validation inside n8n: Off-Peak with Avatar 2 is rejected before any request', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = withParameters(example('photo-avatar-template-submit-and-wait'), 'Submit Photo Avatar and Wait', {
		mode: 'avatar2',
		additionalFields: { offPeak: true },
	});
	const exec = await run(workflow, 'off-peak');
	expect(exec.status).toBe('error');
	const error = nodeError(exec, 'Submit Photo Avatar and Wait');
	expect(error && error.message).toBe('Off-Peak works only with Avatar 4 and Avatar 4 Fast: change the Mode or turn Off-Peak off');
	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/photo_avatar/task/' });
	expect(requests).toEqual([]);
});
