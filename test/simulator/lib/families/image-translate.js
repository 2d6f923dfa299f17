'use strict';

const { err } = require('../envelope');
const { checkNoticeUrl, checkOwnedFile } = require('../validation');
const { listParam } = require('../paging');

/**
 * Image translate in its two documented steps (https://docs.topview.ai/reference/image-translate-api-usage):
 * a translate task (`/v1/image_translate/single/task/…`, `{ fileId, languages }` with languages by name,
 * status only) and a generate task (`POST /v1/image_generate/single/task/submit { taskId }` of a finished
 * translate task, queried at `/v1/image_generate/task/query`) whose `details[]` hold one image per file and
 * language. A batch (`/v1/image_translate/batch/task/submit { fileIds, languages }`) is one generate task
 * covering every file × language. The generate task is charged 2 credits per image and language; the
 * translate task is free (simulator choice: the page prices the images, not the step).
 */

const languagesOf = (params) => {
	const langs = listParam(params.languages);
	if (langs.length === 0) throw err.required('languages');
	return langs;
};

const translate = {
	id: 'image_translate',
	label: 'Image translate',
	taskType: 'image_translate',
	bizType: 'IMAGE_TRANSLATE',
	submitPath: '/v1/image_translate/single/task/submit',
	queryPath: '/v1/image_translate/single/task/query',
	required: ['fileId', 'languages'],
	validate: (params) => ({ fileIds: [String(params.fileId)], languages: languagesOf(params) }),
	chargeable: false,
	board: { toolType: 'image_translate', toolCategory: 'image', mediaType: 'image' },
	boardResult: () => ({ imageUrl: null }),
	// Status only: the images come from the generate task.
	result: (task) => ({ taskId: task.taskId, status: task.status, errorMsg: task.errorMsg }),
};

const generate = {
	id: 'image_generate',
	label: 'Image translate generate',
	taskType: 'image_translate',
	bizType: 'IMAGE_TRANSLATE',
	submitPath: '/v1/image_generate/single/task/submit',
	queryPath: '/v1/image_generate/task/query',
	required: ['taskId'],
	validate(params, { sim, account }) {
		const source = sim.state.tasks.get(String(params.taskId));
		if (!source || source.uid !== account.uid || source.family !== translate.id) {
			throw err.notFound(`Image translate task not found: ${params.taskId}`);
		}
		if (source.status !== 'success') {
			throw err.param(`Image translate task ${params.taskId} has not finished successfully (status ${source.status})`);
		}
		return { fileIds: source.input.fileIds, languages: source.input.languages, translateTaskId: source.taskId };
	},
	// "2 credits per image": every file in every language.
	unitCost: 2,
	unitsOf: (input) => input.fileIds.length * input.languages.length,
	ext: 'png',
	board: { toolType: 'image_translate', toolCategory: 'image', mediaType: 'image' },
	outputFields: ['details'],
	costCredit: true,
	produce: (task, sim) => ({
		details: task.input.fileIds.flatMap((fileId, f) =>
			task.input.languages.map((language) => ({
				fileId,
				language,
				finishedImageUrl: sim.resultUrl(`${task.taskId}-${f}-${encodeURIComponent(language)}.png`),
			})),
		),
	}),
	boardResult: (task) => ({ imageUrl: task.output.details[0].finishedImageUrl }),
};

const routes = [
	{
		method: 'POST',
		path: '/v1/image_translate/batch/task/submit',
		handler(ctx) {
			const { sim, account, params } = ctx;
			const fileIds = listParam(params.fileIds);
			if (fileIds.length === 0) throw err.required('fileIds');
			const input = { fileIds, languages: languagesOf(params) };
			const noticeUrl = checkNoticeUrl(params);
			const board = sim.engine.resolveBoard(account, params.boardId);
			if (sim.config.strictFileIds) for (const id of fileIds) checkOwnedFile(sim, account, 'fileIds', id);
			sim.engine.admit(account, generate, 1, input);
			const task = sim.engine.createTask({ account, apiKey: ctx.apiKey, fam: generate, input, params, board, noticeUrl });
			return { taskId: task.taskId, status: task.status, errorMsg: null, noticeUuid: task.noticeUuid };
		},
	},
];

module.exports = { families: [translate, generate], routes };
