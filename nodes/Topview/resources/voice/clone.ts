import type { INodeProperties } from 'n8n-workflow';
import { voiceClone } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { fileField } from '../../shared/inlineFiles';

const showOnlyForClone = { resource: ['voice'], operation: ['clone'] };

export const voiceCloneDescription: INodeProperties[] = [
	...fileField({
		field: 'originVoiceFileId',
		kind: 'voiceSample',
		label: 'Recording',
		show: showOnlyForClone,
		required: true,
		placeholder: 'e.g. 5e6f7a8b9c0d',
		description:
			'The fileId of the uploaded recording of the voice (from File → Upload): mp3 or wav, 10 seconds to 5 minutes, under 10 MB',
	}),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Brand voice',
		description: 'Name of the cloned voice in voice lists',
		displayOptions: { show: showOnlyForClone },
		routing: { send: { type: 'body', property: 'name' } },
	},
	additionalFieldsCollection(showOnlyForClone, [
		callbackUrlOption,
		{
			displayName: 'Voice Speed',
			name: 'voiceSpeed',
			type: 'number',
			typeOptions: { minValue: 0.8, maxValue: 1.2, numberPrecision: 2 },
			default: 1,
			description: 'Speaking speed of the cloned voice from 0.8 to 1.2',
			routing: { send: { type: 'body', property: 'voiceSpeed' } },
		},
		{
			displayName: 'Voice Text',
			name: 'voiceText',
			type: 'string',
			typeOptions: { rows: 2 },
			default: '',
			placeholder: 'e.g. Hi, this is my cloned voice.',
			description: 'Text for the cloned voice to speak in its demo audio (sent as voiceText)',
			routing: { send: { type: 'body', property: 'voiceText' } },
		},
	]),
	waitForCompletionField(showOnlyForClone),
	submitOptionsField(showOnlyForClone, voiceClone),
];
