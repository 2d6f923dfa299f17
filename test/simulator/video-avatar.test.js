'use strict';

const { startSimulator } = require('./index');
const { apiClient, uploadFile } = require('./test-client');

const SUBMIT = '/v1/video_avatar/task/submit';
const QUERY = '/v1/video_avatar/task/query';
const PUBLIC_ID = '3327';

let sim;
let api;
let customId;

beforeAll(async () => {
	sim = await startSimulator({
		port: 0,
		accounts: [
			{ uid: 'sim-uid', apiKey: 'sim-key' },
			{ uid: 'other-uid', apiKey: 'other-key' },
		],
	});
	api = apiClient(sim);
});
afterAll(() => sim.close());
beforeEach(async () => {
	sim.control.reset();
	const custom = await api.get('/v1/aiavatar/query', { isCustom: true });
	customId = custom.result.data[0].aiavatarId;
});

const tts = (extra = {}) => ({ avatarSourceFrom: 1, aiAvatarId: PUBLIC_ID, audioSourceFrom: 1, ttsText: 'Hello there', ...extra });

describe('Video Avatar submit validation (§4.2, §11.4)', () => {
	test('public avatar + TTS without voiceoverId is accepted (uses voiceoverIdDefault)', async () => {
		const r = await api.post(SUBMIT, tts());
		expect(r.code).toBe('200');
		expect(r.result).toMatchObject({ taskId: expect.stringMatching(/^[0-9a-f]{32}$/), status: 'init', errorMsg: null });
		const [task] = sim.control.listTasks();
		const avatar = sim.sim.catalog.avatars.find((a) => a.aiavatarId === PUBLIC_ID);
		expect(task.input.voiceoverId).toBe(avatar.voiceoverIdDefault);
	});

	test('enums as strings are accepted; unknown fields and captionId are ignored', async () => {
		const r = await api.post(SUBMIT, tts({ avatarSourceFrom: '1', audioSourceFrom: '1', modeType: '0', captionId: 'nope', whatever: 42 }));
		expect(r.code).toBe('200');
	});

	test.each([
		['avatarSourceFrom missing', { avatarSourceFrom: undefined }],
		['avatarSourceFrom empty string', { avatarSourceFrom: '' }],
		['audioSourceFrom missing', { audioSourceFrom: undefined }],
		['aiAvatarId missing (source 1)', { aiAvatarId: undefined }],
		['aiAvatarId empty (source 2)', { avatarSourceFrom: 2, aiAvatarId: '' }],
		['videoFileId missing (source 0)', { avatarSourceFrom: 0 }],
		['imageFileId missing (source 3)', { avatarSourceFrom: 3, modeType: '1' }],
		['ttsText missing', { ttsText: undefined }],
		['ttsText blank', { ttsText: '   ' }],
		['audioFileId missing (audio 0)', { audioSourceFrom: 0 }],
	])('%s → 4003', async (_n, patch) => {
		const r = await api.post(SUBMIT, tts(patch));
		expect(r.code).toBe('4003');
		expect(r.result).toBeNull();
		expect(sim.control.listTasks()).toHaveLength(0);
	});

	test('voiceoverId is required for TTS with a custom avatar → 4003', async () => {
		const r = await api.post(SUBMIT, tts({ avatarSourceFrom: 2, aiAvatarId: customId }));
		expect(r.code).toBe('4003');
		expect(r.message).toMatch(/voiceoverId/);
	});

	test('voiceoverId is required for TTS with an uploaded video → 4003', async () => {
		const fileId = await uploadFile(sim, api, 'mp4');
		expect((await api.post(SUBMIT, tts({ avatarSourceFrom: 0, videoFileId: fileId, aiAvatarId: undefined }))).code).toBe('4003');
	});

	test.each([
		['avatarSourceFrom 4', { avatarSourceFrom: 4 }],
		['avatarSourceFrom -1', { avatarSourceFrom: -1 }],
		['avatarSourceFrom "abc"', { avatarSourceFrom: 'abc' }],
		['audioSourceFrom 2', { audioSourceFrom: 2 }],
		['voiceSpeed 0.7', { voiceSpeed: 0.7 }],
		['voiceSpeed 1.3', { voiceSpeed: 1.3 }],
		['voiceSpeed "fast"', { voiceSpeed: 'fast' }],
		['modeType "2"', { modeType: '2' }],
	])('%s → 4000', async (_n, patch) => {
		const r = await api.post(SUBMIT, tts(patch));
		expect(r.code).toBe('4000');
		expect(sim.control.listTasks()).toHaveLength(0);
	});

	test('voiceSpeed at the bounds 0.8 and "1.2" is accepted', async () => {
		expect((await api.post(SUBMIT, tts({ voiceSpeed: 0.8 }))).code).toBe('200');
		expect((await api.post(SUBMIT, tts({ voiceSpeed: '1.2' }))).code).toBe('200');
	});

	test('photo (source 3) without modeType "1" → 4000; with modeType "1" or 1 → 200', async () => {
		const img = await uploadFile(sim, api, 'png');
		const photo = (m) => tts({ avatarSourceFrom: 3, imageFileId: img, aiAvatarId: undefined, voiceoverId: 'v1001', modeType: m });
		expect((await api.post(SUBMIT, photo(undefined))).code).toBe('4000');
		expect((await api.post(SUBMIT, photo('0'))).code).toBe('4000');
		expect((await api.post(SUBMIT, photo('1'))).code).toBe('200');
		expect((await api.post(SUBMIT, photo(1))).code).toBe('200');
	});

	test('aiAvatarId from the wrong pool → 4000 (public with source 2, custom with source 1)', async () => {
		expect((await api.post(SUBMIT, tts({ avatarSourceFrom: 2, aiAvatarId: PUBLIC_ID, voiceoverId: 'v1001' }))).code).toBe('4000');
		expect((await api.post(SUBMIT, tts({ avatarSourceFrom: 1, aiAvatarId: customId }))).code).toBe('4000');
	});

	test('custom avatar with source 2 and a voice → 200', async () => {
		expect((await api.post(SUBMIT, tts({ avatarSourceFrom: 2, aiAvatarId: customId, voiceoverId: 'v1001', voiceSpeed: 1.1 }))).code).toBe('200');
	});

	test('unknown aiAvatarId, unknown voiceoverId → 4004', async () => {
		expect((await api.post(SUBMIT, tts({ aiAvatarId: '999999999' }))).code).toBe('4004');
		expect((await api.post(SUBMIT, tts({ voiceoverId: 'no-such-voice' }))).code).toBe('4004');
	});

	test("another account's custom avatar is unknown → 4004", async () => {
		const other = apiClient(sim, { uid: 'other-uid', apiKey: 'other-key' });
		const otherCustom = (await other.get('/v1/aiavatar/query', { isCustom: true })).result.data[0].aiavatarId;
		expect((await api.post(SUBMIT, tts({ avatarSourceFrom: 2, aiAvatarId: otherCustom, voiceoverId: 'v1001' }))).code).toBe('4004');
	});

	test('fileIds never uploaded by this account → 4004 (never issued, issued but not PUT, other account)', async () => {
		const audio = (id) => tts({ audioSourceFrom: 0, audioFileId: id, ttsText: undefined });
		expect((await api.post(SUBMIT, audio('deadbeef'))).code).toBe('4004');
		const cred = await api.get('/v1/upload/credential', { format: 'mp3' });
		expect((await api.post(SUBMIT, audio(cred.result.fileId))).code).toBe('4004');
		const other = apiClient(sim, { uid: 'other-uid', apiKey: 'other-key' });
		const foreign = await uploadFile(sim, other, 'mp3');
		expect((await api.post(SUBMIT, audio(foreign))).code).toBe('4004');
		const mine = await uploadFile(sim, api, 'mp3');
		expect((await api.post(SUBMIT, audio(mine))).code).toBe('200');
	});

	test('uploaded video + uploaded audio, inputs echoed by the query', async () => {
		const v = await uploadFile(sim, api, 'mp4');
		const a = await uploadFile(sim, api, 'wav');
		const r = await api.post(SUBMIT, { avatarSourceFrom: 0, videoFileId: v, audioSourceFrom: 0, audioFileId: a, isSave2CustomAiAvatar: true });
		expect(r.code).toBe('200');
		const q = await api.get(QUERY, { taskId: r.result.taskId, needCloudFrontUrl: true });
		expect(q.result).toMatchObject({ inputVideoFileId: v, inputAudioFileId: a, outputVideoUrl: null });
	});
});

