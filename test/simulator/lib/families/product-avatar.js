'use strict';

const { err } = require('../envelope');
const { isEmpty } = require('../validation');
const { readPaging, paginate, listParam, sortBy } = require('../paging');
const { formatUtc } = require('../time-format');

/**
 * Product avatar v1/v2/v3 (§10). v2/v3 image_replace tasks produce an image and a
 * `replaceProductTaskImageId` that v2 image2Video takes. v1 follows Topview's v1 pages: its image_replace
 * answers on `…/image_replace/result` with `taskStatus` and `productReplaceResult[] {key, url,
 * faceExistence}` (https://docs.topview.ai/reference/get_new-endpoint-9); its image2Video takes one of
 * those keys (https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-297455990); the
 * watermark-free images of a v1 replace task come from a GET listed under v1 Replace Product Image
 * (path and answer assumed, see README). Plus the category and public-avatar look-ups.
 */

function imageReplace({ id, version, taskType, submitPath, queryPath }) {
	return {
		id,
		label: `Product avatar ${version} image replace`,
		taskType,
		bizType: 'PRODUCT_AVATAR_REPLACE_PRODUCT_IMAGE',
		submitPath,
		queryPath,
		required: [],
		ext: 'png',
		resultUrlField: 'finishedImageUrl',
		board: { toolType: `product_avatar_${version}_image_replace`, toolCategory: 'product_avatar', mediaType: 'image' },
		outputFields: ['replaceProductTaskImageId', 'finishedImageUrl'],
		costCredit: true,
		boardFields: true,
		produce: (task, sim) => ({
			replaceProductTaskImageId: `${task.taskId}-img-0`,
			finishedImageUrl: sim.resultUrl(`${task.taskId}.png`),
		}),
	};
}

/** v1 `taskStatus` of the engine's status: init, running, success, failure. */
const V1_TASK_STATUS = { init: 'init', running: 'running', success: 'success', fail: 'failure', failed: 'failure', error: 'failure' };

/** Images per v1 replace task: the documented answer is a list, so the simulator makes more than one. */
const V1_IMAGES = 2;

const imageReplaceV1 = {
	id: 'product_avatar_v1_image_replace',
	label: 'Product avatar v1 image replace',
	taskType: 'product_avatar_replace_product_image',
	bizType: 'PRODUCT_AVATAR_REPLACE_PRODUCT_IMAGE',
	submitPath: '/v1/product_avatar/task/image_replace/submit',
	queryPath: '/v1/product_avatar/task/image_replace/result',
	// https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-297455988
	required: ['productImageFileId', 'imageEditPrompt', ['avatarId', 'templateImageFileId']],
	ext: 'png',
	board: { toolType: 'product_avatar_v1_image_replace', toolCategory: 'product_avatar', mediaType: 'image' },
	costCredit: true,
	produce: (task, sim) => ({
		images: Array.from({ length: V1_IMAGES }, (_, i) => ({
			key: sim.ids.hex(`pa-v1-key:${task.taskId}:${i}`, 29),
			url: sim.resultUrl(`${task.taskId}-${i}.png`),
			faceExistence: i === 0,
			watermarkFreeUrl: sim.resultUrl(`${task.taskId}-${i}-no-watermark.png`),
		})),
	}),
	// The documented answer: no `status`, no `errorMsg`.
	result: (task) => ({
		taskId: task.taskId,
		taskStatus: V1_TASK_STATUS[task.status] || task.status,
		productReplaceResult:
			task.status === 'success' && task.output
				? task.output.images.map(({ key, url, faceExistence }) => ({ key, url, faceExistence }))
				: [],
	}),
	boardResult: (task) => ({ imageUrl: task.output.images[0].url }),
};

/** A finished v1 replace task of the account and its image with `key`, or null. */
function findV1Image(sim, account, key) {
	for (const t of sim.state.tasks.values()) {
		if (t.uid !== account.uid || t.family !== imageReplaceV1.id || t.status !== 'success' || !t.output) continue;
		const image = t.output.images.find((img) => img.key === key);
		if (image) return { task: t, image };
	}
	return null;
}

