'use strict';
/*
 * Remove Background in a real n8n: examples/remove-background-submit-and-wait.json uploads a photo
 * inline, waits for the cut-out and downloads it as binary (simulator).
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution } = require('./support/e2e');

const SUBMIT_PATH = '/v1/common_task/remove_background/submit';
const QUERY_PATH = '/v1/common_task/remove_background/query';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

test('Submit with a binary image, Wait for Completion and Download Result (examples/remove-background-submit-and-wait.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	let workflow = example('remove-background-submit-and-wait');
	workflow = withParameters(workflow, 'Get Product Photo', { url: `${ctx.info.simUrl}/files/sample-product.png` });
	workflow = withParameters(workflow, 'Remove Background', { options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'wait') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const out = nodeOutput(exec, 'Remove Background');
	expect(out).toHaveLength(1);
	const result = out[0].json;
	expect(result).toMatchObject({ status: 'success', bgRemovedImageWidth: 64, bgRemovedImageHeight: 64 });
	expect(result.bgRemovedImagePath).toMatch(new RegExp(`^${ctx.info.simUrl}/files/.+-nobg\\.png$`));
	expect(result.maskImagePath).toMatch(/-mask\.png$/);
	expect(out[0].binary.cutout).toMatchObject({ fileName: `${result.taskId}.png`, mimeType: 'image/png' });

	const requests = await ctx.sim.requests({ sinceId: since });
	const submits = requests.filter((r) => r.path === SUBMIT_PATH);
	expect(submits).toHaveLength(1);
	const fileId = submits[0].body.productImageFileId;
	expect(submits[0].body).toEqual({ productImageFileId: fileId });
	expect(await ctx.sim.control('GET', `/uploads/${fileId}`)).toMatchObject({ uploaded: true, format: 'png' });
	expect(requests.filter((r) => r.path === QUERY_PATH).every((q) => q.query.taskId === result.taskId)).toBe(true);
	// the result file was fetched from its URL, without Topview headers
	const download = requests.find((r) => r.method === 'GET' && r.path === new URL(result.bgRemovedImagePath).pathname);
	expect(download).toBeDefined();
	expect(download.headers).not.toHaveProperty('topview-uid');
});
