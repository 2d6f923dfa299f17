'use strict';

const { err } = require('../envelope');
const { isEmpty, requireField } = require('../validation');
const { addClonedVoice } = require('../accounts');

/**
 * Voice clone (the cloned voice then appears in Voice Query with isCustom true), text2voice, and
 * deleting a cloned voice (§10).
 */

function knownVoice(sim, account, voiceId) {
	return sim.catalog.voices.find((v) => v.voiceId === voiceId) || account.clonedVoices.find((v) => v.voiceId === voiceId) || null;
}

const voiceClone = {
	id: 'voice_clone',
	label: 'Voice clone',
	taskType: 'voice_clone',
	bizType: 'VOICE_CLONE',
	submitPath: '/v1/voice/clone/task/submit',
	queryPath: '/v1/voice/clone/task/query',
	required: [],
	ext: 'mp3',
	board: { toolType: 'voice_clone', toolCategory: 'audio', mediaType: 'audio' },
	outputFields: ['voice'],
	costCredit: true,
	produce(task, sim) {
		const account = sim.state.accounts.get(task.uid);
		const v = addClonedVoice(sim, account, { voiceName: task.params.name || undefined, sourceTaskId: task.taskId });
		return { voice: { voiceId: v.voiceId, voiceName: v.voiceName, demoAudioUrl: v.demoAudioUrl } };
	},
	boardResult: (task) => ({ audioUrl: task.output.voice.demoAudioUrl }),
};

const text2voice = {
	id: 'text2voice',
	label: 'Text to voice',
	taskType: 'voice_text2voice',
	bizType: 'VOICE_TEXT2VOICE',
	submitPath: '/v1/voice/text2voice/task/submit',
	queryPath: '/v1/voice/text2voice/task/query',
	required: [],
	validate(params, { sim, account }) {
		if (!isEmpty(params.voiceId) && !knownVoice(sim, account, String(params.voiceId))) {
			throw err.notFound(`Voice not found: ${params.voiceId}`);
		}
		return { ...params };
	},
	ext: 'mp3',
	board: { toolType: 'text2voice', toolCategory: 'audio', mediaType: 'audio' },
	outputFields: ['voice'],
	costCredit: true,
	boardFields: true,
	produce(task, sim) {
		const account = sim.state.accounts.get(task.uid);
		const v = (task.params.voiceId && knownVoice(sim, account, String(task.params.voiceId))) || sim.catalog.voices[0];
		const text = String(task.params.voiceText || '');
		return {
			voice: {
				voiceId: v.voiceId,
				voiceName: task.params.name || v.voiceName,
				demoAudioUrl: sim.resultUrl(`${task.taskId}.mp3`),
				durations: Math.max(1, Math.round(text.length / 15)),
			},
		};
	},
	boardResult: (task) => ({ audioUrl: task.output.voice.demoAudioUrl }),
};

const routes = [
	{
		method: 'DELETE',
		path: '/v1/voice/clone/delete',
		handler({ sim, account, params }) {
			const id = String(requireField(params, 'voiceId')).trim();
			const idx = account.clonedVoices.findIndex((v) => v.voiceId === id);
			if (idx >= 0) {
				account.clonedVoices.splice(idx, 1);
				return null;
			}
			if (sim.catalog.voices.some((v) => v.voiceId === id)) throw err.refused(`Voice ${id} is public and cannot be deleted`);
			throw err.notFound(`Voice not found: ${id}`);
		},
	},
];

module.exports = { families: [voiceClone, text2voice], routes, knownVoice };
