'use strict';

const { err } = require('../envelope');
const { isEmpty, parseIntEnum, parseNumberInRange, parseBool, checkOwnedFile } = require('../validation');
const { addCustomAvatar } = require('../accounts');

/**
 * Video Avatar (§4): full §4.2 validation. Order: required fields (4003), then values (4000),
 * then existence (4004).
 */

function normalizeModeType(v) {
	if (isEmpty(v)) return '0';
	const s = String(v).trim();
	if (s !== '0' && s !== '1') throw err.param('modeType must be "0" or "1"');
	return s;
}

function validate(params, { sim, account }) {
	// 1. Both sources are required.
	if (isEmpty(params.avatarSourceFrom)) throw err.required('avatarSourceFrom');
	if (isEmpty(params.audioSourceFrom)) throw err.required('audioSourceFrom');
	const avatarSourceFrom = parseIntEnum(params, 'avatarSourceFrom', [0, 1, 2, 3], { required: true });
	const audioSourceFrom = parseIntEnum(params, 'audioSourceFrom', [0, 1], { required: true });

	// 2. Fields each choice requires.
	const avatarField = { 0: 'videoFileId', 1: 'aiAvatarId', 2: 'aiAvatarId', 3: 'imageFileId' }[avatarSourceFrom];
	if (isEmpty(params[avatarField])) throw err.required(avatarField);
	if (audioSourceFrom === 0 && isEmpty(params.audioFileId)) throw err.required('audioFileId');
	if (audioSourceFrom === 1) {
		if (isEmpty(params.ttsText)) throw err.required('ttsText');
		if (avatarSourceFrom !== 1 && isEmpty(params.voiceoverId)) throw err.required('voiceoverId');
	}

	// 3. Values.
	const modeType = normalizeModeType(params.modeType);
	if (avatarSourceFrom === 3 && modeType !== '1') throw err.param('A photo avatar (avatarSourceFrom 3) needs modeType "1"');
	const voiceSpeed = audioSourceFrom === 1 ? parseNumberInRange(params, 'voiceSpeed', 0.8, 1.2, 1) : null;
	const aiAvatarId = avatarSourceFrom === 1 || avatarSourceFrom === 2 ? String(params.aiAvatarId).trim() : null;
	const publicAvatar = aiAvatarId ? sim.catalog.avatars.find((a) => a.aiavatarId === aiAvatarId) : null;
	const customAvatar = aiAvatarId ? account.customAvatars.find((a) => a.aiavatarId === aiAvatarId) : null;
	if (avatarSourceFrom === 1 && customAvatar) {
		throw err.param(`aiAvatarId ${aiAvatarId} is a custom avatar: use avatarSourceFrom 2`);
	}
	if (avatarSourceFrom === 2 && publicAvatar) {
		throw err.param(`aiAvatarId ${aiAvatarId} is a public avatar: use avatarSourceFrom 1`);
	}

	// 4. Existence.
	if (avatarSourceFrom === 1 && !publicAvatar) throw err.notFound(`AiAvatar not found: ${aiAvatarId}`);
	if (avatarSourceFrom === 2 && !customAvatar) throw err.notFound(`AiAvatar not found: ${aiAvatarId}`);
	if (avatarSourceFrom === 0) checkOwnedFile(sim, account, 'videoFileId', params.videoFileId);
	if (avatarSourceFrom === 3) checkOwnedFile(sim, account, 'imageFileId', params.imageFileId);
	if (audioSourceFrom === 0) checkOwnedFile(sim, account, 'audioFileId', params.audioFileId);
	let voiceoverId = null;
	if (audioSourceFrom === 1) {
		voiceoverId = isEmpty(params.voiceoverId) ? publicAvatar.voiceoverIdDefault : String(params.voiceoverId).trim();
		const known =
			sim.catalog.voices.some((v) => v.voiceId === voiceoverId) || account.clonedVoices.some((v) => v.voiceId === voiceoverId);
		if (!known) throw err.notFound(`Voice not found: ${voiceoverId}`);
	}

	return {
		avatarSourceFrom,
		audioSourceFrom,
		modeType,
		videoFileId: avatarSourceFrom === 0 ? params.videoFileId : null,
		aiAvatarId,
		imageFileId: avatarSourceFrom === 3 ? params.imageFileId : null,
		audioFileId: audioSourceFrom === 0 ? params.audioFileId : null,
		ttsText: audioSourceFrom === 1 ? params.ttsText : null,
		voiceoverId,
		voiceSpeed,
		isSave2CustomAiAvatar: parseBool(params.isSave2CustomAiAvatar, false),
	};
}

module.exports = {
	id: 'video_avatar',
	label: 'Video Avatar',
	taskType: 'video_avatar',
	bizType: 'ZERO_SHOT_AVATAR',
	submitPath: '/v1/video_avatar/task/submit',
	queryPath: '/v1/video_avatar/task/query',
	required: [],
	ownFileChecks: true,
	validate,
	ext: 'mp4',
	resultUrlField: 'outputVideoUrl',
	board: { toolType: 'video_avatar', toolCategory: 'avatar', mediaType: 'video' },
	echo: (task) => ({ inputVideoFileId: task.input.videoFileId, inputAudioFileId: task.input.audioFileId }),
	outputFields: ['outputVideoUrl'],
	produce(task, sim) {
		const account = sim.state.accounts.get(task.uid);
		const { avatarSourceFrom, isSave2CustomAiAvatar } = task.input;
		// Uploaded video saved on request; photos are always saved (§4.1).
		if (account && ((avatarSourceFrom === 0 && isSave2CustomAiAvatar) || avatarSourceFrom === 3)) {
			const avatar = addCustomAvatar(sim, account, {
				aiavatarName: `Saved avatar ${task.taskId.slice(0, 6)}`,
				type: avatarSourceFrom === 3 ? 2 : 0,
				sourceTaskId: task.taskId,
			});
			task.savedAiAvatarId = avatar.aiavatarId;
		}
		return { outputVideoUrl: sim.resultUrl(`${task.taskId}.mp4`) };
	},
};
