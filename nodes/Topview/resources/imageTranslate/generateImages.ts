import type { INodeProperties } from 'n8n-workflow';
import { imageGenerate } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';

const showOnlyForGenerate = { resource: ['imageTranslate'], operation: ['generateImages'] };

/** The second step on its own, for a translate task submitted without Wait for Completion. */
export const generateImagesDescription: INodeProperties[] = [
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
	additionalFieldsCollection(showOnlyForGenerate, [callbackUrlOption]),
	waitForCompletionField(showOnlyForGenerate),
	submitOptionsField(showOnlyForGenerate, imageGenerate),
];
