import type { INodeProperties } from 'n8n-workflow';
import { textToSpeech, voiceClone } from '../../shared/families';
import { listRouting, queryRouting, submitRouting, writeRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { voiceCloneDescription } from './clone';
import { voiceCloneSchema } from './cloneSchema';
import { deletedVoice, voiceDeleteDescription, voiceDeleteSchema } from './delete';
import { voiceGetAllDescription, voiceGetAllSchema, voiceNameMatches } from './getAll';
import { voiceQueryCloneDescription } from './queryClone';
import { voiceQueryTextToSpeechDescription } from './queryTextToSpeech';
import { voiceTextToSpeechDescription } from './textToSpeech';
import { textToSpeechSchema } from './textToSpeechSchema';

export const voiceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['voice'] } },
		options: [
			{
				name: 'Clone',
				value: 'clone',
				action: 'Clone a voice',
				description:
					'Clone a voice from a recording, optionally waiting for it; the new voiceId works wherever a voice is asked for',
				routing: submitRouting(voiceClone, {
					checks: [validateRequest(voiceCloneSchema)],
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a cloned voice',
				description: 'Delete a voice cloned on your account',
				routing: writeRouting('DELETE', '/v1/voice/clone/delete', {
					checks: [validateRequest(voiceDeleteSchema, 'qs')],
					shape: deletedVoice,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many voices',
				description: 'List public or cloned voices',
				// The documented filters have no name (https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/references/voice.md).
				routing: listRouting('/v1/voice/query', { itemsField: 'data', maxPageSize: 100, keep: voiceNameMatches }, { checks: [validateRequest(voiceGetAllSchema, 'qs')] }),
			},
			{
				name: 'Query Clone',
				value: 'queryClone',
				action: 'Query a voice clone task',
				description: 'Get the status and result of a voice clone task: the new voice with its voiceId',
				routing: queryRouting(voiceClone),
			},
			{
				name: 'Query Text to Speech',
				value: 'queryTextToSpeech',
				action: 'Query a text to speech task',
				description: 'Get the status and result of a text to speech task: the audio URL and its duration',
				routing: queryRouting(textToSpeech),
			},
			{
				name: 'Text to Speech',
				value: 'textToSpeech',
				action: 'Convert text to speech',
				description: 'Speak a text with a public or cloned voice, optionally waiting for the audio',
				routing: submitRouting(textToSpeech, {
					checks: [validateRequest(textToSpeechSchema)],
				}),
			},
		],
		default: 'getAll',
	},
	...voiceGetAllDescription,
	...voiceDeleteDescription,
	...voiceCloneDescription,
	...voiceQueryCloneDescription,
	...voiceTextToSpeechDescription,
	...voiceQueryTextToSpeechDescription,
];
