'use strict';

const crypto = require('node:crypto');
const { err } = require('../envelope');
const { isEmpty, requireField, checkNoticeUrl } = require('../validation');
const { readPaging, paginate, listParam } = require('../paging');

/**
 * Marketing video (m2v, §10): submit builds scripts + preview videos (free); export renders one script
 * (charged, taskType m2v, bizType M2V_EXPORT, noticeUrl required) and shows up in the m2v query's
 * `exportVideos`; script list/update; task list/delete.
 */

const SCRIPT_COUNT = 3;

function etag(text) {
	return crypto.createHash('md5').update(text).digest('hex');
}

function buildScripts(task, sim) {
	const p = task.params;
	const product = p.productName || (p.productLink ? safeHost(p.productLink) : 'Your product');
	return Array.from({ length: SCRIPT_COUNT }, (_, i) => ({
		scriptId: i,
		title: `${product}: script ${i + 1}`,
		description: `A ${['problem-solution', 'unboxing', 'testimonial'][i]} video for ${product}`,
		// Update Script edits segments: https://docs.topview.ai/reference/avatar_marketing_video_update_script_content
		scriptContents: [`Meet ${product}.`, 'Here is why it helps.', `Get yours today. (#${i + 1})`].map((segText, segId) => ({
			segId: String(segId),
			segText,
		})),
		videoUrl: sim.resultUrl(`${task.taskId}-preview-${i}.mp4`),
		coverUrl: sim.resultUrl(`${task.taskId}-preview-${i}.png`),
		videoDuration: 15000 + i * 5000,
		videoEtag: etag(`${task.taskId}:preview:${i}`),
	}));
}

const SCENES = 2;

/** The product's media the preview was cut from: video scenes with their time span, and images. */
function buildScenes(task, sim) {
	const media = (kind, i) => ({ mediaId: sim.ids.hex(`m2v-${kind}:${task.taskId}:${i}`, 32), mediaType: kind });
	return {
		videoScenes: Array.from({ length: SCENES }, (_, i) => ({
			...media('video', i),
			seq: i,
			sceneAnalyseDesc: `Scene ${i + 1}: the product in use`,
			sceneFileName: `${task.taskId}-scene-${i}.mp4`,
			videoSceneCoverUrl: sim.resultUrl(`${task.taskId}-scene-${i}.png`),
			start: i * 3,
			end: i * 3 + 3,
		})),
		imageScenes: Array.from({ length: SCENES }, (_, i) => ({
			...media('image', i),
			sceneAnalyseDesc: `Image ${i + 1}: the product on a plain background`,
			sceneFileName: `${task.taskId}-image-${i}.png`,
			imageSceneUrl: sim.resultUrl(`${task.taskId}-image-${i}.png`),
		})),
	};
}

function safeHost(link) {
	try {
		return new URL(link).hostname;
	} catch {
		return String(link).slice(0, 40);
	}
}

function exportJobs(sim, parentTaskId) {
	return [...sim.state.tasks.values()].filter((t) => t.family === 'm2v_export' && t.parentTaskId === parentTaskId);
}

function m2vResult(task, sim) {
	const p = task.params;
	const scripts = (task.output && task.output.scripts) || [];
	return {
		taskId: task.taskId,
		status: task.status,
		errorMsg: task.errorMsg,
		productName: p.productName || null,
		productDescription: p.productDescription || null,
		aspectRatio: p.aspectRatio || '9:16',
		language: p.language || 'en',
		videoLengthType: p.videoLengthType == null ? 1 : Number(p.videoLengthType),
		previewVideos: scripts.map((s) => ({
			scriptId: s.scriptId,
			status: 'success',
			title: s.title,
			description: s.description,
			videoUrl: s.videoUrl,
			coverUrl: s.coverUrl,
			videoDuration: s.videoDuration,
			videoEtag: s.videoEtag,
		})),
		exportVideos: exportJobs(sim, task.taskId).map((job) => {
			const s = scripts.find((x) => x.scriptId === job.input.scriptId) || {};
			const out = job.output || {};
			return {
				scriptId: job.input.scriptId,
				status: job.status,
				errorMsg: job.errorMsg,
				title: s.title || null,
				description: s.description || null,
				videoUrl: out.videoUrl || null,
				coverUrl: out.coverUrl || null,
				videoDuration: out.videoUrl ? s.videoDuration : null,
				videoEtag: out.videoEtag || null,
			};
		}),
		// The scenes the preview was cut from and every script's segments, as the Query Task page lists them:
		// https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-273646908
		videoSceneInfoList: task.output ? task.output.videoScenes : [],
		imageSceneInfoList: task.output ? task.output.imageScenes : [],
		scriptContentList: scripts.map((s) => ({
			scriptId: s.scriptId,
			scriptContents: s.scriptContents.map(({ segId, segText }) => ({ segId: Number(segId), segText })),
		})),
		costCredit: exportJobs(sim, task.taskId).reduce((n, j) => n + j.charged, 0),
		boardId: task.boardId,
		boardTaskId: task.boardTaskId,
	};
}

const m2v = {
	id: 'm2v',
	label: 'Marketing video (preview)',
	taskType: 'm2v',
	bizType: 'M2V_PREVIEW',
	submitPath: '/v1/m2v/task/submit',
	queryPath: '/v1/m2v/task/query',
	required: [['productLink', 'fileIds']],
	// §9: m2v is charged per export, so the preview itself is free.
	chargeable: false,
	ext: 'mp4',
	board: { toolType: 'm2v', toolCategory: 'marketing_video', mediaType: 'video' },
	produce: (task, sim) => ({ scripts: buildScripts(task, sim), ...buildScenes(task, sim) }),
	result: (task, sim) => m2vResult(task, sim),
	boardResult(task, sim) {
		const exp = exportJobs(sim, task.taskId).find((j) => j.status === 'success');
		const s = task.output.scripts[0];
		return { videoUrl: exp ? exp.output.videoUrl : s.videoUrl, coverUrl: s.coverUrl };
	},
};

