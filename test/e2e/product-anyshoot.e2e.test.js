'use strict';
/*
 * Product AnyShoot in a real n8n: examples/product-anyshoot-replace-product-image.json downloads a product
 * photo and a template mask, uploads both inline and shoots the product in template 7001 with mode
 * "standard", waiting on /v1/product_anyShoot/task/result and downloading the image (simulator). Also Get
 * Templates with the documented style filter, and a v2 Product Model submit whose body comes from
 * Additional Body Fields.
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution } = require('./support/e2e');

const SUBMIT_PATH = '/v1/product_anyShoot/task/submit';
const QUERY_PATH = '/v1/product_anyShoot/task/result';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

async function run(workflow, suffix) {
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, suffix) });
	return ctx.api.runWorkflow(wf.id);
}

function exampleWorkflow(patch = {}) {
	let workflow = withParameters(example('product-anyshoot-replace-product-image'), 'Get Product Photo', {
		url: `${ctx.info.simUrl}/files/sample-product.png`,
	});
	workflow = withParameters(workflow, 'Get Template Mask', { url: `${ctx.info.simUrl}/files/sample-template-mask.png` });
	return withParameters(workflow, 'Replace Product Image', { options: FAST_WAIT, ...patch });
}

test('Replace Product Image with a binary product photo and template mask, waiting and downloading the result', async () => {
	const since = await ctx.sim.lastRequestId();
	const exec = await run(exampleWorkflow(), 'replace');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const out = nodeOutput(exec, 'Replace Product Image');
	expect(out).toHaveLength(1);
	expect(out[0].json).toEqual({
		taskId: expect.stringMatching(/^[0-9a-f]{32}$/),
		status: 'success',
		errorMsg: null,
		finishedImageUrl: expect.stringMatching(new RegExp(`^${ctx.info.simUrl}/files/.+\\.png$`)),
		costCredit: expect.any(Number),
	});
	// The family's result paths include a list (productReplaceResult[].url), so files are numbered even when one.
	expect(Object.keys(out[0].binary)).toEqual(['shot_0']);
	expect(out[0].binary.shot_0).toMatchObject({ mimeType: 'image/png', fileName: `${out[0].json.taskId}_0.png` });

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/product_anyShoot/' });
	const submits = requests.filter((r) => r.path === SUBMIT_PATH);
	expect(submits).toHaveLength(1);
	const { productImageFileId, templateMaskFileId } = submits[0].body;
	expect(submits[0].body).toEqual({ productImageFileId, templateId: '7001', templateMaskFileId, mode: 'standard' });
	expect(templateMaskFileId).not.toBe(productImageFileId);
	for (const fileId of [productImageFileId, templateMaskFileId]) {
		expect(await ctx.sim.control('GET', `/uploads/${fileId}`)).toMatchObject({ uploaded: true, format: 'png' });
	}
	const queries = requests.filter((r) => r.path === QUERY_PATH);
	expect(queries.length).toBeGreaterThanOrEqual(1);
	expect(queries.every((q) => q.query.taskId === out[0].json.taskId)).toBe(true);
	expect(requests.filter((r) => ![SUBMIT_PATH, QUERY_PATH].includes(r.path))).toEqual([]);
});

test('Get Templates sends the style filter and lists only templates of that style', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = exampleWorkflow({ operation: 'getTemplates', returnAll: true, filters: { style: 'Pro', categoryIds: '101' } });
	const exec = await run(workflow, 'templates');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const out = nodeOutput(exec, 'Replace Product Image');
	expect(out.length).toBeGreaterThan(0);
	expect(out.every((item) => item.json.style === 'Pro' && item.json.categoryId === '101')).toBe(true);
	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/product_anyShoot/' });
	expect(requests.map((r) => [r.path, r.query.style, r.query.categoryIds])).toEqual([['/v1/product_anyShoot/template/list', 'Pro', '101']]);
});

test('Product Model (v2) sends the Additional Body Fields and waits on its own query path', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = exampleWorkflow({
		operation: 'productModel',
		additionalFields: { additionalBodyFields: '{"style": "studio", "prompt": "on a marble table"}' },
		options: { ...FAST_WAIT, downloadResult: false },
	});
	const exec = await run(workflow, 'product-model');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const out = nodeOutput(exec, 'Replace Product Image');
	expect(out[0].json).toMatchObject({ status: 'success' });

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v2/product_anyShoot/' });
	const submits = requests.filter((r) => r.path === '/v2/product_anyShoot/task/product_model/submit');
	expect(submits.map((r) => r.body)).toEqual([{ style: 'studio', prompt: 'on a marble table' }]);
	const queries = requests.filter((r) => r.path === '/v2/product_anyShoot/task/product_model/query');
	expect(queries.every((q) => q.query.taskId === out[0].json.taskId)).toBe(true);
});
