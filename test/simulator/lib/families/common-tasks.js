'use strict';

const { addCustomAvatar } = require('../accounts');

/**
 * Common tasks (§10): image2video (v2, and v1 with the same simulated shape), video2aiAvatar (the result
 * becomes a custom avatar usable with avatarSourceFrom 2) and remove_background (its output images are
 * registered as the account's files, usable as fileIds).
 */

function image2video({ id, submitPath, queryPath }) {
	return {
		id,
		label: 'Image to video',
		taskType: 'common_task_image2video',
		bizType: 'COMMON_TASK_IMAGE2VIDEO',
		submitPath,
		queryPath,
		required: [],
		ext: 'mp4',
		resultUrlField: 'finishedVideoUrl',
		board: { toolType: 'image2video', toolCategory: 'video', mediaType: 'video' },
		// Topview's client reads the generated videos from videos[] (one per generatingCount).
		outputFields: ['finishedVideoUrl', 'finishedVideoCoverUrl', 'videos'],
		costCredit: true,
		boardFields: true,
		produce: (task, sim) => ({
			finishedVideoUrl: sim.resultUrl(`${task.taskId}.mp4`),
			finishedVideoCoverUrl: sim.resultUrl(`${task.taskId}-cover.png`),
			videos: Array.from({ length: Math.min(Math.max(Number(task.params.generatingCount) || 1, 1), 4) }, (_, i) => ({
				status: 'success',
				filePath: sim.resultUrl(`${task.taskId}-${i}.mp4`),
				errorMsg: null,
			})),
		}),
	};
}

const video2aiAvatar = {
	id: 'video2aiavatar',
	label: 'Video to AI avatar',
	taskType: 'common_task_video2aiavatar',
	bizType: 'COMMON_TASK_VIDEO2AIAVATAR',
	submitPath: '/v1/common_task/video2aiAvatar/submit',
	queryPath: '/v1/common_task/video2aiAvatar/query',
	required: [],
	ext: 'mp4',
	board: { toolType: 'video2aiavatar', toolCategory: 'avatar', mediaType: 'video' },
	outputFields: ['aiAvatar'],
	costCredit: true,
	produce(task, sim) {
		const account = sim.state.accounts.get(task.uid);
		const avatar = addCustomAvatar(sim, account, {
			aiavatarName: task.params.name || `Avatar from video ${task.taskId.slice(0, 6)}`,
			type: 1,
			sourceTaskId: task.taskId,
		});
		return { aiAvatar: { ...avatar } };
	},
	boardResult: (task) => ({ videoUrl: task.output.aiAvatar.previewVideoUrl, coverUrl: task.output.aiAvatar.coverUrl }),
};

function registerProducedFile(sim, task, name, format) {
	const fileId = sim.ids.fileId();
	sim.state.uploads.set(fileId, {
		fileId,
		uid: task.uid,
		format,
		fileName: `${fileId}.${format}`,
		origin: 'task',
		sourceTaskId: task.taskId,
		uploaded: true,
		issuedAt: sim.clock.now(),
		uploadedAt: sim.clock.now(),
		size: null,
		sha256: null,
		contentType: null,
		headers: null,
		putCount: 0,
		checks: 0,
		url: sim.resultUrl(`${name}.${format}`),
	});
	return fileId;
}

const removeBackground = {
	id: 'remove_background',
	label: 'Remove background',
	taskType: 'common_task_remove_background',
	bizType: 'COMMON_TASK_REMOVE_BACKGROUND',
	submitPath: '/v1/common_task/remove_background/submit',
	queryPath: '/v1/common_task/remove_background/query',
	required: [],
	ext: 'png',
	resultUrlField: 'bgRemovedImagePath',
	board: { toolType: 'remove_background', toolCategory: 'image', mediaType: 'image' },
	outputFields: [
		'bgRemovedImageFileId',
		'bgRemovedImagePath',
		'bgRemovedImageWidth',
		'bgRemovedImageHeight',
		'maskImageFileId',
		'maskImagePath',
	],
	costCredit: true,
	produce(task, sim) {
		const bgId = registerProducedFile(sim, task, `${task.taskId}-nobg`, 'png');
		const maskId = registerProducedFile(sim, task, `${task.taskId}-mask`, 'png');
		return {
			bgRemovedImageFileId: bgId,
			bgRemovedImagePath: sim.resultUrl(`${task.taskId}-nobg.png`),
			bgRemovedImageWidth: 64,
			bgRemovedImageHeight: 64,
			maskImageFileId: maskId,
			maskImagePath: sim.resultUrl(`${task.taskId}-mask.png`),
		};
	},
};

const families = [
	image2video({
		id: 'common_image2video_v2',
		submitPath: '/v2/common_task/image2video/task/submit',
		queryPath: '/v2/common_task/image2video/task/query',
	}),
	image2video({
		id: 'common_image2video_v1',
		submitPath: '/v1/common_task/image2video/submit',
		queryPath: '/v1/common_task/image2video/result',
	}),
	video2aiAvatar,
	removeBackground,
];

module.exports = { families, routes: [], registerProducedFile };
