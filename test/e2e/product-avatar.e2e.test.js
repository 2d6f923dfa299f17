'use strict';
/*
 * Product Avatar in a real n8n, against the simulator:
 * - examples/product-avatar-replace-and-animate.json (v2) uploads a product photo inline, replaces the
 *   product into a public avatar's hands (waiting), then animates the image with a caption style (waiting,
 *   video downloaded);
 * - examples/product-avatar-v1-without-watermark.json (v1) replaces the product (waiting on
 *   …/image_replace/result, which answers taskStatus and productReplaceResult[]), then fetches the images
 *   without the watermark and animates the first one by its result key.
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution } = require('./support/e2e');

const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };
const PROMPT = 'The presenter holds the product in the right hand, label facing the camera.';

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

async function runWorkflow(workflow, suffix) {
	workflow = withParameters(workflow, 'Get Product Photo', { url: `${ctx.info.simUrl}/files/sample-product.png` });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, suffix) });
	return ctx.api.runWorkflow(wf.id);
}

test('v2: Replace Product Image then Image to Video with a caption style', async () => {
	const since = await ctx.sim.lastRequestId();
	let workflow = example('product-avatar-replace-and-animate');
	workflow = withParameters(workflow, 'Replace Product Image', { options: FAST_WAIT });
	workflow = withParameters(workflow, 'Image to Video', { options: FAST_WAIT });
	const exec = await runWorkflow(workflow, 'v2');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [image] = nodeOutput(exec, 'Replace Product Image');
	expect(image.json).toMatchObject({ status: 'success', replaceProductTaskImageId: `${image.json.taskId}-img-0` });
	expect(image.json.finishedImageUrl).toMatch(new RegExp(`^${ctx.info.simUrl}/files/`));

	const video = nodeOutput(exec, 'Image to Video');
	expect(video).toHaveLength(1);
	expect(video[0].json.status).toBe('success');
	expect(video[0].json.finishedVideoUrl).toMatch(/\.mp4$/);
	expect(video[0].binary.video).toMatchObject({ mimeType: 'video/mp4', fileName: `${video[0].json.taskId}.mp4` });

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v' });
	const submits = requests.filter((r) => r.path === '/v2/product_avatar/task/image_replace/submit');
	expect(submits).toHaveLength(1);
	const productImageFileId = submits[0].body.productImageFileId;
	expect(submits[0].body).toEqual({ productImageFileId, avatarId: '5001', imageEditPrompt: PROMPT });
	expect(await ctx.sim.control('GET', `/uploads/${productImageFileId}`)).toMatchObject({ uploaded: true, format: 'png' });
	const replaceQueries = requests.filter((r) => r.path === '/v2/product_avatar/task/image_replace/query');
	expect(replaceQueries.every((q) => q.query.taskId === image.json.taskId)).toBe(true);

	const videoSubmits = requests.filter((r) => r.path === '/v2/product_avatar/task/image2Video/submit');
	expect(videoSubmits.map((r) => r.body)).toEqual([
		{
			replaceProductTaskImageId: image.json.replaceProductTaskImageId,
			scriptMode: 'text',
			ttsText: 'Meet our new serum: light, fast and made for every day.',
			voiceId: 'v1001',
			captionId: '2',
		},
	]);
	const videoQueries = requests.filter((r) => r.path === '/v2/product_avatar/task/image2Video/query');
	expect(videoQueries.length).toBeGreaterThanOrEqual(1);
	expect(videoQueries.every((q) => q.query.taskId === video[0].json.taskId)).toBe(true);
	expect(requests.filter((r) => r.path.startsWith('/v1/product_avatar/'))).toEqual([]);
});

test('v1: replace, then the images without the watermark and a video of the first image (examples/product-avatar-v1-without-watermark.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	let workflow = example('product-avatar-v1-without-watermark');
	for (const name of ['Replace Product Image', 'Image to Video']) workflow = withParameters(workflow, name, { options: FAST_WAIT });
	const exec = await runWorkflow(workflow, 'v1');
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	// https://docs.topview.ai/reference/get_new-endpoint-9
	const [image] = nodeOutput(exec, 'Replace Product Image');
	expect(image.json).toEqual({
		taskId: expect.stringMatching(/^[0-9a-f]{32}$/),
		taskStatus: 'success',
		productReplaceResult: [
			{ key: expect.any(String), url: expect.stringMatching(new RegExp(`^${ctx.info.simUrl}/files/`)), faceExistence: true },
			{ key: expect.any(String), url: expect.stringMatching(new RegExp(`^${ctx.info.simUrl}/files/`)), faceExistence: false },
		],
	});
	const [first, second] = image.json.productReplaceResult;

	const clean = nodeOutput(exec, 'Download Without Watermark');
	expect(clean).toHaveLength(1);
	expect(clean[0].json).toEqual({
		taskId: image.json.taskId,
		productReplaceResult: [
			{ key: first.key, url: expect.any(String) },
			{ key: second.key, url: expect.any(String) },
		],
	});
	expect(clean[0].json.productReplaceResult.map((img) => img.url)).not.toContain(first.url);
	expect(Object.keys(clean[0].binary)).toEqual(['image_0', 'image_1']);
	expect(clean[0].binary.image_1).toMatchObject({ mimeType: 'image/png', fileName: `${image.json.taskId}_1.png` });

	const video = nodeOutput(exec, 'Image to Video');
	expect(video).toHaveLength(1);
	expect(video[0].json).toMatchObject({ status: 'success', finishedVideoUrl: expect.stringMatching(/\.mp4$/) });
	expect(video[0].binary.video).toMatchObject({ mimeType: 'video/mp4', fileName: `${video[0].json.taskId}.mp4` });

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v' });
	const submits = requests.filter((r) => r.path === '/v1/product_avatar/task/image_replace/submit');
	expect(submits).toHaveLength(1);
	const productImageFileId = submits[0].body.productImageFileId;
	expect(submits[0].body).toEqual({ productImageFileId, avatarId: '5001', imageEditPrompt: PROMPT });
	const replaceQueries = requests.filter((r) => r.path === '/v1/product_avatar/task/image_replace/result');
	expect(replaceQueries.length).toBeGreaterThanOrEqual(1);
	expect(replaceQueries.every((q) => q.query.taskId === image.json.taskId)).toBe(true);

	const downloads = requests.filter((r) => r.path === '/v1/product_avatar/task/image_replace/download_without_watermark');
	expect(downloads.map((r) => [r.method, r.query])).toEqual([['GET', { taskId: image.json.taskId }]]);

	const videoSubmits = requests.filter((r) => r.path === '/v1/product_avatar/task/image2Video/submit');
	expect(videoSubmits.map((r) => r.body)).toEqual([
		{ productReplaceResultKey: first.key, mode: 'lite', image2videoPrompt: 'The presenter smiles and lifts the product towards the camera.' },
	]);
	const videoQueries = requests.filter((r) => r.path === '/v1/product_avatar/task/image2Video/result');
	expect(videoQueries.length).toBeGreaterThanOrEqual(1);
	expect(videoQueries.every((q) => q.query.taskId === video[0].json.taskId)).toBe(true);
	expect(requests.filter((r) => r.path.startsWith('/v2/'))).toEqual([]);
});
