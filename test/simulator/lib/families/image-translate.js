'use strict';

const { err } = require('../envelope');
const { checkNoticeUrl, checkOwnedFile } = require('../validation');
const { listParam } = require('../paging');

/**
 * Image translate (§10): single submit/query, and a batch submit that creates one single-image task per
 * file (simulator choice: answers `{ taskIds, tasks: [{ taskId, fileId }] }`; each is queried with the
 * single query).
 */

const languagesOf = (params) => {
	const langs = listParam(params.languages);
	return langs.length ? langs : ['en'];
};

const imageTranslate = {
	id: 'image_translate',
	label: 'Image translate',
	taskType: 'image_translate',
	bizType: 'IMAGE_TRANSLATE',
	submitPath: '/v1/image_translate/single/task/submit',
	queryPath: '/v1/image_translate/single/task/query',
	required: [],
	validate: (params) => ({ ...params, languages: languagesOf(params) }),
	ext: 'png',
	resultUrlField: 'finishedImageUrl',
	board: { toolType: 'image_translate', toolCategory: 'image', mediaType: 'image' },
	echo: (task) => ({ fileId: task.input.fileId || null, languages: task.input.languages }),
	outputFields: ['details'],
	costCredit: true,
	produce: (task, sim) => ({
		details: task.input.languages.map((language) => ({
			language,
			finishedImageUrl: sim.resultUrl(`${task.taskId}-${language}.png`),
		})),
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
			const languages = languagesOf(params);
			const noticeUrl = checkNoticeUrl(params);
			const board = sim.engine.resolveBoard(account, params.boardId);
			if (sim.config.strictFileIds) for (const id of fileIds) checkOwnedFile(sim, account, 'fileIds', id);
			sim.engine.admit(account, imageTranslate, fileIds.length);
			const tasks = fileIds.map((fileId) => {
				const task = sim.engine.createTask({
					account,
					apiKey: ctx.apiKey,
					fam: imageTranslate,
					input: { fileId, languages },
					params: { ...params, fileId },
					board,
					noticeUrl,
				});
				return { taskId: task.taskId, fileId, noticeUuid: task.noticeUuid || undefined };
			});
			return { taskIds: tasks.map((t) => t.taskId), tasks };
		},
	},
];

module.exports = { families: [imageTranslate], routes };
