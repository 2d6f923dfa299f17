'use strict';
/*
 * AI Image in a real n8n: examples/text-to-image-submit-and-wait.json generates two images with Nano
 * Banana 2, waits and downloads both (simulator).
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution, SIM_ACCOUNT } = require('./support/e2e');

const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

test('Text to Image with Wait and Download Result (examples/text-to-image-submit-and-wait.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = withParameters(example('text-to-image-submit-and-wait'), 'Generate Images', { options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'wait') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [item] = nodeOutput(exec, 'Generate Images');
	expect(item.json.status).toBe('success');
	expect(item.json.images).toHaveLength(2);
	expect(Object.keys(item.binary).sort()).toEqual(['image_0', 'image_1']);
	expect(item.binary.image_1.fileName).toBe(`${item.json.taskId}_1.png`);

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/common_task/text2image/' });
	const submits = requests.filter((r) => r.method === 'POST');
	expect(submits).toHaveLength(1);
	expect(submits[0].uid).toBe(SIM_ACCOUNT.uid);
	expect(submits[0].body).toEqual({
		model: 'Nano Banana 2',
		prompt: 'A clean launch poster for a trail running shoe, crisp readable text',
		aspectRatio: '4:5',
		resolution: '2K',
		generateCount: 2,
	});
	expect(requests.filter((r) => r.method === 'GET').every((q) => q.query.taskId === item.json.taskId)).toBe(true);
});

test('Image Edit with a binary input image (examples/image-edit-submit-and-wait.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	let workflow = withParameters(example('image-edit-submit-and-wait'), 'Get Product Photo', { url: `${ctx.info.simUrl}/files/sample-product.png` });
	workflow = withParameters(workflow, 'Edit Image', { options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'edit') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [item] = nodeOutput(exec, 'Edit Image');
	expect(item.json.status).toBe('success');
	expect(Object.keys(item.binary)).toEqual(['edited_0']);

	const requests = await ctx.sim.requests({ sinceId: since });
	const check = requests.find((r) => r.path === '/v1/upload/check');
	const submits = requests.filter((r) => r.path === '/v1/common_task/image_edit/task/submit');
	expect(submits).toHaveLength(1);
	expect(submits[0].body).toEqual({
		model: 'Seedream 4.5',
		prompt: 'Place the product on a snowy mountain ledge at sunrise, keep its shape and colours',
		inputImageFileIds: [check.query.fileId],
		aspectRatio: 'auto',
		resolution: '2K',
		generateCount: 1,
	});
});