function findReplacedImage(sim, account, imageId) {
	for (const t of sim.state.tasks.values()) {
		if (t.uid === account.uid && t.output && t.output.replaceProductTaskImageId === imageId) return t;
	}
	return null;
}

/**
 * `aiAvatar` of an image-to-video result ({ aiavatarId, aiavatarName }, https://docs.topview.ai/reference/get_new-endpoint-16):
 * the product avatar of the replace task whose image the video animates; both null when that image came
 * from the user's own template image.
 */
function presenterOf(sim, task) {
	const account = sim.state.accounts.get(task.uid);
	const source = account && !isEmpty(task.params.replaceProductTaskImageId) ? findReplacedImage(sim, account, String(task.params.replaceProductTaskImageId)) : null;
	const avatarId = task.params.avatarId ?? (source && source.params.avatarId);
	const avatar = isEmpty(avatarId) ? null : sim.catalog.productAvatars.find((a) => a.avatarId === String(avatarId));
	return { aiavatarId: isEmpty(avatarId) ? null : String(avatarId), aiavatarName: avatar ? avatar.avatarName : null };
}

function image2Video({ id, version, taskType, submitPath, queryPath }) {
	return {
		id,
		label: `Product avatar ${version} image to video`,
		taskType,
		bizType: 'PRODUCT_AVATAR_IMAGE2VIDEO',
		submitPath,
		queryPath,
		// captionId is required on https://docs.topview.ai/reference/pa2_image2video_submit_task
		required: ['captionId'],
		validate(params, { sim, account }) {
			if (!sim.catalog.captions.some((c) => c.captionId === String(params.captionId))) {
				throw err.notFound(`Caption not found: ${params.captionId}`);
			}
			// Simulator choice: a replaceProductTaskImageId must come from one of the account's image_replace tasks.
			if (!isEmpty(params.replaceProductTaskImageId) && !findReplacedImage(sim, account, String(params.replaceProductTaskImageId))) {
				throw err.notFound(`Image not found: ${params.replaceProductTaskImageId}`);
			}
			return { ...params };
		},
		ext: 'mp4',
		resultUrlField: 'finishedVideoUrl',
		board: { toolType: `product_avatar_${version}_image2video`, toolCategory: 'product_avatar', mediaType: 'video' },
		outputFields: ['finishedVideoUrl', 'finishedVideoCoverUrl', 'aiAvatar'],
		costCredit: true,
		boardFields: true,
		produce: (task, sim) => ({
			finishedVideoUrl: sim.resultUrl(`${task.taskId}.mp4`),
			finishedVideoCoverUrl: sim.resultUrl(`${task.taskId}-cover.png`),
			aiAvatar: presenterOf(sim, task),
		}),
	};
}

const V1_MODES = ['lite', 'pro'];

/** v1 image to video: a v1 replace result key, a mode and a prompt. */
const image2VideoV1 = {
	id: 'product_avatar_v1_image2video',
	label: 'Product avatar v1 image to video',
	taskType: 'product_avatar_image2video',
	bizType: 'PRODUCT_AVATAR_IMAGE2VIDEO',
	submitPath: '/v1/product_avatar/task/image2Video/submit',
	queryPath: '/v1/product_avatar/task/image2Video/result',
	required: ['productReplaceResultKey', 'mode'],
	validate(params, { sim, account }) {
		if (!V1_MODES.includes(params.mode)) throw err.param(`mode must be one of ${V1_MODES.join(', ')}`);
		const key = String(params.productReplaceResultKey);
		const found = findV1Image(sim, account, key);
		if (!found) throw err.notFound(`Product replace result not found: ${key}`);
		return { ...params, sourceTaskId: found.task.taskId };
	},
	ext: 'mp4',
	resultUrlField: 'finishedVideoUrl',
	board: { toolType: 'product_avatar_v1_image2video', toolCategory: 'product_avatar', mediaType: 'video' },
	outputFields: ['finishedVideoUrl'],
	costCredit: true,
	produce: (task, sim) => ({ finishedVideoUrl: sim.resultUrl(`${task.taskId}.mp4`) }),
};

