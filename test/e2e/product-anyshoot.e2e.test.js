'use strict';
/*
 * Product AnyShoot in a real n8n: examples/product-anyshoot-replace-product-image.json uploads a product
 * photo inline and shoots it in template 7001, waiting and downloading the image (simulator; the task
 * paths are the simulator's and families.ts' assumption). Also a v2 Product Model submit whose body comes
 * from Additional Body Fields.
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution } = require('./support/e2e');

const SUBMIT_PATH = '/v1/product_anyShoot/task/replace_product_image/submit';
const QUERY_PATH = '/v1/product_anyShoot/task/replace_product_image/query';
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
	const workflow = withParameters(example('product-anyshoot-replace-product-image'), 'Get Product Photo', {
		url: `${ctx.info.simUrl}/files/sample-product.png`,
	});
	return withParameters(workflow, 'Replace Product Image', { options: FAST_WAIT, ...patch });
}

test('Replace Product Image with a binary product photo, waiting and downloading the result', async () => {
	const since = await ctx.sim.lastRequestId();
	const exec = await run(exampleWorkflow(), 'replace');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const out = nodeOutput(exec, 'Replace Product Image');
	expect(out).toHaveLength(1);
	expect(out[0].json.status).toBe('success');
	expect(out[0].json.finishedImageUrl).toMatch(new RegExp(`^${ctx.info.simUrl}/files/.+\\.png$`));
	expect(out[0].binary.shot).toMatchObject({ mimeType: 'image/png', fileName: `${out[0].json.taskId}.png` });

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/product_anyShoot/' });
	const submits = requests.filter((r) => r.path === SUBMIT_PATH);
	expect(submits).toHaveLength(1);
	const { productImageFileId } = submits[0].body;
	expect(submits[0].body).toEqual({ productImageFileId, templateId: '7001' });
	expect(await ctx.sim.control('GET', `/uploads/${productImageFileId}`)).toMatchObject({ uploaded: true, format: 'png' });
	const queries = requests.filter((r) => r.path === QUERY_PATH);
	expect(queries.length).toBeGreaterThanOrEqual(1);
	expect(queries.every((q) => q.query.taskId === out[0].json.taskId)).toBe(true);
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
