'use strict';
/*
 * Image Translate in a real n8n (https://docs.topview.ai/reference/image-translate-api-usage), against the
 * simulator: examples/image-translate-submit-and-wait.json uploads an image inline, waits for the translate
 * task, submits its ID to generate and waits for the German and French images. A batch variant translates
 * two uploaded files in one generate task, output as one item per source image.
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution, SIM_ACCOUNT } = require('./support/e2e');
const { apiClient, uploadFile } = require('../simulator/test-client');

const TRANSLATE_SUBMIT = '/v1/image_translate/single/task/submit';
const TRANSLATE_QUERY = '/v1/image_translate/single/task/query';
const GENERATE_SUBMIT = '/v1/image_generate/single/task/submit';
const GENERATE_QUERY = '/v1/image_generate/task/query';
const BATCH_SUBMIT = '/v1/image_translate/batch/task/submit';
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

const requestsSince = (since) => ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/image_' });

test('a binary image is translated, then its images generated in German and French', async () => {
	const since = await ctx.sim.lastRequestId();
	const exec = await run(exampleWorkflow(), 'single');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const requests = await requestsSince(since);
	const translateSubmits = requests.filter((r) => r.path === TRANSLATE_SUBMIT);
	expect(translateSubmits).toHaveLength(1);
	const { fileId } = translateSubmits[0].body;
	expect(translateSubmits[0].body).toEqual({ fileId, languages: ['German', 'French'] });
	expect(await ctx.sim.control('GET', `/uploads/${fileId}`)).toMatchObject({ uploaded: true, format: 'png' });

	const out = nodeOutput(exec, 'Translate Image');
	expect(out).toHaveLength(1);
	const { taskId, imageTranslateTaskId } = out[0].json;
	expect(taskId).not.toBe(imageTranslateTaskId);
	expect(out[0].json).toEqual({
		taskId,
		status: 'success',
		errorMsg: null,
		details: [
			{ fileId, language: 'German', finishedImageUrl: expect.stringMatching(new RegExp(`^${ctx.info.simUrl}/files/`)) },
			{ fileId, language: 'French', finishedImageUrl: expect.stringMatching(new RegExp(`^${ctx.info.simUrl}/files/`)) },
		],
		costCredit: 4,
		imageTranslateTaskId,
	});

	// translate → (finished) → generate with the translate task's ID → images
	expect(requests.filter((r) => r.path === TRANSLATE_QUERY).every((q) => q.query.taskId === imageTranslateTaskId)).toBe(true);
	expect(requests.filter((r) => r.path === GENERATE_SUBMIT).map((r) => r.body)).toEqual([{ taskId: imageTranslateTaskId }]);
	const generateQueries = requests.filter((r) => r.path === GENERATE_QUERY);
	expect(generateQueries.length).toBeGreaterThanOrEqual(1);
	expect(generateQueries.every((q) => q.query.taskId === taskId)).toBe(true);
	const order = requests.map((r) => r.path);
	expect(order.lastIndexOf(TRANSLATE_QUERY)).toBeLessThan(order.indexOf(GENERATE_SUBMIT));
	expect(requests.filter((r) => r.path === BATCH_SUBMIT)).toEqual([]);
});

test('batch: two uploaded images in one generate task, output as one item per source image', async () => {
	const api = apiClient({ url: ctx.info.simUrl }, { uid: SIM_ACCOUNT.uid, apiKey: SIM_ACCOUNT.apiKey });
	const fileIds = [await uploadFile({ url: ctx.info.simUrl }, api, 'png'), await uploadFile({ url: ctx.info.simUrl }, api, 'jpg')];
	const since = await ctx.sim.lastRequestId();
	const exec = await run(exampleWorkflow({ mode: 'batch', fileIds: fileIds.join(', '), languages: ['Japanese'] }), 'batch');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const requests = await requestsSince(since);
	expect(requests.filter((r) => r.path === BATCH_SUBMIT).map((r) => r.body)).toEqual([{ fileIds, languages: ['Japanese'] }]);

	const out = nodeOutput(exec, 'Translate Image');
	expect(out).toHaveLength(2);
	const [taskId] = new Set(out.map((item) => item.json.taskId));
	expect(out.map((item) => item.json)).toEqual(
		fileIds.map((fileId) => ({
			taskId,
			status: 'success',
			errorMsg: null,
			fileId,
			details: [{ fileId, language: 'Japanese', finishedImageUrl: expect.any(String) }],
			costCredit: 4,
		})),
	);
	expect(out.every((item) => item.pairedItem.item === 0)).toBe(true);

	const generateQueries = requests.filter((r) => r.path === GENERATE_QUERY);
	expect(generateQueries.length).toBeGreaterThanOrEqual(1);
	expect(generateQueries.every((q) => q.query.taskId === taskId)).toBe(true);
	expect(requests.filter((r) => [TRANSLATE_SUBMIT, TRANSLATE_QUERY, GENERATE_SUBMIT].includes(r.path))).toEqual([]);
});