describe('Video Avatar lifecycle (§4.4, §11.5–6)', () => {
	test('init → running → success on the simulator clock; result file is served', async () => {
		const { result } = await api.post(SUBMIT, tts());
		const q = () => api.get(QUERY, { taskId: result.taskId });
		expect((await q()).result).toMatchObject({ status: 'init', outputVideoUrl: null, errorMsg: null });
		sim.control.advanceClock(1000);
		expect((await q()).result.status).toBe('running');
		sim.control.advanceClock(2000);
		const done = (await q()).result;
		expect(done).toMatchObject({ taskId: result.taskId, status: 'success', errorMsg: null });
		expect(done.outputVideoUrl).toBe(`${sim.url}/files/${result.taskId}.mp4`);
		const file = await fetch(done.outputVideoUrl);
		expect(file.status).toBe(200);
		expect(file.headers.get('content-type')).toBe('video/mp4');
		const bytes = Buffer.from(await file.arrayBuffer());
		expect(Number(file.headers.get('content-length'))).toBe(bytes.length);
		expect(bytes.subarray(4, 8).toString()).toBe('ftyp');
		const again = Buffer.from(await (await fetch(done.outputVideoUrl)).arrayBuffer());
		expect(again.equals(bytes)).toBe(true);
	});

	test('submit returns a fresh taskId each time', async () => {
		const a = await api.post(SUBMIT, tts());
		const b = await api.post(SUBMIT, tts());
		expect(a.result.taskId).not.toBe(b.result.taskId);
	});

	test('forced failure for the next task: fail + errorMsg, not charged', async () => {
		sim.control.forceOutcome({ outcome: 'fail', count: 1, errorMsg: 'Face not detected' });
		const failed = await api.post(SUBMIT, tts());
		const ok = await api.post(SUBMIT, tts());
		sim.control.advanceClock(5000);
		const f = await api.get(QUERY, { taskId: failed.result.taskId });
		expect(f.result).toMatchObject({ status: 'fail', errorMsg: 'Face not detected', outputVideoUrl: null });
		expect((await api.get(QUERY, { taskId: ok.result.taskId })).result.status).toBe('success');
		expect((await api.get('/user/credit/detail')).result.remainCredit).toBe(999);
	});

	test('undocumented failure statuses and a never-ending task can be forced', async () => {
		sim.control.forceOutcome({ outcome: 'error', count: 1 });
		sim.control.forceOutcome({ outcome: 'stuck', count: 1 });
		const e = await api.post(SUBMIT, tts());
		const s = await api.post(SUBMIT, tts());
		sim.control.advanceClock(60 * 60 * 1000);
		expect((await api.get(QUERY, { taskId: e.result.taskId })).result.status).toBe('error');
		expect((await api.get(QUERY, { taskId: s.result.taskId })).result.status).toBe('running');
	});

	test('finishTask ends a task at once; setTaskTiming changes one task', async () => {
		const a = await api.post(SUBMIT, tts());
		const b = await api.post(SUBMIT, tts());
		sim.control.finishTask(a.result.taskId, 'fail', 'Boom');
		expect((await api.get(QUERY, { taskId: a.result.taskId })).result).toMatchObject({ status: 'fail', errorMsg: 'Boom' });
		sim.control.setTaskTiming(b.result.taskId, { renderMs: 60000 });
		sim.control.advanceClock(30000);
		expect((await api.get(QUERY, { taskId: b.result.taskId })).result.status).toBe('running');
		sim.control.advanceClock(30000);
		expect((await api.get(QUERY, { taskId: b.result.taskId })).result.status).toBe('success');
	});

	test('per-task render time from forceOutcome; tasks finish without being queried', async () => {
		sim.control.forceOutcome({ outcome: 'success', renderMs: 30, runningAfterMs: 10 });
		const r = await api.post(SUBMIT, tts());
		await new Promise((res) => setTimeout(res, 120));
		const t = sim.state.tasks.get(r.result.taskId);
		expect(t.status).toBe('success');
	});

	test('unknown taskId, missing taskId, another account’s taskId', async () => {
		expect((await api.get(QUERY, { taskId: 'nope' })).code).toBe('4004');
		expect((await api.get(QUERY)).code).toBe('4003');
		const other = apiClient(sim, { uid: 'other-uid', apiKey: 'other-key' });
		const theirs = await other.post(SUBMIT, tts());
		expect(theirs.code).toBe('200');
		expect((await api.get(QUERY, { taskId: theirs.result.taskId })).code).toBe('4004');
	});

	test('a task of another family is not found at the Video Avatar query', async () => {
		const s = await api.post('/v1/scraper/task/submit', { productLink: 'https://shop.example/p/1' });
		expect((await api.get(QUERY, { taskId: s.result.taskId })).code).toBe('4004');
	});

	test('saving: an uploaded video with isSave2CustomAiAvatar and a photo become custom avatars', async () => {
		const v = await uploadFile(sim, api, 'mp4');
		const img = await uploadFile(sim, api, 'jpg');
		await api.post(SUBMIT, tts({ avatarSourceFrom: 0, videoFileId: v, isSave2CustomAiAvatar: 'true', voiceoverId: 'v1001' }));
		await api.post(SUBMIT, tts({ avatarSourceFrom: 3, imageFileId: img, modeType: '1', voiceoverId: 'v1001' }));
		sim.control.advanceClock(3000);
		const custom = await api.get('/v1/aiavatar/query', { isCustom: true });
		expect(custom.result.total).toBe(5);
		expect(custom.result.data.slice(3).map((a) => a.type)).toEqual([0, 2]);
	});
});
