import type { INodeProperties } from 'n8n-workflow';
import { textToSpeech } from '../../shared/families';
import {
	additionalFieldsCollection,
	boardField,
	callbackUrlOption,
	submitOptionsField,
	voiceLocator,
	waitForCompletionField,
} from '../../shared/descriptions';
import { fileField } from '../../shared/inlineFiles';

const showOnlyForTextToSpeech = { resource: ['voice'], operation: ['textToSpeech'] };

export const voiceTextToSpeechDescription: INodeProperties[] = [
	{
		displayName: 'Text',
		name: 'voiceText',
		type: 'string',
		required: true,
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'e.g. Meet the new summer collection, available from today.',
		description: 'The text to speak',
		displayOptions: { show: showOnlyForTextToSpeech },
		routing: { send: { type: 'body', property: 'voiceText' } },
	},
	voiceLocator({
		name: 'voiceId',
		description:
			'The voice that speaks the text, your cloned voices first',
		required: true,
		displayOptions: { show: showOnlyForTextToSpeech },
	}),
	...fileField({
		field: 'originVoiceFileId',
		kind: 'audio',
		label: 'Reference Recording',
		show: showOnlyForTextToSpeech,
		placeholder: 'e.g. 5e6f7a8b9c0d',
		description: 'Optional: the fileId of an uploaded recording of the original voice (sent as originVoiceFileId)',
	}),
	additionalFieldsCollection(showOnlyForTextToSpeech, [
		boardField({ type: 'body', property: 'boardId' }),
		callbackUrlOption,
		{
			displayName: 'Emotion',
			name: 'emotionName',
			type: 'string',
			default: '',
			placeholder: 'e.g. happy',
			description: 'The emotion to speak with, e.g. happy, sad or angry',
			routing: { send: { type: 'body', property: 'emotionName' } },
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'e.g. Summer promo voice-over',
			description: 'A name for the generated audio',
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			displayName: 'Pronunciation Rules',
			name: 'pronRules',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Rule',
			default: {},
			description: 'Words to say differently from how they are written',
			options: [
				{
					displayName: 'Rule',
					name: 'rules',
					values: [
						{
							displayName: 'Text',
							name: 'oldStr',
							type: 'string',
							default: '',
							placeholder: 'e.g. Topview',
							description: 'The text as written',
						},
						{
							displayName: 'Say As',
							name: 'newStr',
							type: 'string',
							default: '',
							placeholder: 'e.g. top view',
							description: 'How to pronounce it',
						},
					],
				},
			],
			routing: { send: { type: 'body', property: 'pronRules' } },
		},
		{
			displayName: 'Voice Speed',
			name: 'voiceSpeed',
			type: 'number',
			typeOptions: { minValue: 0.1, numberPrecision: 2 },
			default: 1,
			description: 'Speaking speed; 1 is normal',
			routing: { send: { type: 'body', property: 'voiceSpeed' } },
		},
	]),
	waitForCompletionField(showOnlyForTextToSpeech),
	submitOptionsField(showOnlyForTextToSpeech, textToSpeech),
];