const m2vExport = {
	id: 'm2v_export',
	label: 'Marketing video (export)',
	taskType: 'm2v',
	bizType: 'M2V_EXPORT',
	// No own paths: created by POST /v1/m2v/export, reported through the m2v query.
	ext: 'mp4',
	board: { toolType: 'm2v', toolCategory: 'marketing_video', mediaType: 'video' },
	produce: (task, sim) => ({
		videoUrl: sim.resultUrl(`${task.parentTaskId}-export-${task.input.scriptId}-${task.taskId.slice(0, 8)}.mp4`),
		coverUrl: sim.resultUrl(`${task.parentTaskId}-export-${task.input.scriptId}-${task.taskId.slice(0, 8)}.png`),
		videoEtag: etag(`${task.taskId}:export`),
	}),
	resultUrlField: 'videoUrl',
	callbackSubject: (task, sim) => sim.state.tasks.get(task.parentTaskId) || task,
};

function ownM2vTask(sim, account, taskId) {
	return sim.engine.findTask(account, taskId, ['m2v']);
}

function requireFinished(task) {
	if (task.status !== 'success') throw err.param(`m2v task ${task.taskId} is ${task.status}; wait for the preview to succeed`);
}

const routes = [
	{
		method: 'POST',
		path: '/v1/m2v/export',
		handler(ctx) {
			const { sim, account, params } = ctx;
			requireField(params, 'taskId');
			if (isEmpty(params.noticeUrl)) throw err.required('noticeUrl');
			const noticeUrl = checkNoticeUrl(params);
			const parent = ownM2vTask(sim, account, params.taskId);
			requireFinished(parent);
			const scriptId = isEmpty(params.scriptId) ? 0 : Number(params.scriptId);
			if (!parent.output.scripts.some((s) => s.scriptId === scriptId)) throw err.notFound(`Script not found: ${params.scriptId}`);
			sim.engine.admit(account, m2vExport);
			const job = sim.engine.createTask({
				account,
				apiKey: ctx.apiKey,
				fam: m2vExport,
				input: { scriptId },
				params,
				board: null,
				noticeUrl,
				parentTaskId: parent.taskId,
			});
			return { taskId: parent.taskId, scriptId, status: 'init', errorMsg: null, noticeUuid: job.noticeUuid, exportTaskId: job.taskId };
		},
	},
	{
		method: 'GET',
		path: '/v1/m2v/script/list',
		handler({ sim, account, params }) {
			// One script's segments, as https://docs.topview.ai/reference/avatar_marketing_video_list_script_content
			// shows it ({ scriptId, scriptContents[] }); the page takes only taskId, so the simulator answers the
			// first script (simulator choice). Every script's segments are in the query's scriptContentList.
			const task = ownM2vTask(sim, account, params.taskId);
			requireFinished(task);
			const { scriptId, scriptContents } = task.output.scripts[0];
			return { scriptId, scriptContents: scriptContents.map((seg) => ({ ...seg })) };
		},
	},
	{
		method: 'POST',
		path: '/v1/m2v/script/update',
		handler({ sim, account, params }) {
			const task = ownM2vTask(sim, account, params.taskId);
			requireFinished(task);
			if (isEmpty(params.scriptId) && params.scriptId !== 0) throw err.required('scriptId');
			const s = task.output.scripts.find((x) => x.scriptId === Number(params.scriptId));
			if (!s) throw err.notFound(`Script not found: ${params.scriptId}`);
			if (!Array.isArray(params.scriptContents) || !params.scriptContents.length) throw err.required('scriptContents');
			for (const { segId, segText } of params.scriptContents) {
				const segment = s.scriptContents.find((x) => x.segId === String(segId));
				if (!segment) throw err.notFound(`Segment not found: ${segId}`);
				if (typeof segText === 'string') segment.segText = segText;
			}
			return { taskId: task.taskId, status: 'success', errorMsg: null };
		},
	},
	{
		method: 'GET',
		path: '/v1/m2v/task/list',
		handler({ sim, account, params }) {
			sim.engine.sweep();
			const paging = readPaging(params);
			const tasks = [...sim.state.tasks.values()]
				.filter((t) => t.uid === account.uid && t.family === 'm2v')
				.sort((a, b) => b.createdAt - a.createdAt);
			const page = paginate(tasks, paging);
			return { data: page.items.map((t) => m2vResult(t, sim)), total: page.total, pageNo: page.pageNo, pageSize: page.pageSize };
		},
	},
	{
		method: 'DELETE',
		path: '/v1/m2v/task/delete',
		handler({ sim, account, params }) {
			const ids = listParam(params.taskIds != null ? params.taskIds : params.taskId);
			if (ids.length === 0) throw err.required('taskIds');
			const own = ids.filter((id) => {
				const t = sim.state.tasks.get(id);
				return t && t.uid === account.uid && t.family === 'm2v';
			});
			if (own.length === 0) throw err.notFound(`Task not found: ${ids.join(',')}`);
			for (const id of own) {
				for (const job of exportJobs(sim, id)) sim.engine.remove(job.taskId);
				sim.engine.remove(id);
			}
			return null;
		},
	},
];

module.exports = { families: [m2v, m2vExport], routes };
