'use strict';
/*
 * Video Generation in a real n8n: examples/text-to-video-submit-and-wait.json generates two videos with
 * Seedance 1.5 Pro after checking the estimated cost, waits, and downloads both (simulator); a model
 * limit violated fails the item with no request.
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution, SIM_ACCOUNT } = require('./support/e2e');

const SUBMIT_PATH = '/v1/common_task/text2video/task/submit';
const QUERY_PATH = '/v1/common_task/text2video/task/query';
const NODE = 'Generate Video from Text';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

test('Text to Video with Check Cost First, Wait and Download Result (examples/text-to-video-submit-and-wait.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = withParameters(example('text-to-video-submit-and-wait'), NODE, { options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'wait') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [item] = nodeOutput(exec, NODE);
	expect(item.json.status).toBe('success');
	expect(item.json.videos).toHaveLength(2);
	expect(Object.keys(item.binary).sort()).toEqual(['data_0', 'data_1']);
	expect(item.binary.data_0).toMatchObject({ mimeType: 'video/mp4', fileName: `${item.json.taskId}_0.mp4` });

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/common_task/text2video/' });
	const submits = requests.filter((r) => r.path === SUBMIT_PATH);
	expect(submits).toHaveLength(1);
	expect(submits[0].uid).toBe(SIM_ACCOUNT.uid);
	expect(submits[0].body).toEqual({
		model: 'Seedance 1.5 Pro',
		prompt: 'A futuristic city at night with neon lights reflecting on wet streets',
		aspectRatio: '16:9',
		resolution: 720,
		duration: 5,
		sound: 'on',
		generatingCount: 2,
	});
	const queries = requests.filter((r) => r.path === QUERY_PATH);
	expect(queries.length).toBeGreaterThanOrEqual(1);
	expect(queries.every((q) => q.query.taskId === item.json.taskId)).toBe(true);
});

test('a resolution the model does not take fails the run before any request', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = withParameters(example('text-to-video-submit-and-wait'), NODE, {
		additionalFields: { resolution: 2160 },
		options: FAST_WAIT,
	});
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'limits') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(exec.status).toBe('error');
	expect(describeExecution(exec)).toMatch(/Seedance 1\.5 Pro supports resolutions 720, 1080, not 2160/);
	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/common_task/' });
	expect(requests).toHaveLength(0);
});

test('Omni Reference with a binary input image named in the prompt (examples/omni-reference-submit-and-wait.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	let workflow = withParameters(example('omni-reference-submit-and-wait'), 'Get Product Photo', { url: `${ctx.info.simUrl}/files/sample-product.png` });
	workflow = withParameters(workflow, 'Generate from References', { options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'omni') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [item] = nodeOutput(exec, 'Generate from References');
	expect(item.json.status).toBe('success');
	expect(Object.keys(item.binary)).toEqual(['video_0']);

	const requests = await ctx.sim.requests({ sinceId: since });
	const upload = requests.find((r) => r.path === '/v1/upload/credential');
	expect(upload.query.format).toBe('png');
	const check = requests.find((r) => r.path === '/v1/upload/check');
	const submits = requests.filter((r) => r.path === '/v1/common_task/omni_reference/task/submit');
	expect(submits).toHaveLength(1);
	expect(submits[0].body).toEqual({
		model: 'Standard',
		prompt: 'A 10 second UGC clip: a creator unboxes <<<Image1>>> on a kitchen table and smiles at the camera',
		inputImages: [{ name: 'Image1', fileId: check.query.fileId }],
		aspectRatio: '9:16',
		resolution: 720,
		duration: 10,
	});
});

test('Image to Video from a binary first frame with a first/end-frame model, both videos downloaded', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = withParameters(example('omni-reference-submit-and-wait'), 'Get Product Photo', { url: `${ctx.info.simUrl}/files/sample-product.png` });
	workflow.name = 'Topview: animate a product photo with Kling V3 (Video Generation → Image to Video)';
	const node = workflow.nodes.find((n) => n.name === 'Generate from References');
	node.parameters = {
		resource: 'videoGeneration',
		operation: 'imageToVideo',
		model: { __rl: true, mode: 'list', value: 'Kling V3' },
		firstFrameFileInput: 'binary',
		firstFrameBinaryPropertyName: 'data',
		prompt: 'The product turns slowly on a clean white table',
		additionalFields: { resolution: 720, duration: 5, generatingCount: 2 },
		waitForCompletion: true,
		options: { ...FAST_WAIT, downloadResult: true },
	};
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'i2v') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [item] = nodeOutput(exec, 'Generate from References');
	expect(item.json.status).toBe('success');
	expect(Object.keys(item.binary).sort()).toEqual(['data_0', 'data_1']);
	const requests = await ctx.sim.requests({ sinceId: since });
	const check = requests.find((r) => r.path === '/v1/upload/check');
	const submits = requests.filter((r) => r.path === '/v2/common_task/image2video/task/submit');
	expect(submits).toHaveLength(1);
	expect(submits[0].body).toEqual({
		model: 'Kling V3',
		firstFrameFileId: check.query.fileId,
		prompt: 'The product turns slowly on a clean white table',
		resolution: 720,
		duration: 5,
		generatingCount: 2,
	});
});
