'use strict';

const { startSimulator } = require('./index');
const { apiClient, uploadFile } = require('./test-client');

let sim;
let api;

beforeAll(async () => {
	sim = await startSimulator({ port: 0, accounts: [{ uid: 'sim-uid', apiKey: 'sim-key', credits: 1000, concurrency: 30 }] });
	api = apiClient(sim);
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

async function runTask(submitPath, queryPath, body) {
	const s = await api.post(submitPath, body);
	expect(s).toMatchObject({ code: '200', result: { taskId: expect.any(String), status: 'init' } });
	const before = await api.get(queryPath, { taskId: s.result.taskId });
	expect(before.code).toBe('200');
	expect(before.result.status).toBe('init');
	sim.control.advanceClock(3000);
	const after = await api.get(queryPath, { taskId: s.result.taskId });
	expect(after.result).toMatchObject({ taskId: s.result.taskId, status: 'success', errorMsg: null });
	return { submit: s.result, result: after.result };
}

async function expectFile(url, contentType) {
	expect(url.startsWith(`${sim.url}/files/`)).toBe(true);
	const res = await fetch(url);
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toBe(contentType);
	const buf = Buffer.from(await res.arrayBuffer());
	expect(Number(res.headers.get('content-length'))).toBe(buf.length);
}

describe('task families: one submit + query each', () => {
	test('Photo Avatar: avatarId or templateImageFileId required; finishedVideoUrl', async () => {
		expect((await api.post('/v1/photo_avatar/task/submit', { mode: 'avatar4' })).code).toBe('4003');
		expect((await api.post('/v1/photo_avatar/task/submit', { avatarId: 'nope' })).code).toBe('4004');
		const { submit, result } = await runTask('/v1/photo_avatar/task/submit', '/v1/photo_avatar/task/query', {
			avatarId: '6001',
			mode: 'avatar4',
			scriptMode: 'text',
			ttsText: 'Hello <break time="1.0s"/> world',
			voiceId: 'v1001',
		});
		expect(result).toMatchObject({ costCredit: 1, aiAvatar: { aiavatarId: '6001' }, boardId: null });
		expect(submit.subTaskId).toEqual(expect.any(String));
		await expectFile(result.finishedVideoUrl, 'video/mp4');
		await expectFile(result.finishedVideoCoverUrl, 'image/png');
	});

	test('Photo Avatar from an uploaded photo with saveCustomAiAvatar → new custom avatar', async () => {
		const img = await uploadFile(sim, api, 'jpg');
		const { result } = await runTask('/v1/photo_avatar/task/submit', '/v1/photo_avatar/task/query', { templateImageFileId: img, saveCustomAiAvatar: 'true' });
		expect(result.aiAvatar).toMatchObject({ isCustom: true, type: 2 });
		expect((await api.get('/v1/aiavatar/query', { isCustom: true })).result.total).toBe(4);
	});

	test('Marketing video m2v: submit (free preview) → scripts → export (charged) → exportVideos; list, delete', async () => {
		expect((await api.post('/v1/m2v/task/submit', { productName: 'X' })).code).toBe('4003');
		const { submit, result } = await runTask('/v1/m2v/task/submit', '/v1/m2v/task/query', {
			productLink: 'https://shop.example/products/super-blender',
			aspectRatio: '9:16',
			videoLengthType: 2,
		});
		expect(result.previewVideos).toHaveLength(3);
		expect(result.previewVideos[0]).toEqual({
			scriptId: 0,
			status: 'success',
			title: expect.any(String),
			description: expect.any(String),
			videoUrl: expect.stringContaining('.mp4'),
			coverUrl: expect.stringContaining('.png'),
			videoDuration: expect.any(Number),
			videoEtag: expect.any(String),
		});
		expect(result.exportVideos).toEqual([]);
		expect((await api.get('/user/credit/detail')).result.remainCredit).toBe(1000);

		const scripts = await api.get('/v1/m2v/script/list', { taskId: submit.taskId });
		expect(scripts.result.map((s) => s.scriptId)).toEqual([0, 1, 2]);
		expect(scripts.result[1].scriptContents[0]).toEqual({ segId: '0', segText: expect.any(String) });
		const upd = await api.post('/v1/m2v/script/update', {
			taskId: submit.taskId,
			scriptId: '1',
			scriptContents: [{ segId: '0', segText: 'New words' }],
		});
		expect(upd.result).toEqual({ taskId: submit.taskId, status: 'success', errorMsg: null });
		expect((await api.get('/v1/m2v/script/list', { taskId: submit.taskId })).result[1].scriptContents[0].segText).toBe('New words');

		expect((await api.post('/v1/m2v/export', { taskId: submit.taskId })).code).toBe('4003'); // noticeUrl required
		expect((await api.post('/v1/m2v/export', { taskId: submit.taskId, scriptId: 9, noticeUrl: 'http://127.0.0.1:1/x' })).code).toBe('4004');
		const exp = await api.post('/v1/m2v/export', { taskId: submit.taskId, scriptId: 1, noticeUrl: 'http://127.0.0.1:1/x' });
		expect(exp.result).toMatchObject({ taskId: submit.taskId, scriptId: 1, status: 'init', noticeUuid: expect.any(String) });
		let q = await api.get('/v1/m2v/task/query', { taskId: submit.taskId });
		expect(q.result.exportVideos).toEqual([expect.objectContaining({ scriptId: 1, status: 'init', videoUrl: null })]);
		sim.control.advanceClock(3000);
		q = await api.get('/v1/m2v/task/query', { taskId: submit.taskId });
		expect(q.result.exportVideos[0]).toMatchObject({ scriptId: 1, status: 'success', videoUrl: expect.stringContaining('.mp4') });
		await expectFile(q.result.exportVideos[0].videoUrl, 'video/mp4');
		const logs = await api.get('/user/credit/logs', { taskType: 'm2v' });
		expect(logs.result.data).toEqual([expect.objectContaining({ taskId: submit.taskId, taskType: 'm2v', costCredit: 1 })]);
		await sim.control.waitForCallbacks();
		expect(sim.control.listCallbacks()[0]).toMatchObject({ bizType: 'M2V_EXPORT', taskId: submit.taskId });

		const list = await api.get('/v1/m2v/task/list', { pageNo: 1, pageSize: 10 });
		expect(list.result).toMatchObject({ total: 1, data: [expect.objectContaining({ taskId: submit.taskId })] });
		expect((await api.del('/v1/m2v/task/delete', { taskIds: submit.taskId })).code).toBe('200');
		expect((await api.get('/v1/m2v/task/query', { taskId: submit.taskId })).code).toBe('4004');
	});

	test('m2v with fileIds (must be uploaded)', async () => {
		expect((await api.post('/v1/m2v/task/submit', { fileIds: ['nope'] })).code).toBe('4004');
		const f = await uploadFile(sim, api, 'png');
		expect((await api.post('/v1/m2v/task/submit', { fileIds: [f] })).code).toBe('200');
	});

	test('Scraper: product data; scraped files become usable fileIds', async () => {
		const { result } = await runTask('/v1/scraper/task/submit', '/v1/scraper/task/query', { productLink: 'https://shop.example/p/red-shoes' });
		expect(result.productName).toBe('red shoes');
		expect(result.productImages[0]).toEqual({ fileId: expect.any(String), fileName: expect.any(String), fileType: 'image', fileUrl: expect.any(String), format: 'png' });
		await expectFile(result.productVideos[0].fileUrl, 'video/mp4');
		expect((await api.get('/v1/upload/check', { fileId: result.productImages[0].fileId })).result).toBe(true);
		expect((await api.post('/v1/m2v/task/submit', { fileIds: result.productImages.map((i) => i.fileId) })).code).toBe('200');
	});

	test('Product avatar v1 image_replace + image2Video (query path …/image2Video/result)', async () => {
		const img = await runTask('/v1/product_avatar/task/image_replace/submit', '/v1/product_avatar/task/image_replace/query', { avatarId: '5001' });
		await expectFile(img.result.finishedImageUrl, 'image/png');
		const vid = await runTask('/v1/product_avatar/task/image2Video/submit', '/v1/product_avatar/task/image2Video/result', {
			replaceProductTaskImageId: img.result.replaceProductTaskImageId,
		});
		await expectFile(vid.result.finishedVideoUrl, 'video/mp4');

		// Watermark-free download (path is an assumption): only of a finished v1 image2Video task of this account.
		const base = '/v1/product_avatar/task/download_without_watermark';
		expect((await api.post(`${base}/submit`, {})).code).toBe('4003');
		expect((await api.post(`${base}/submit`, { taskId: img.result.taskId })).code).toBe('4004');
		const clean = await runTask(`${base}/submit`, `${base}/query`, { taskId: vid.result.taskId });
		expect(clean.result).toMatchObject({ status: 'success', sourceTaskId: vid.result.taskId, costCredit: 1 });
		expect(clean.result.finishedVideoUrl).not.toBe(vid.result.finishedVideoUrl);
		await expectFile(clean.result.finishedVideoUrl, 'video/mp4');
		const logs = await api.get('/user/credit/logs');
		expect(logs.result.data[0]).toMatchObject({ taskType: 'pa_download_without_watermark', taskId: clean.result.taskId });
	});

	test('Product avatar v1 download without watermark refuses an unfinished video task', async () => {
		const img = await runTask('/v1/product_avatar/task/image_replace/submit', '/v1/product_avatar/task/image_replace/query', { avatarId: '5001' });
		const vid = await api.post('/v1/product_avatar/task/image2Video/submit', { replaceProductTaskImageId: img.result.replaceProductTaskImageId });
		const answer = await api.post('/v1/product_avatar/task/download_without_watermark/submit', { taskId: vid.result.taskId });
		expect(answer).toMatchObject({ code: '4000', result: null });
		expect(answer.message).toContain(vid.result.taskId);
	});

	test('Product avatar v2 image_replace → image2Video; unknown image id → 4004', async () => {
		const img = await runTask('/v2/product_avatar/task/image_replace/submit', '/v2/product_avatar/task/image_replace/query', {});
		expect((await api.post('/v2/product_avatar/task/image2Video/submit', { replaceProductTaskImageId: 'nope' })).code).toBe('4004');
		const vid = await runTask('/v2/product_avatar/task/image2Video/submit', '/v2/product_avatar/task/image2Video/query', {
			replaceProductTaskImageId: img.result.replaceProductTaskImageId,
			mode: 'avatar4',
			scriptMode: 'text',
			ttsText: 'Buy it',
		});
		expect(vid.result).toMatchObject({ finishedVideoUrl: expect.any(String), costCredit: 1 });
		const logs = await api.get('/user/credit/logs');
		expect(logs.result.data.map((l) => l.taskType)).toEqual(['pa2_image2video', 'pa2_replace_product_image']);
	});

	test('Product avatar v3 image_replace', async () => {
		const p = await uploadFile(sim, api, 'png');
		const r = await runTask('/v3/product_avatar/task/image_replace/submit', '/v3/product_avatar/task/image_replace/query', {
			productImageFileId: p,
			generateImageMode: 'auto',
			version: 'v4',
		});
		expect(r.result.finishedImageUrl).toContain('.png');
	});

	test.each([
		['/v1/product_anyShoot/task/replace_product_image', 'product_anyfit'],
		['/v2/product_anyShoot/task/product_model', 'product_anyfit_v2_product_model'],
		['/v2/product_anyShoot/task/product_background', 'product_anyfit_v2_product_background'],
	])('Product AnyShoot %s', async (base, taskType) => {
		const r = await runTask(`${base}/submit`, `${base}/query`, { templateId: '7001' });
		await expectFile(r.result.finishedImageUrl, 'image/png');
		expect((await api.get('/user/credit/logs')).result.data[0].taskType).toBe(taskType);
	});

	test('Image translate single + batch', async () => {
		const f1 = await uploadFile(sim, api, 'png');
		const f2 = await uploadFile(sim, api, 'jpg');
		const r = await runTask('/v1/image_translate/single/task/submit', '/v1/image_translate/single/task/query', { fileId: f1, languages: ['fr', 'de'] });
		expect(r.result.details.map((d) => d.language)).toEqual(['fr', 'de']);
		await expectFile(r.result.details[0].finishedImageUrl, 'image/png');
		const b = await api.post('/v1/image_translate/batch/task/submit', { fileIds: [f1, f2], languages: ['es'] });
		expect(b.result.taskIds).toHaveLength(2);
		expect(b.result.tasks.map((t) => t.fileId)).toEqual([f1, f2]);
		sim.control.advanceClock(3000);
		const q = await api.get('/v1/image_translate/single/task/query', { taskId: b.result.taskIds[1] });
		expect(q.result).toMatchObject({ status: 'success', fileId: f2, details: [{ language: 'es' }] });
		expect((await api.post('/v1/image_translate/batch/task/submit', { fileIds: [] })).code).toBe('4003');
	});

	test('Common task image2video v2 (and v1)', async () => {
		const f = await uploadFile(sim, api, 'png');
		const r = await runTask('/v2/common_task/image2video/task/submit', '/v2/common_task/image2video/task/query', {
			model: 'any',
			firstFrameFileId: f,
			prompt: 'zoom in',
			duration: 5,
		});
		await expectFile(r.result.finishedVideoUrl, 'video/mp4');
		await runTask('/v1/common_task/image2video/submit', '/v1/common_task/image2video/result', { firstFrameFileId: f });
		expect((await api.get('/user/credit/logs', { taskType: 'common_task_image2video' })).result.total).toBe(2);
	});

	test('video2aiAvatar → a custom avatar usable with avatarSourceFrom 2', async () => {
		const v = await uploadFile(sim, api, 'mp4');
		const r = await runTask('/v1/common_task/video2aiAvatar/submit', '/v1/common_task/video2aiAvatar/query', { videoFileId: v });
		expect(r.result.aiAvatar).toMatchObject({ aiavatarId: expect.any(String), isCustom: true, coverUrl: expect.any(String) });
		const id = r.result.aiAvatar.aiavatarId;
		expect((await api.get('/v1/aiavatar/query', { isCustom: true })).result.data.map((a) => a.aiavatarId)).toContain(id);
		const va = await api.post('/v1/video_avatar/task/submit', { avatarSourceFrom: 2, aiAvatarId: id, audioSourceFrom: 1, ttsText: 'Hi', voiceoverId: 'v1002' });
		expect(va.code).toBe('200');
		expect((await api.post('/v1/video_avatar/task/submit', { avatarSourceFrom: 1, aiAvatarId: id, audioSourceFrom: 1, ttsText: 'Hi' })).code).toBe('4000');
	});

	test('remove_background: outputs are files of the account', async () => {
		const p = await uploadFile(sim, api, 'png');
		const r = await runTask('/v1/common_task/remove_background/submit', '/v1/common_task/remove_background/query', { productImageFileId: p });
		expect(r.result).toMatchObject({ bgRemovedImageWidth: 64, bgRemovedImageHeight: 64, costCredit: 1 });
		await expectFile(r.result.bgRemovedImagePath, 'image/png');
		await expectFile(r.result.maskImagePath, 'image/png');
		expect((await api.get('/v1/upload/check', { fileId: r.result.bgRemovedImageFileId })).result).toBe(true);
	});

	test('Voice clone → the cloned voice appears in Voice Query (isCustom) and works as voiceoverId', async () => {
		const f = await uploadFile(sim, api, 'mp3');
		const r = await runTask('/v1/voice/clone/task/submit', '/v1/voice/clone/task/query', { originVoiceFileId: f, name: 'Narrator', voiceSpeed: 1 });
		expect(r.result.voice).toEqual({ voiceId: expect.any(String), voiceName: 'Narrator', demoAudioUrl: expect.any(String) });
		await expectFile(r.result.voice.demoAudioUrl, 'audio/mpeg');
		const voices = await api.get('/v1/voice/query', { isCustom: 'true' });
		expect(voices.result.data).toContainEqual(expect.objectContaining({ voiceId: r.result.voice.voiceId, voiceName: 'Narrator', isCustom: true }));
		const va = await api.post('/v1/video_avatar/task/submit', { avatarSourceFrom: 1, aiAvatarId: '3328', audioSourceFrom: 1, ttsText: 'Hi', voiceoverId: r.result.voice.voiceId });
		expect(va.code).toBe('200');
		expect((await api.get('/user/credit/logs')).result.data[0].taskType).toBe('voice_clone');
	});

	test('text2voice: unknown voiceId → 4004; result voice with audio', async () => {
		expect((await api.post('/v1/voice/text2voice/task/submit', { voiceText: 'x', voiceId: 'nope' })).code).toBe('4004');
		const r = await runTask('/v1/voice/text2voice/task/submit', '/v1/voice/text2voice/task/query', {
			voiceText: 'Welcome to the show, everyone!',
			voiceId: 'v1003',
			pronRules: [{ oldStr: 'show', newStr: 'shoh' }],
		});
		expect(r.result.voice).toMatchObject({ voiceId: 'v1003', durations: expect.any(Number), demoAudioUrl: expect.stringContaining('.mp3') });
		await expectFile(r.result.voice.demoAudioUrl, 'audio/mpeg');
	});

	test('every family is listed with its paths, taskType and bizType', async () => {
		const fams = await (await fetch(`${sim.url}/__sim/families`)).json();
		expect(fams.length).toBeGreaterThanOrEqual(18);
		for (const f of fams) expect(f).toMatchObject({ id: expect.any(String), taskType: expect.any(String), bizType: expect.any(String) });
	});
});
