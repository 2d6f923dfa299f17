'use strict';

const { INITIAL_CUSTOM_AVATARS, INITIAL_CLONED_VOICES, faceSquare } = require('./fixtures');

/**
 * Accounts: credentials, credit balance, concurrency limit, and the account's own resources
 * (custom avatars, cloned voices, boards, credit log).
 */

function normalizeAccountSpec(spec, index) {
	if (!spec || typeof spec.uid !== 'string' || spec.uid === '') throw new Error(`accounts[${index}].uid is required`);
	const apiKeys = [].concat(spec.apiKeys || [], spec.apiKey || []).filter(Boolean);
	if (apiKeys.length === 0) throw new Error(`accounts[${index}].apiKey is required`);
	return {
		uid: spec.uid,
		apiKeys,
		credits: spec.credits == null ? 1000 : Number(spec.credits),
		concurrency: spec.concurrency == null ? 4 : Number(spec.concurrency),
		expiredTime: spec.expiredTime || '2099-12-31T23:59:59Z',
		ownerName: spec.ownerName || `User ${spec.uid}`,
	};
}

function addCustomAvatar(sim, account, props = {}) {
	const aiavatarId = sim.ids.numeric('custom-avatar', 900000);
	const avatar = {
		aiavatarId,
		aiavatarName: props.aiavatarName || `Custom avatar ${aiavatarId}`,
		gender: props.gender === undefined ? 'female' : props.gender,
		coverUrl: sim.fileUrl(`avatars/${aiavatarId}-cover.png`),
		previewVideoUrl: sim.fileUrl(`avatars/${aiavatarId}-preview.mp4`),
		thumbnailUrl: sim.fileUrl(`avatars/${aiavatarId}-thumb.png`),
		ethnicities: props.ethnicities || [],
		voiceoverIdDefault: null,
		faceSquareConfig: faceSquare(Number(aiavatarId) % 97),
		type: props.type == null ? 0 : props.type,
		isCustom: true,
		gmtCreate: sim.clock.now(),
		sourceTaskId: props.sourceTaskId || null,
	};
	account.customAvatars.push(avatar);
	return avatar;
}

function addClonedVoice(sim, account, props = {}) {
	const voiceId = `cv${sim.ids.numeric('cloned-voice', 90000)}`;
	const voice = {
		voiceId,
		voiceName: props.voiceName || `Cloned voice ${voiceId}`,
		language: props.language || 'en',
		gender: props.gender || null,
		age: props.age || null,
		style: props.style || null,
		accent: props.accent || null,
		demoAudioUrl: sim.fileUrl(`voices/${voiceId}-demo.mp3`),
		bestSupportLanguage: props.language || 'en',
		durations: 8,
		isCustom: true,
		sourceTaskId: props.sourceTaskId || null,
	};
	account.clonedVoices.push(voice);
	return voice;
}

function addBoard(sim, account, name, isSystemDefault = false) {
	const board = {
		boardId: sim.ids.numeric('board', 10000),
		name,
		isSystemDefault,
		gmtCreate: sim.clock.now(),
		taskIds: [],
	};
	account.boards.push(board);
	return board;
}

function createAccount(sim, spec) {
	const account = {
		...spec,
		initial: { credits: spec.credits, concurrency: spec.concurrency },
		customAvatars: [],
		clonedVoices: [],
		boards: [],
		creditLogs: [],
	};
	for (const a of INITIAL_CUSTOM_AVATARS) addCustomAvatar(sim, account, a);
	for (const v of INITIAL_CLONED_VOICES) addClonedVoice(sim, account, v);
	addBoard(sim, account, 'My First Board', true);
	return account;
}

/** A snapshot safe to hand to tests (no internal arrays shared). */
function describeAccount(account, unfinished = []) {
	return {
		uid: account.uid,
		apiKeys: [...account.apiKeys],
		credits: account.credits,
		concurrency: account.concurrency,
		reservedCredits: unfinished.reduce((s, t) => s + t.cost, 0),
		unfinishedTasks: unfinished.map((t) => t.taskId),
		customAvatarIds: account.customAvatars.map((a) => a.aiavatarId),
		clonedVoiceIds: account.clonedVoices.map((v) => v.voiceId),
		boardIds: account.boards.map((b) => b.boardId),
		creditLogCount: account.creditLogs.length,
	};
}

module.exports = { normalizeAccountSpec, createAccount, addCustomAvatar, addClonedVoice, addBoard, describeAccount };
