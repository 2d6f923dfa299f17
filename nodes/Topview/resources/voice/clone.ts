import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { voiceClone } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlField,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { fileInput, fileRef } from '../../shared/inlineFiles';

const showOnlyForClone = { resource: ['voice'], operation: ['clone'] };

const mainFields = [
	fileInput(
		{
			field: 'originVoiceFileId',
			kind: 'voiceSample',
			label: 'Recording',
			show: showOnlyForClone,
			required: true,
			placeholder: 'e.g. 5e6f7a8b9c0d',
			description:
				'The fileId of the uploaded recording of the voice (from File → Upload): mp3 or wav, 10 seconds to 5 minutes, under 10 MB',
		},
		fileRef({
			required_error:
				'Recording File ID is required: upload an mp3 or wav recording with File → Upload and use its fileId, or choose Binary File',
		}),
	),
	field({
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Brand voice',
		description: 'Name of the cloned voice in voice lists',
		displayOptions: { show: showOnlyForClone },
	}, z.string().optional()),
];

const additionalFields = [
	callbackUrlField,
	field({
		displayName: 'Voice Speed',
		name: 'voiceSpeed',
		type: 'number',
		typeOptions: { minValue: 0.8, maxValue: 1.2, numberPrecision: 2 },
		default: 1,
		description: 'Speaking speed of the cloned voice from 0.8 to 1.2',
	}, z.coerce
		.number({ invalid_type_error: 'Voice Speed must be a number between 0.8 and 1.2' })
		.min(0.8, 'Voice Speed must be between 0.8 and 1.2')
		.max(1.2, 'Voice Speed must be between 0.8 and 1.2')
		.optional()),
	field({
		displayName: 'Voice Text',
		name: 'voiceText',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. Hi, this is my cloned voice.',
		description: 'Text for the cloned voice to speak in its demo audio (sent as voiceText)',
	}, z.string().optional()),
];

/** Every field the clone body may carry, with its zod entry: the schema's object shape. */
export const voiceCloneShape = shapeOf(...mainFields, ...additionalFields);

export const voiceCloneDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(showOnlyForClone, propertiesOf(...additionalFields)),
	waitForCompletionField(showOnlyForClone),
	submitOptionsField(showOnlyForClone, voiceClone),
];
