'use strict';

const { err } = require('../envelope');
const { isEmpty } = require('../validation');
const { readPaging, paginate, listParam, sortBy } = require('../paging');

/**
 * Product avatar v1/v2/v3 (§10): image_replace tasks produce an image (and a `replaceProductTaskImageId`
 * that image2Video takes); image2Video tasks produce a video. Plus the category and public-avatar look-ups.
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

function findReplacedImage(sim, account, imageId) {
	for (const t of sim.state.tasks.values()) {
		if (t.uid === account.uid && t.output && t.output.replaceProductTaskImageId === imageId) return t;
	}
	return null;
}

function image2Video({ id, version, taskType, submitPath, queryPath }) {
	return {
		id,
		label: `Product avatar ${version} image to video`,
		taskType,
		bizType: 'PRODUCT_AVATAR_IMAGE2VIDEO',
		submitPath,
		queryPath,
		required: [],
		validate(params, { sim, account }) {
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
			aiAvatar: task.params.avatarId ? { aiavatarId: String(task.params.avatarId) } : null,
		}),
	};
}

/**
 * v1 watermark-free download (Assumption: the API names the task type `pa_download_without_watermark`
 * but documents no path; see README). Takes the `taskId` of a finished v1 image2Video task and produces
 * the same video without the watermark.
 */
const downloadWithoutWatermark = {
	id: 'product_avatar_v1_download_without_watermark',
	label: 'Product avatar v1 download without watermark',
	taskType: 'pa_download_without_watermark',
	bizType: 'PRODUCT_AVATAR_DOWNLOAD_WITHOUT_WATERMARK',
	submitPath: '/v1/product_avatar/task/download_without_watermark/submit',
	queryPath: '/v1/product_avatar/task/download_without_watermark/query',
	required: ['taskId'],
	validate(params, { sim, account }) {
		const source = sim.state.tasks.get(String(params.taskId));
		if (!source || source.uid !== account.uid || source.family !== 'product_avatar_v1_image2video') {
			throw err.notFound(`Product avatar v1 image2Video task not found: ${params.taskId}`);
		}
		if (source.status !== 'success') {
			throw err.param(`Task ${params.taskId} has not finished successfully (status ${source.status})`);
		}
		return { sourceTaskId: source.taskId };
	},
	ext: 'mp4',
	resultUrlField: 'finishedVideoUrl',
	board: { toolType: 'product_avatar_v1_download_without_watermark', toolCategory: 'product_avatar', mediaType: 'video' },
	outputFields: ['finishedVideoUrl', 'sourceTaskId'],
	costCredit: true,
	boardFields: true,
	produce: (task, sim) => ({
		finishedVideoUrl: sim.resultUrl(`${task.taskId}.mp4`),
		sourceTaskId: task.input.sourceTaskId,
	}),
};

const families = [
	imageReplace({
		id: 'product_avatar_v1_image_replace',
		version: 'v1',
		taskType: 'product_avatar_replace_product_image',
		submitPath: '/v1/product_avatar/task/image_replace/submit',
		queryPath: '/v1/product_avatar/task/image_replace/query',
	}),
	image2Video({
		id: 'product_avatar_v1_image2video',
		version: 'v1',
		taskType: 'product_avatar_image2video',
		submitPath: '/v1/product_avatar/task/image2Video/submit',
		queryPath: '/v1/product_avatar/task/image2Video/result',
	}),
	downloadWithoutWatermark,
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

const routes = [
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
