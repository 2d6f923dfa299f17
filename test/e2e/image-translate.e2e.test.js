'use strict';
/*
 * Image Translate in a real n8n: examples/image-translate-submit-and-wait.json uploads an image inline and
 * waits for the German and French versions (simulator). A batch variant translates two uploaded files.
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution, SIM_ACCOUNT } = require('./support/e2e');
const { apiClient, uploadFile } = require('../simulator/test-client');

const QUERY_PATH = '/v1/image_translate/single/task/query';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

function exampleWorkflow(patch = {}) {
	const workflow = withParameters(example('image-translate-submit-and-wait'), 'Get Image', {
		url: `${ctx.info.simUrl}/files/sample-product.png`,
	});
	return withParameters(workflow, 'Translate Image', { options: FAST_WAIT, ...patch });
}

async function run(workflow, suffix) {
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, suffix) });
	return ctx.api.runWorkflow(wf.id);
}

test('a binary image is translated into two languages, waiting for the result', async () => {
	const since = await ctx.sim.lastRequestId();
	const exec = await run(exampleWorkflow(), 'single');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const out = nodeOutput(exec, 'Translate Image');
	expect(out).toHaveLength(1);
	const { taskId, status, details } = out[0].json;
	expect(status).toBe('success');
	expect(details.map((d) => d.language)).toEqual(['de', 'fr']);
	expect(details.every((d) => d.finishedImageUrl.startsWith(`${ctx.info.simUrl}/files/`))).toBe(true);

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/image_translate/' });
	const submits = requests.filter((r) => r.path === '/v1/image_translate/single/task/submit');
	expect(submits).toHaveLength(1);
	const { fileId } = submits[0].body;
	expect(submits[0].body).toEqual({ fileId, languages: ['de', 'fr'] });
	expect(await ctx.sim.control('GET', `/uploads/${fileId}`)).toMatchObject({ uploaded: true, format: 'png' });
	expect(requests.filter((r) => r.path === QUERY_PATH).every((q) => q.query.taskId === taskId)).toBe(true);
});

test('batch: two uploaded images, one waited task each', async () => {
	const api = apiClient({ url: ctx.info.simUrl }, { uid: SIM_ACCOUNT.uid, apiKey: SIM_ACCOUNT.apiKey });
	const fileIds = [await uploadFile({ url: ctx.info.simUrl }, api, 'png'), await uploadFile({ url: ctx.info.simUrl }, api, 'jpg')];
	const since = await ctx.sim.lastRequestId();
	const exec = await run(exampleWorkflow({ mode: 'batch', fileIds: fileIds.join(', '), languages: ['ja'] }), 'batch');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const out = nodeOutput(exec, 'Translate Image');
	expect(out).toHaveLength(2);
	expect(out.map((item) => item.json.status)).toEqual(['success', 'success']);
	expect(out.map((item) => item.json.details[0].language)).toEqual(['ja', 'ja']);
	expect(out.every((item) => item.pairedItem.item === 0)).toBe(true);

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/image_translate/' });
	const submits = requests.filter((r) => r.path === '/v1/image_translate/batch/task/submit');
	expect(submits.map((r) => r.body)).toEqual([{ fileIds, languages: ['ja'] }]);
	const queried = new Set(requests.filter((r) => r.path === QUERY_PATH).map((q) => q.query.taskId));
	expect(queried).toEqual(new Set(out.map((item) => item.json.taskId)));
});
