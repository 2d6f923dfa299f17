'use strict';
/*
 * Media in and out in a real n8n: a file from the previous node goes into Video Avatar Submit,
 * is uploaded through Topview's three steps, and the finished video comes back as an n8n binary.
 */
const { connect, example, withParameters, nameFor, nodeOutput } = require('./support/e2e');

const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

test('file in the previous node → Submit with wait → video as binary (examples/video-avatar-binary-in-binary-out.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	let workflow = example('video-avatar-binary-in-binary-out');
	workflow = withParameters(workflow, 'Download Presenter Video', { url: `${ctx.info.simUrl}/files/presenter.mp4` });
	workflow = withParameters(workflow, 'Render Avatar Video', { options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'media') });

	const exec = await ctx.api.runWorkflow(wf.id);
	expect(exec.status).toBe('success');

	const [item] = nodeOutput(exec, 'Render Avatar Video');
	expect(item.json.status).toBe('success');
	expect(item.json.outputVideoUrl).toMatch(new RegExp(`^${ctx.info.simUrl}/files/`));
	expect(item.binary.video).toMatchObject({ fileName: `${item.json.taskId}.mp4`, mimeType: 'video/mp4' });

	const requests = await ctx.sim.requests({ sinceId: since });
	const topview = requests.filter((r) => r.path.startsWith('/v1/'));
	expect(topview.map((r) => `${r.method} ${r.path}`).slice(0, 3)).toEqual([
		'GET /v1/upload/credential',
		'GET /v1/upload/check',
		'POST /v1/video_avatar/task/submit',
	]);
	const credential = topview[0];
	expect(credential.query).toEqual({ format: 'mp4' });
	const put = requests.find((r) => r.method === 'PUT' && r.path.startsWith('/__upload/'));
	expect(put).toBeDefined();
	expect(put.headers).not.toHaveProperty('authorization');
	expect(put.headers).not.toHaveProperty('topview-uid');
	const upload = (await ctx.sim.control('GET', '/uploads')).find((u) => put.path.includes(u.fileId));
	const presenter = requests.find((r) => r.method === 'GET' && r.path === '/files/presenter.mp4');
	expect(presenter).toBeDefined();
	expect(upload.size).toBeGreaterThan(0);
	const submit = topview.find((r) => r.path === '/v1/video_avatar/task/submit');
	expect(submit.body).toEqual({
		avatarSourceFrom: 0,
		videoFileId: upload.fileId,
		audioSourceFrom: 1,
		ttsText: 'This presenter was uploaded straight from the previous node.',
		voiceoverId: 'v1001',
	});
	expect(requests.filter((r) => r.path === '/v1/video_avatar/task/submit')).toHaveLength(1);
});
