'use strict';
/*
 * Product Avatar in a real n8n: examples/product-avatar-replace-and-animate.json uploads a product photo
 * inline, replaces the product into a public avatar's hands (waiting), then animates the image (waiting,
 * video downloaded), against the simulator. The same workflow with API Version v1 uses the v1 paths;
 * examples/product-avatar-v1-without-watermark.json adds v1's Download Without Watermark.
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution } = require('./support/e2e');

const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };
const paths = {
	v1: {
		replace: ['/v1/product_avatar/task/image_replace/submit', '/v1/product_avatar/task/image_replace/query'],
		video: ['/v1/product_avatar/task/image2Video/submit', '/v1/product_avatar/task/image2Video/result'],
	},
	v2: {
		replace: ['/v2/product_avatar/task/image_replace/submit', '/v2/product_avatar/task/image_replace/query'],
		video: ['/v2/product_avatar/task/image2Video/submit', '/v2/product_avatar/task/image2Video/query'],
	},
};

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

async function runExample(version) {
	let workflow = example('product-avatar-replace-and-animate');
	workflow = withParameters(workflow, 'Get Product Photo', { url: `${ctx.info.simUrl}/files/sample-product.png` });
	workflow = withParameters(workflow, 'Replace Product Image', { version, options: FAST_WAIT });
	workflow = withParameters(workflow, 'Image to Video', { version, options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, version) });
	return ctx.api.runWorkflow(wf.id);
}

test.each(['v2', 'v1'])('Replace Product Image then Image to Video with API version %s', async (version) => {
	const since = await ctx.sim.lastRequestId();
	const exec = await runExample(version);
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
	const [replaceSubmit, replaceQuery] = paths[version].replace;
	const [videoSubmit, videoQuery] = paths[version].video;
	const submits = requests.filter((r) => r.path === replaceSubmit);
	expect(submits).toHaveLength(1);
	const productImageFileId = submits[0].body.productImageFileId;
	expect(submits[0].body).toEqual({
		productImageFileId,
		avatarId: '5001',
		imageEditPrompt: 'The presenter holds the product in the right hand, label facing the camera.',
	});
	expect(await ctx.sim.control('GET', `/uploads/${productImageFileId}`)).toMatchObject({ uploaded: true, format: 'png' });
	expect(requests.filter((r) => r.path === replaceQuery).every((q) => q.query.taskId === image.json.taskId)).toBe(true);

	const videoSubmits = requests.filter((r) => r.path === videoSubmit);
	expect(videoSubmits.map((r) => r.body)).toEqual([
		{
			replaceProductTaskImageId: image.json.replaceProductTaskImageId,
			scriptMode: 'text',
			ttsText: 'Meet our new serum: light, fast and made for every day.',
			voiceId: 'v1001',
		},
	]);
	const videoQueries = requests.filter((r) => r.path === videoQuery);
	expect(videoQueries.length).toBeGreaterThanOrEqual(1);
	expect(videoQueries.every((q) => q.query.taskId === video[0].json.taskId)).toBe(true);
	// nothing went to the other version's paths
	const other = version === 'v1' ? 'v2' : 'v1';
	expect(requests.filter((r) => r.path.startsWith(`/${other}/product_avatar/`))).toEqual([]);
});

test('v1: the finished video is fetched again without the watermark (examples/product-avatar-v1-without-watermark.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	let workflow = example('product-avatar-v1-without-watermark');
	workflow = withParameters(workflow, 'Get Product Photo', { url: `${ctx.info.simUrl}/files/sample-product.png` });
	for (const name of ['Replace Product Image', 'Image to Video', 'Download Without Watermark']) {
		workflow = withParameters(workflow, name, { options: FAST_WAIT });
	}
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'v1 watermark') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [video] = nodeOutput(exec, 'Image to Video');
	const clean = nodeOutput(exec, 'Download Without Watermark');
	expect(clean).toHaveLength(1);
	expect(clean[0].json).toMatchObject({ status: 'success', sourceTaskId: video.json.taskId });
	expect(clean[0].json.taskId).not.toBe(video.json.taskId);
	expect(clean[0].binary.video).toMatchObject({ mimeType: 'video/mp4', fileName: `${clean[0].json.taskId}.mp4` });

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v' });
	const base = '/v1/product_avatar/task/download_without_watermark';
	expect(requests.filter((r) => r.path === `${base}/submit`).map((r) => r.body)).toEqual([{ taskId: video.json.taskId }]);
	expect(requests.filter((r) => r.path === `${base}/query`).every((q) => q.query.taskId === clean[0].json.taskId)).toBe(true);
	expect(requests.filter((r) => r.path.startsWith('/v2/'))).toEqual([]);
});
