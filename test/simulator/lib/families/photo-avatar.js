'use strict';

const { err } = require('../envelope');
const { isEmpty, parseBool, checkOwnedFile, requireField } = require('../validation');
const { addCustomAvatar } = require('../accounts');
const { readPaging, paginate, listParam } = require('../paging');
const { faceSquare } = require('../fixtures');

/** Photo Avatar / Avatar4 tasks (§10) and the photo-avatar template endpoints (list, category, create, delete). */

function findAvatarAnywhere(sim, account, id) {
	return (
		sim.catalog.photoTemplates.find((t) => t.avatarId === id) ||
		account.customAvatars.find((a) => a.aiavatarId === id) ||
		sim.catalog.avatars.find((a) => a.aiavatarId === id) ||
		null
	);
}

function customAsTemplate(a) {
	return {
		avatarId: a.aiavatarId,
		aiavatarId: a.aiavatarId,
		aiavatarName: a.aiavatarName,
		avatarName: a.aiavatarName,
		gender: a.gender,
		categoryIds: [],
		coverUrl: a.coverUrl,
		templateImageUrl: a.coverUrl,
		isCustom: true,
	};
}

const photoAvatar = {
	id: 'photo_avatar',
	label: 'Photo Avatar',
	taskType: 'photo_avatar',
	bizType: 'PHOTO_AVATAR',
	submitPath: '/v1/photo_avatar/task/submit',
	queryPath: '/v1/photo_avatar/task/query',
	required: [['avatarId', 'templateImageFileId']],
	validate(params, { sim, account }) {
		const input = { ...params };
		if (!isEmpty(params.avatarId) && !findAvatarAnywhere(sim, account, String(params.avatarId))) {
			throw err.notFound(`Avatar not found: ${params.avatarId}`);
		}
		return input;
	},
	ext: 'mp4',
	resultUrlField: 'finishedVideoUrl',
	board: { toolType: 'photo_avatar', toolCategory: 'avatar', mediaType: 'video' },
	outputFields: ['finishedVideoUrl', 'finishedVideoCoverUrl', 'aiAvatar'],
	costCredit: true,
	boardFields: true,
	produce(task, sim) {
		const account = sim.state.accounts.get(task.uid);
		const p = task.params;
		// The avatar the video shows, with the fields of https://docs.topview.ai/reference/avatar4_query_task:
		// the saved custom avatar, the chosen avatar, or the uploaded photo (no aiavatarId: not saved).
		let a = null;
		if (!isEmpty(p.templateImageFileId) && parseBool(p.saveCustomAiAvatar, false) && account) {
			a = addCustomAvatar(sim, account, { type: 2, aiavatarName: `Photo avatar ${task.taskId.slice(0, 6)}`, sourceTaskId: task.taskId });
		} else if (!isEmpty(p.avatarId) && account) {
			a = findAvatarAnywhere(sim, account, String(p.avatarId));
		}
		const aiAvatar = {
			aiavatarId: a ? a.aiavatarId || a.avatarId : null,
			aiavatarName: a ? a.aiavatarName || a.avatarName : `Photo ${task.taskId.slice(0, 6)}`,
			gender: a ? a.gender : null,
			coverUrl: a ? a.coverUrl : sim.resultUrl(`${task.taskId}-cover.png`),
			previewVideoUrl: a && a.previewVideoUrl ? a.previewVideoUrl : sim.resultUrl(`${task.taskId}.mp4`),
			ethnicities: a && a.ethnicities ? a.ethnicities.map((e) => ({ ...e })) : [],
			voiceoverIdDefault: (a && a.voiceoverIdDefault) || (isEmpty(p.voiceId) ? null : String(p.voiceId)),
			faceSquareConfig: a && a.faceSquareConfig ? { ...a.faceSquareConfig } : faceSquare(0),
			type: 2,
		};
		return {
			finishedVideoUrl: sim.resultUrl(`${task.taskId}.mp4`),
			finishedVideoCoverUrl: sim.resultUrl(`${task.taskId}-cover.png`),
			aiAvatar,
		};
	},
};

const routes = [
	{
		method: 'GET',
		path: '/v1/photo_avatar/template/list',
		handler({ sim, account, params }) {
			const paging = readPaging(params);
			const cats = listParam(params.categories || params.categoryIds);
			const isCustom = isEmpty(params.isCustom) ? null : parseBool(params.isCustom);
			let items = [];
			if (isCustom !== true) items = items.concat(sim.catalog.photoTemplates.map((t) => ({ ...t })));
			if (isCustom !== false) items = items.concat(account.customAvatars.map(customAsTemplate));
			if (cats.length) items = items.filter((t) => t.categoryIds.some((c) => cats.includes(c)));
			const page = paginate(items, paging);
			return { data: page.items, total: page.total, pageNo: page.pageNo, pageSize: page.pageSize };
		},
	},
	{
		method: 'GET',
		path: '/v1/photo_avatar/template/category',
		handler: ({ sim }) => sim.catalog.photoTemplateCategories.map((c) => ({ ...c })),
	},
	{
		method: 'POST',
		path: '/v1/photo_avatar/template/create',
		handler({ sim, account, params }) {
			requireField(params, 'templateImageFileId');
			checkOwnedFile(sim, account, 'templateImageFileId', params.templateImageFileId);
			const a = addCustomAvatar(sim, account, { type: 2, aiavatarName: params.name || params.avatarName || undefined });
			return a.aiavatarId;
		},
	},
	{
		method: 'DELETE',
		path: '/v1/photo_avatar/template/delete',
		handler({ sim, account, params }) {
			const id = String(requireField(params, 'aiAvatarId')).trim();
			const idx = account.customAvatars.findIndex((a) => a.aiavatarId === id);
			if (idx >= 0) {
				account.customAvatars.splice(idx, 1);
				return null;
			}
			if (sim.catalog.avatars.some((a) => a.aiavatarId === id) || sim.catalog.photoTemplates.some((t) => t.avatarId === id)) {
				throw err.refused(`Avatar ${id} is public and cannot be deleted`);
			}
			throw err.notFound(`AiAvatar not found: ${id}`);
		},
	},
];

module.exports = { families: [photoAvatar], routes };
