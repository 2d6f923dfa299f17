import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { imageGenerate } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlField,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { fieldOf, propertiesOf } from '../../shared/fields';

const showOnlyForGenerate = { resource: ['imageTranslate'], operation: ['generateImages'] };

/** Sent as `taskId`; the parameter is named for what it is, the first step's task. */
export const translateTaskIdField = fieldOf(
	[
		{
			displayName: 'Translate Task ID',
			name: 'translateTaskId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 41b24a504d774c2582c44b76cff27234',
			description: 'The taskId that Image Translate → Submit (single image) returned',
			displayOptions: { show: showOnlyForGenerate },
			routing: { send: { type: 'body', property: 'taskId' } },
		},
	],
	{
		taskId: z.string({
			required_error: 'Translate Task ID is required: enter the taskId that Image Translate → Submit returned',
		}),
	},
);

export const generateAdditionalFields = [callbackUrlField];

/** The second step on its own, for a translate task submitted without Wait for Completion. */
export const generateImagesDescription: INodeProperties[] = [
	...propertiesOf(translateTaskIdField),
	additionalFieldsCollection(showOnlyForGenerate, propertiesOf(...generateAdditionalFields)),
	waitForCompletionField(showOnlyForGenerate),
	submitOptionsField(showOnlyForGenerate, imageGenerate),
];
