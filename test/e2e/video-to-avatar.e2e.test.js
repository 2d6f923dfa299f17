'use strict';
/*
 * Video to Avatar in a real n8n: examples/video-to-avatar-then-video-avatar.json uploads a video inline,
 * waits for the custom avatar, then submits a Video Avatar task with it (Avatar Source "Custom Avatar").
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution, SIM_ACCOUNT } = require('./support/e2e');

const SUBMIT_PATH = '/v1/common_task/video2aiAvatar/submit';
const QUERY_PATH = '/v1/common_task/video2aiAvatar/query';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

test('the avatar made from a video is accepted by Video Avatar as a custom avatar (examples/video-to-avatar-then-video-avatar.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	let workflow = example('video-to-avatar-then-video-avatar');
	workflow = withParameters(workflow, 'Get Presenter Video', { url: `${ctx.info.simUrl}/files/presenter.mp4` });
	workflow = withParameters(workflow, 'Create Custom Avatar', { options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'chain') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [avatarTask] = nodeOutput(exec, 'Create Custom Avatar');
	expect(avatarTask.json.status).toBe('success');
	const { aiavatarId } = avatarTask.json.aiAvatar;
	expect(typeof aiavatarId).toBe('string');
	const accounts = await ctx.sim.accounts();
	expect(accounts.find((a) => a.uid === SIM_ACCOUNT.uid).customAvatarIds).toContain(aiavatarId);

	const [videoTask] = nodeOutput(exec, 'Submit Video Avatar Task');
	expect(videoTask.json.taskId).toMatch(/^[0-9a-f]{32}$/);

	const requests = await ctx.sim.requests({ sinceId: since });
	const submits = requests.filter((r) => r.path === SUBMIT_PATH);
	expect(submits).toHaveLength(1);
	const fileId = submits[0].body.videoFileId;
	expect(submits[0].body).toEqual({ videoFileId: fileId });
	expect(await ctx.sim.control('GET', `/uploads/${fileId}`)).toMatchObject({ uploaded: true, format: 'mp4' });
	expect(requests.filter((r) => r.path === QUERY_PATH).every((q) => q.query.taskId === avatarTask.json.taskId)).toBe(true);
	const [videoAvatarSubmit] = requests.filter((r) => r.path === '/v1/video_avatar/task/submit');
	expect(videoAvatarSubmit.body).toMatchObject({ avatarSourceFrom: 2, aiAvatarId: aiavatarId, audioSourceFrom: 1, voiceoverId: 'v1001' });
	expect(videoAvatarSubmit.response).toMatchObject({ httpStatus: 200, code: '200' });
});
