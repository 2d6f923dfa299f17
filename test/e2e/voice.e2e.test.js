'use strict';
/*
 * Voice clone and text to speech in a real n8n: examples/voice-clone-and-text-to-speech.json uploads a
 * recording inline, waits for the cloned voice, then speaks a text with it (simulator).
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution } = require('./support/e2e');

const CLONE_SUBMIT = '/v1/voice/clone/task/submit';
const CLONE_QUERY = '/v1/voice/clone/task/query';
const TTS_SUBMIT = '/v1/voice/text2voice/task/submit';
const TTS_QUERY = '/v1/voice/text2voice/task/query';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

function voiceWorkflow(recordingUrl) {
	let workflow = example('voice-clone-and-text-to-speech');
	workflow = withParameters(workflow, 'Get Voice Recording', { url: recordingUrl });
	workflow = withParameters(workflow, 'Clone Voice', { options: FAST_WAIT });
	return withParameters(workflow, 'Speak with Cloned Voice', { options: FAST_WAIT });
}

test('Clone from a binary recording, then Text to Speech with the new voice (examples/voice-clone-and-text-to-speech.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = voiceWorkflow(`${ctx.info.simUrl}/files/my-voice.mp3`);
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'clone+tts') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const [cloned] = nodeOutput(exec, 'Clone Voice');
	expect(cloned.json.status).toBe('success');
	expect(cloned.json.voice).toMatchObject({ voiceId: expect.any(String), voiceName: 'My cloned voice' });
	const [spoken] = nodeOutput(exec, 'Speak with Cloned Voice');
	expect(spoken.json.status).toBe('success');
	expect(spoken.json.voice).toMatchObject({ voiceId: cloned.json.voice.voiceId, demoAudioUrl: expect.stringMatching(/\.mp3$/) });

	const requests = await ctx.sim.requests({ sinceId: since });
	const cloneSubmits = requests.filter((r) => r.path === CLONE_SUBMIT);
	expect(cloneSubmits).toHaveLength(1);
	const fileId = cloneSubmits[0].body.originVoiceFileId;
	expect(cloneSubmits[0].body).toEqual({ originVoiceFileId: fileId, name: 'My cloned voice' });
	expect(await ctx.sim.control('GET', `/uploads/${fileId}`)).toMatchObject({ uploaded: true, format: 'mp3' });
	expect(requests.filter((r) => r.path === CLONE_QUERY).every((q) => q.query.taskId === cloned.json.taskId)).toBe(true);
	const ttsSubmits = requests.filter((r) => r.path === TTS_SUBMIT);
	expect(ttsSubmits).toHaveLength(1);
	expect(ttsSubmits[0].body).toEqual({ voiceText: expect.stringContaining('cloned voice'), voiceId: cloned.json.voice.voiceId });
	expect(requests.filter((r) => r.path === TTS_QUERY).every((q) => q.query.taskId === spoken.json.taskId)).toBe(true);
});

test('an m4a recording is refused by Clone before anything is uploaded', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = voiceWorkflow(`${ctx.info.simUrl}/files/my-voice.m4a`);
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'm4a') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(exec.status).toBe('error');
	const error = exec.runData['Clone Voice'].at(-1).error;
	expect(error.message).toMatch(/is a \.m4a file, which Topview does not accept here/);
	const topviewCalls = (await ctx.sim.requests({ sinceId: since })).filter((r) => r.path.startsWith('/v1/'));
	expect(topviewCalls).toEqual([]);
});