const families = [
	imageReplaceV1,
	image2VideoV1,
	imageReplace({
		id: 'product_avatar_v2_image_replace',
		version: 'v2',
		taskType: 'pa2_replace_product_image',
		submitPath: '/v2/product_avatar/task/image_replace/submit',
		queryPath: '/v2/product_avatar/task/image_replace/query',
	}),
	image2Video({
		id: 'product_avatar_v2_image2video',
		version: 'v2',
		taskType: 'pa2_image2video',
		submitPath: '/v2/product_avatar/task/image2Video/submit',
		queryPath: '/v2/product_avatar/task/image2Video/query',
	}),
	imageReplace({
		id: 'product_avatar_v3_image_replace',
		version: 'v3',
		taskType: 'pa3_replace_product_image',
		submitPath: '/v3/product_avatar/task/image_replace/submit',
		queryPath: '/v3/product_avatar/task/image_replace/query',
	}),
];

/**
 * The watermark-free download is charged per call (the credit log names its type
 * `pa_download_without_watermark`): `config.costs.pa_download_without_watermark`, else `costPerTask`.
 */
const WATERMARK_FREE_TASK_TYPE = 'pa_download_without_watermark';

function chargeWatermarkFree(sim, account, apiKey, taskId) {
	const override = sim.config.costs[WATERMARK_FREE_TASK_TYPE];
	const cost = override != null ? Number(override) : sim.config.costPerTask;
	if (cost <= 0) return;
	const reserved = sim.engine.unfinishedTasks(account).reduce((sum, t) => sum + t.cost, 0);
	const available = account.credits - reserved;
	if (cost > available) throw err.credit(`Credit not enough: this download needs ${cost}, available ${available}`);
	account.credits -= cost;
	const now = sim.clock.now();
	account.creditLogs.push({
		uid: account.uid,
		apiKey,
		date: formatUtc(now),
		costCredit: cost,
		taskId,
		taskType: WATERMARK_FREE_TASK_TYPE,
		time: now,
	});
}

const routes = [
	{
		method: 'GET',
		path: '/v1/product_avatar/task/image_replace/download_without_watermark',
		handler({ sim, account, apiKey, params }) {
			if (isEmpty(params.taskId)) throw err.required('taskId');
			const task = sim.engine.findTask(account, params.taskId, [imageReplaceV1.id]);
			if (task.status !== 'success') {
				throw err.notFound(`No finished v1 Replace Product Image task ${params.taskId} (status ${task.status})`);
			}
			let images = task.output.images;
			if (!isEmpty(params.productReplaceResultKey)) {
				images = images.filter((img) => img.key === String(params.productReplaceResultKey));
				if (!images.length) throw err.notFound(`Product replace result not found: ${params.productReplaceResultKey}`);
			}
			chargeWatermarkFree(sim, account, apiKey, task.taskId);
			return { taskId: task.taskId, productReplaceResult: images.map(({ key, watermarkFreeUrl }) => ({ key, url: watermarkFreeUrl })) };
		},
	},
	{
		method: 'GET',
		path: '/v1/product_avatar/category/list',
		handler: ({ sim }) => sim.catalog.productAvatarCategories.map((c) => ({ ...c })),
	},
	{
		method: 'GET',
		path: '/v1/product_avatar/public_avatar/query',
		handler({ sim, params }) {
			const paging = readPaging(params);
			const eth = listParam(params.ethnicityIds);
			const cats = listParam(params.categoryIds);
			let items = sim.catalog.productAvatars.map((a) => ({ ...a }));
			if (!isEmpty(params.gender)) items = items.filter((a) => a.gender === params.gender);
			if (eth.length) items = items.filter((a) => a.ethnicities.some((e) => eth.includes(e.ethnicityId)));
			if (cats.length) items = items.filter((a) => a.categoryIds.some((c) => cats.includes(c)));
			if (params.sortingType === 'newest') items = sortBy(items, 'gmtCreate', 'desc');
			const page = paginate(items, paging);
			return { data: page.items, total: page.total, pageNo: page.pageNo, pageSize: page.pageSize };
		},
	},
];

module.exports = { families, routes };
