'use strict';
/*
 * Image to Video in a real n8n: examples/image-to-video-submit-and-wait.json downloads a photo with the
 * HTTP Request node, uploads it inline as the first frame and waits for the video (simulator).
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution } = require('./support/e2e');

const SUBMIT_PATH = '/v2/common_task/image2video/task/submit';
const QUERY_PATH = '/v2/common_task/image2video/task/query';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

/** The request log since `since` as "METHOD /path" lines (signatures and ids kept), /__sim left out. */
const calls = (requests) => requests.filter((r) => !r.path.startsWith('/__sim')).map((r) => `${r.method} ${r.path}`);

test('Submit with a binary first frame and Wait for Completion returns the finished video (examples/image-to-video-submit-and-wait.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	let workflow = example('image-to-video-submit-and-wait');
	workflow = withParameters(workflow, 'Get Product Photo', { url: `${ctx.info.simUrl}/files/sample-product.png` });
	workflow = withParameters(workflow, 'Animate Photo', { options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'wait') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const out = nodeOutput(exec, 'Animate Photo');
	expect(out).toHaveLength(1);
	const result = out[0].json;
	expect(result.status).toBe('success');
	expect(result.finishedVideoUrl).toMatch(new RegExp(`^${ctx.info.simUrl}/files/`));
	expect(out[0].pairedItem).toEqual({ item: 0 });

	const requests = await ctx.sim.requests({ sinceId: since });
	const submits = requests.filter((r) => r.path === SUBMIT_PATH);
	expect(submits).toHaveLength(1); // never re-submitted
	const fileId = submits[0].body.firstFrameFileId;
	expect(submits[0].body).toEqual({
		model: 'Standard',
		firstFrameFileId: fileId,
		prompt: expect.stringContaining('product turns slowly'),
		duration: 5,
		resolution: 720,
	});
	expect(submits[0].response).toMatchObject({ httpStatus: 200, code: '200' });
	// download → credential (png) → PUT → check → submit → queries
	const sequence = calls(requests);
	expect(sequence[0]).toBe('GET /files/sample-product.png');
	expect(sequence.slice(1, 3)).toEqual(['GET /v1/upload/credential', `PUT /__upload/${fileId}`]);
	expect(sequence.indexOf('GET /v1/upload/check')).toBeLessThan(sequence.indexOf(`POST ${SUBMIT_PATH}`));
	expect(requests.find((r) => r.path === '/v1/upload/credential').query).toMatchObject({ format: 'png' });
	expect(await ctx.sim.control('GET', `/uploads/${fileId}`)).toMatchObject({ uploaded: true, format: 'png' });
	const queries = requests.filter((r) => r.path === QUERY_PATH);
	expect(queries.length).toBeGreaterThanOrEqual(1);
	expect(queries.every((q) => q.query.taskId === result.taskId)).toBe(true);
	expect((await ctx.sim.task(result.taskId)).status).toBe('success');
});
