'use strict';
/*
 * Marketing Video in a real n8n: examples/marketing-video-preview-and-export.json submits a product link
 * with Preview First, waits for the previews, exports the first script and queries the task (simulator).
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution, SIM_ACCOUNT } = require('./support/e2e');

const SUBMIT_PATH = '/v1/m2v/task/submit';
const QUERY_PATH = '/v1/m2v/task/query';
const EXPORT_PATH = '/v1/m2v/export';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };
// A callback URL that refuses connections at once: the simulator records the failed delivery, the task is unaffected.
const CALLBACK = 'http://127.0.0.1:9/topview-export';

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

test('Submit with Preview First and Wait, Export, Query (examples/marketing-video-preview-and-export.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	let workflow = example('marketing-video-preview-and-export');
	workflow = withParameters(workflow, 'Submit Marketing Video and Wait', { options: FAST_WAIT });
	workflow = withParameters(workflow, 'Export First Script', { noticeUrl: CALLBACK });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'export') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [submitted] = nodeOutput(exec, 'Submit Marketing Video and Wait');
	const { taskId } = submitted.json;
	expect(submitted.json.status).toBe('success');
	expect(submitted.json.previewVideos.length).toBeGreaterThan(0);
	expect(submitted.json.previewVideos[0]).toMatchObject({ scriptId: 0, videoUrl: expect.stringMatching(new RegExp(`^${ctx.info.simUrl}/files/`)) });
	expect(submitted.json.exportVideos).toEqual([]);

	const [exported] = nodeOutput(exec, 'Export First Script');
	expect(exported.json).toMatchObject({ taskId, status: 'init', noticeUuid: expect.any(String) });

	const [queried] = nodeOutput(exec, 'Query Marketing Video Task');
	expect(queried.json.taskId).toBe(taskId);
	expect(queried.json.exportVideos).toHaveLength(1);
	expect(queried.json.exportVideos[0]).toMatchObject({ scriptId: 0 });
	expect(['init', 'running', 'success']).toContain(queried.json.exportVideos[0].status);

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/m2v/' });
	const submits = requests.filter((r) => r.path === SUBMIT_PATH);
	expect(submits).toHaveLength(1); // never re-submitted
	expect(submits[0].uid).toBe(SIM_ACCOUNT.uid);
	expect(submits[0].body).toEqual({
		productLink: 'https://www.amazon.com/dp/B0CXVSRY56',
		aspectRatio: '9:16',
		preview: 'true',
		videoLengthType: 2,
	});
	const exports = requests.filter((r) => r.path === EXPORT_PATH);
	expect(exports.map((r) => r.body)).toEqual([{ taskId, scriptId: '0', noticeUrl: CALLBACK }]);
	expect(exports[0].response).toMatchObject({ httpStatus: 200, code: '200' });
	const queries = requests.filter((r) => r.path === QUERY_PATH);
	expect(queries.length).toBeGreaterThanOrEqual(2); // the wait's checks and the Query node
	expect(queries.every((q) => q.query.taskId === taskId)).toBe(true);
});
