'use strict';

const { err } = require('../envelope');
const { isEmpty } = require('../validation');

/**
 * Generation with third-party models (Topview's client: video_gen.py, ai_image.py): text2video,
 * omni_reference, text2image and image_edit. Results list one entry per generated file
 * (`videos[]` / `images[]` of { status, filePath, errorMsg }) plus costCredit and the board fields.
 * Simulator choices: the model is not checked against a table (the node checks limits itself); a
 * count outside 1–4 is a 4000; credit-log taskTypes (undocumented) are `common_task_<endpoint>`.
 */

function countOf(params, field) {
	if (isEmpty(params[field])) return 1;
	const n = Number(params[field]);
	if (!Number.isInteger(n) || n < 1 || n > 4) throw err.param(`${field} must be 1 to 4`);
	return n;
}

const LONG_SIDE = { '1K': 1024, '2K': 2048, '4K': 4096 };

/**
 * Pixel size of a generated image (Topview's client reads images[].width and height:
 * https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/ai_image.py):
 * the resolution's long side, the other side by the aspect ratio (`auto` and unknown ratios → square).
 */
function imageSize({ aspectRatio, resolution }) {
	const long = LONG_SIDE[String(resolution).toUpperCase()] || 1024;
	const [w, h] = /^\d+:\d+$/.test(String(aspectRatio)) ? String(aspectRatio).split(':').map(Number) : [1, 1];
	return w >= h ? { width: long, height: Math.round((long * h) / w) } : { width: Math.round((long * w) / h), height: long };
}

function family({ id, label, submitPath, queryPath, listField, countField, ext, mediaType, toolType, bizType, validate }) {
	return {
		id,
		label,
		taskType: `common_task_${toolType}`,
		bizType,
		submitPath,
		queryPath,
		required: ['model', 'prompt'],
		ext,
		board: { toolType, toolCategory: mediaType, mediaType },
		outputFields: [listField],
		costCredit: true,
		boardFields: true,
		validate(params) {
			if (validate) validate(params);
			return { ...params, count: countOf(params, countField) };
		},
		produce: (task, sim) => ({
			[listField]: Array.from({ length: task.input.count }, (_, i) => ({
				status: 'success',
				filePath: sim.resultUrl(`${task.taskId}-${i}.${ext}`),
				errorMsg: null,
				...(mediaType === 'image' ? imageSize(task.params) : {}),
			})),
		}),
		boardResult: (task) => ({ [mediaType === 'image' ? 'imageUrl' : 'videoUrl']: task.output[listField][0].filePath }),
	};
}

const families = [
	family({
		id: 'common_text2video',
		label: 'Text to video',
		submitPath: '/v1/common_task/text2video/task/submit',
		queryPath: '/v1/common_task/text2video/task/query',
		listField: 'videos',
		countField: 'generatingCount',
		ext: 'mp4',
		mediaType: 'video',
		toolType: 'text2video',
		bizType: 'COMMON_TASK_TEXT2VIDEO',
	}),
	family({
		id: 'common_omni_reference',
		label: 'Omni reference',
		submitPath: '/v1/common_task/omni_reference/task/submit',
		queryPath: '/v1/common_task/omni_reference/task/query',
		listField: 'videos',
		countField: 'generatingCount',
		ext: 'mp4',
		mediaType: 'video',
		toolType: 'omni_reference',
		bizType: 'COMMON_TASK_OMNI_REFERENCE',
		validate(params) {
			for (const field of ['inputImages', 'inputVideos']) {
				if (isEmpty(params[field])) continue;
				if (!Array.isArray(params[field]) || params[field].some((x) => !x || isEmpty(x.name) || isEmpty(x.fileId))) {
					throw err.param(`${field} must be a list of { name, fileId }`);
				}
			}
		},
	}),
	family({
		id: 'common_text2image',
		label: 'Text to image',
		submitPath: '/v1/common_task/text2image/task/submit',
		queryPath: '/v1/common_task/text2image/task/query',
		listField: 'images',
		countField: 'generateCount',
		ext: 'png',
		mediaType: 'image',
		toolType: 'text2image',
		bizType: 'COMMON_TASK_TEXT2IMAGE',
	}),
	family({
		id: 'common_image_edit',
		label: 'Image edit',
		submitPath: '/v1/common_task/image_edit/task/submit',
		queryPath: '/v1/common_task/image_edit/task/query',
		listField: 'images',
		countField: 'generateCount',
		ext: 'png',
		mediaType: 'image',
		toolType: 'image_edit',
		bizType: 'COMMON_TASK_IMAGE_EDIT',
		validate(params) {
			if (!Array.isArray(params.inputImageFileIds) || params.inputImageFileIds.length === 0) throw err.required('inputImageFileIds');
		},
	}),
];

module.exports = { families, routes: [] };
