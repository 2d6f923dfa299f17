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
		const custom = (await api.get('/v1/aiavatar/query', { isCustom: true })).result;
		expect(custom.total).toBe(4);
		expect(result.aiAvatar).toMatchObject({ aiavatarId: custom.data[3].aiavatarId, type: 2 });
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

		expect(result.scriptContentList.map((s) => s.scriptId)).toEqual([0, 1, 2]);
		expect(result.scriptContentList[1].scriptContents[0]).toEqual({ segId: 0, segText: expect.any(String) });
		expect(result.videoSceneInfoList[0]).toMatchObject({ seq: 0, mediaType: 'video', start: 0, end: 3 });
		expect(result.imageSceneInfoList[0]).toMatchObject({ mediaType: 'image', imageSceneUrl: expect.stringContaining('.png') });
		// The script list answers one script ({ scriptId, scriptContents }), as its page shows it.
		const scripts = await api.get('/v1/m2v/script/list', { taskId: submit.taskId });
		expect(scripts.result).toEqual({ scriptId: 0, scriptContents: expect.arrayContaining([{ segId: '0', segText: expect.any(String) }]) });
		const upd = await api.post('/v1/m2v/script/update', {
			taskId: submit.taskId,
			scriptId: '1',
			scriptContents: [{ segId: '0', segText: 'New words' }],
		});
		expect(upd.result).toEqual({ taskId: submit.taskId, status: 'success', errorMsg: null });
		const updated = (await api.get('/v1/m2v/task/query', { taskId: submit.taskId })).result.scriptContentList[1];
		expect(updated.scriptContents[0].segText).toBe('New words');

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

	test('Product avatar v1 image_replace: required fields; taskStatus and productReplaceResult on …/result', async () => {
		const p = await uploadFile(sim, api, 'png');
		const submitPath = '/v1/product_avatar/task/image_replace/submit';
		const queryPath = '/v1/product_avatar/task/image_replace/result';
		expect((await api.post(submitPath, { avatarId: '5001', imageEditPrompt: 'Hold it' })).code).toBe('4003');
		expect((await api.post(submitPath, { productImageFileId: p, avatarId: '5001' })).code).toBe('4003');
		expect((await api.post(submitPath, { productImageFileId: p, imageEditPrompt: 'Hold it' })).code).toBe('4003');
		const s = await api.post(submitPath, { productImageFileId: p, avatarId: '5001', imageEditPrompt: 'Hold it' });
		expect(s.result).toMatchObject({ taskId: expect.any(String), status: 'init' });
		// https://docs.topview.ai/reference/get_new-endpoint-9: taskStatus, no status
		expect((await api.get(queryPath, { taskId: s.result.taskId })).result).toEqual({ taskId: s.result.taskId, taskStatus: 'init', productReplaceResult: [] });
		sim.control.advanceClock(1500);
		expect((await api.get(queryPath, { taskId: s.result.taskId })).result.taskStatus).toBe('running');
		sim.control.advanceClock(1500);
		const done = (await api.get(queryPath, { taskId: s.result.taskId })).result;
		expect(done).toEqual({
			taskId: s.result.taskId,
			taskStatus: 'success',
			productReplaceResult: [
				{ key: expect.stringMatching(/^[0-9a-f]{29}$/), url: expect.any(String), faceExistence: true },
				{ key: expect.stringMatching(/^[0-9a-f]{29}$/), url: expect.any(String), faceExistence: false },
			],
		});
		await expectFile(done.productReplaceResult[1].url, 'image/png');
		expect((await api.get('/user/credit/logs')).result.data[0]).toMatchObject({ taskType: 'product_avatar_replace_product_image', taskId: s.result.taskId });

		sim.control.forceOutcome({ outcome: 'fail', errorMsg: 'No hand found' });
		const failed = await api.post(submitPath, { productImageFileId: p, templateImageFileId: p, imageEditPrompt: 'Hold it' });
		sim.control.advanceClock(3000);
		expect((await api.get(queryPath, { taskId: failed.result.taskId })).result).toEqual({ taskId: failed.result.taskId, taskStatus: 'failure', productReplaceResult: [] });
		expect((await api.get('/v1/product_avatar/task/image_replace/query', { taskId: s.result.taskId })).http).toBe(404);
	});

	async function finishedV1Replace() {
		const p = await uploadFile(sim, api, 'png');
		const s = await api.post('/v1/product_avatar/task/image_replace/submit', { productImageFileId: p, avatarId: '5001', imageEditPrompt: 'Hold it' });
		sim.control.advanceClock(3000);
		return (await api.get('/v1/product_avatar/task/image_replace/result', { taskId: s.result.taskId })).result;
	}

	test('Product avatar v1 image2Video: a result key of a finished v1 replace, mode lite or pro', async () => {
		const replaced = await finishedV1Replace();
		const key = replaced.productReplaceResult[1].key;
		const submitPath = '/v1/product_avatar/task/image2Video/submit';
		expect((await api.post(submitPath, { mode: 'lite' })).code).toBe('4003');
		expect((await api.post(submitPath, { productReplaceResultKey: key })).code).toBe('4003');
		expect((await api.post(submitPath, { productReplaceResultKey: key, mode: 'avatar4' })).code).toBe('4000');
		expect((await api.post(submitPath, { productReplaceResultKey: 'nope', mode: 'lite' })).code).toBe('4004');
		const other = apiClient(sim, { uid: 'other-uid', apiKey: 'other-key' });
		sim.control.upsertAccount({ uid: 'other-uid', apiKey: 'other-key' });
		expect((await other.post(submitPath, { productReplaceResultKey: key, mode: 'lite' })).code).toBe('4004');

		const vid = await runTask(submitPath, '/v1/product_avatar/task/image2Video/result', {
			productReplaceResultKey: key,
			mode: 'pro',
			image2videoPrompt: 'She lifts the bottle',
		});
		expect(vid.result).toEqual({ taskId: vid.submit.taskId, status: 'success', errorMsg: null, finishedVideoUrl: expect.any(String), costCredit: 1 });
		await expectFile(vid.result.finishedVideoUrl, 'video/mp4');
		expect((await api.get('/user/credit/logs')).result.data[0].taskType).toBe('product_avatar_image2video');
	});

	test('Product avatar v1 download without watermark: the images of a finished v1 replace task, charged per call', async () => {
		const path = '/v1/product_avatar/task/image_replace/download_without_watermark';
		const replaced = await finishedV1Replace();
		expect((await api.get(path, {})).code).toBe('4003');
		expect((await api.get(path, { taskId: 'nope' })).code).toBe('4004');
		expect((await api.post(path, { taskId: replaced.taskId })).http).toBe(405);
		const credits = (await api.get('/user/credit/detail')).result.remainCredit;

		const all = await api.get(path, { taskId: replaced.taskId });
		expect(all.result).toEqual({
			taskId: replaced.taskId,
			productReplaceResult: replaced.productReplaceResult.map(({ key }) => ({ key, url: expect.any(String) })),
		});
		all.result.productReplaceResult.forEach((img, i) => expect(img.url).not.toBe(replaced.productReplaceResult[i].url));
		await expectFile(all.result.productReplaceResult[0].url, 'image/png');
		expect((await api.get('/user/credit/detail')).result.remainCredit).toBe(credits - 1);
		expect((await api.get('/user/credit/logs')).result.data[0]).toMatchObject({ taskType: 'pa_download_without_watermark', taskId: replaced.taskId, costCredit: 1 });

		const one = await api.get(path, { taskId: replaced.taskId, productReplaceResultKey: replaced.productReplaceResult[1].key });
		expect(one.result.productReplaceResult).toEqual([all.result.productReplaceResult[1]]);
		expect((await api.get(path, { taskId: replaced.taskId, productReplaceResultKey: 'nope' })).code).toBe('4004');
	});

	test('Product avatar v1 download without watermark refuses an unfinished replace task and other families', async () => {
		const p = await uploadFile(sim, api, 'png');
		const running = await api.post('/v1/product_avatar/task/image_replace/submit', { productImageFileId: p, avatarId: '5001', imageEditPrompt: 'Hold it' });
		const answer = await api.get('/v1/product_avatar/task/image_replace/download_without_watermark', { taskId: running.result.taskId });
		expect(answer).toMatchObject({ code: '4004', result: null });
		expect(answer.message).toContain(running.result.taskId);
		const v2 = await runTask('/v2/product_avatar/task/image_replace/submit', '/v2/product_avatar/task/image_replace/query', {});
		expect((await api.get('/v1/product_avatar/task/image_replace/download_without_watermark', { taskId: v2.submit.taskId })).code).toBe('4004');
	});

	test('Product avatar v2 image_replace → image2Video; unknown image id → 4004', async () => {
		const img = await runTask('/v2/product_avatar/task/image_replace/submit', '/v2/product_avatar/task/image_replace/query', {});
		expect((await api.post('/v2/product_avatar/task/image2Video/submit', { replaceProductTaskImageId: 'nope', captionId: '2' })).code).toBe('4004');
		// captionId is required for v2 (https://docs.topview.ai/reference/pa2_image2video_submit_task)
		expect((await api.post('/v2/product_avatar/task/image2Video/submit', { replaceProductTaskImageId: img.result.replaceProductTaskImageId })).code).toBe('4003');
		expect((await api.post('/v2/product_avatar/task/image2Video/submit', { replaceProductTaskImageId: img.result.replaceProductTaskImageId, captionId: '99' })).code).toBe('4004');
		const vid = await runTask('/v2/product_avatar/task/image2Video/submit', '/v2/product_avatar/task/image2Video/query', {
			replaceProductTaskImageId: img.result.replaceProductTaskImageId,
			captionId: '2',
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

	test('Product AnyShoot v1: product image, template mask, mode and a template (the image wins); …/task/result', async () => {
		const product = await uploadFile(sim, api, 'png');
		const mask = await uploadFile(sim, api, 'png');
		const scene = await uploadFile(sim, api, 'jpg');
		const submitPath = '/v1/product_anyShoot/task/submit';
		const full = { productImageFileId: product, templateMaskFileId: mask, mode: 'standard', templateId: '7001' };
		for (const field of ['productImageFileId', 'templateMaskFileId', 'mode']) {
			const { [field]: _left, ...body } = full;
			expect((await api.post(submitPath, body)).code).toBe('4003');
		}
		const { templateId: _t, ...noTemplate } = full;
		expect((await api.post(submitPath, noTemplate)).code).toBe('4003');
		expect((await api.post(submitPath, { ...full, mode: 1 })).code).toBe('4000');
		expect((await api.post(submitPath, { ...full, templateId: '1' })).code).toBe('4004');
		expect((await api.post(submitPath, { ...full, templateMaskFileId: 'nope' })).code).toBe('4004');

		const r = await runTask(submitPath, '/v1/product_anyShoot/task/result', full);
		expect(r.result).toEqual({ taskId: r.submit.taskId, status: 'success', errorMsg: null, finishedImageUrl: expect.any(String), costCredit: 1 });
		await expectFile(r.result.finishedImageUrl, 'image/png');
		expect((await api.get('/user/credit/logs')).result.data[0].taskType).toBe('product_anyfit');

		// Both template kinds: the uploaded image is used, so an unknown templateId does not matter.
		const both = await api.post(submitPath, { ...full, templateId: '1', templateImageFileId: scene });
		expect(both.code).toBe('200');
		expect(sim.control.getTask(both.result.taskId).input.scene).toEqual({ templateImageFileId: scene });
	});

	test.each([
		['/v2/product_anyShoot/task/product_model', 'product_anyfit_v2_product_model'],
		['/v2/product_anyShoot/task/product_background', 'product_anyfit_v2_product_background'],
	])('Product AnyShoot %s', async (base, taskType) => {
		const r = await runTask(`${base}/submit`, `${base}/query`, { templateId: '7001' });
		await expectFile(r.result.finishedImageUrl, 'image/png');
		expect((await api.get('/user/credit/logs')).result.data[0].taskType).toBe(taskType);
	});

	test('Image translate single: translate (status only) → generate (details per language, 2 credits each)', async () => {
		const f1 = await uploadFile(sim, api, 'png');
		expect((await api.post('/v1/image_translate/single/task/submit', { fileId: f1 })).code).toBe('4003');
		const t = await runTask('/v1/image_translate/single/task/submit', '/v1/image_translate/single/task/query', { fileId: f1, languages: ['French', 'German'] });
		expect(t.result).toEqual({ taskId: t.submit.taskId, status: 'success', errorMsg: null });
		expect((await api.get('/user/credit/logs')).result.total).toBe(0);

		expect((await api.post('/v1/image_generate/single/task/submit', {})).code).toBe('4003');
		expect((await api.post('/v1/image_generate/single/task/submit', { taskId: 'nope' })).code).toBe('4004');
		const g = await runTask('/v1/image_generate/single/task/submit', '/v1/image_generate/task/query', { taskId: t.submit.taskId });
		expect(g.submit.taskId).not.toBe(t.submit.taskId);
		expect(g.result).toEqual({
			taskId: g.submit.taskId,
			status: 'success',
			errorMsg: null,
			details: [
				{ fileId: f1, language: 'French', finishedImageUrl: expect.any(String) },
				{ fileId: f1, language: 'German', finishedImageUrl: expect.any(String) },
			],
			costCredit: 4,
		});
		await expectFile(g.result.details[1].finishedImageUrl, 'image/png');
		expect((await api.get('/user/credit/logs')).result.data).toEqual([expect.objectContaining({ taskId: g.submit.taskId, costCredit: 4 })]);
		expect((await api.get('/v1/image_translate/single/task/query', { taskId: g.submit.taskId })).code).toBe('4004');
	});

	test('Image translate: generating from an unfinished translate task → 4000', async () => {
		const f1 = await uploadFile(sim, api, 'png');
		const t = await api.post('/v1/image_translate/single/task/submit', { fileId: f1, languages: ['English'] });
		const answer = await api.post('/v1/image_generate/single/task/submit', { taskId: t.result.taskId });
		expect(answer.code).toBe('4000');
		expect(answer.message).toContain(t.result.taskId);
	});

	test('Image translate batch: one generate task over every file × language', async () => {
		const f1 = await uploadFile(sim, api, 'png');
		const f2 = await uploadFile(sim, api, 'jpg');
		expect((await api.post('/v1/image_translate/batch/task/submit', { fileIds: [], languages: ['Spanish'] })).code).toBe('4003');
		expect((await api.post('/v1/image_translate/batch/task/submit', { fileIds: [f1] })).code).toBe('4003');
		const b = await api.post('/v1/image_translate/batch/task/submit', { fileIds: [f1, f2], languages: ['Spanish', 'Italian'], noticeUrl: 'http://127.0.0.1:1/cb' });
		expect(b.result).toEqual({ taskId: expect.any(String), status: 'init', errorMsg: null, noticeUuid: expect.any(String) });
		sim.control.advanceClock(3000);
		const q = await api.get('/v1/image_generate/task/query', { taskId: b.result.taskId });
		expect(q.result).toMatchObject({ status: 'success', costCredit: 8 });
		expect(q.result.details.map((d) => `${d.fileId === f1 ? 'f1' : 'f2'}:${d.language}`)).toEqual(['f1:Spanish', 'f1:Italian', 'f2:Spanish', 'f2:Italian']);
		expect((await api.get('/v1/image_translate/single/task/query', { taskId: b.result.taskId })).code).toBe('4004');
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
