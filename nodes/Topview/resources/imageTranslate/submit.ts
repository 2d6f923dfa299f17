import type { INodeProperties } from 'n8n-workflow';
import { imageGenerate } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fileField } from '../../shared/inlineFiles';
import { imageTranslateLanguages } from './languages';

const showOnlyForSubmit = { resource: ['imageTranslate'], operation: ['submit'] };
const forMode = (mode: string) => ({ ...showOnlyForSubmit, mode: [mode] });

export const imageTranslateSubmitDescription: INodeProperties[] = [
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Single Image',
				value: 'single',
				description: 'Translate one image; with Wait for Completion the images are also rendered (two tasks)',
			},
			{
				name: 'Batch',
				value: 'batch',
				description: 'Translate and render several uploaded images in one task',
			},
		],
		default: 'single',
		displayOptions: { show: showOnlyForSubmit },
	},
	...fileField({
		field: 'fileId',
		stem: 'image',
		kind: 'image',
		label: 'Image',
		show: forMode('single'),
		required: true,
		placeholder: 'e.g. 1a2b3c4d5e6f',
		description: 'The fileId of the uploaded image whose text is translated (from File → Upload)',
	}),
	{
		displayName: 'Image File IDs',
		name: 'fileIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1a2b3c4d5e6f,7a8b9c0d1e2f',
		description: 'Comma-separated fileIds of the uploaded images (from File → Upload), or an expression giving a list',
		displayOptions: { show: forMode('batch') },
		routing: { send: { type: 'body', property: 'fileIds' } },
	},
	{
		displayName: 'Target Languages',
		name: 'languages',
		type: 'multiOptions',
		required: true,
		options: imageTranslateLanguages,
		default: [],
		description:
			'The languages to translate the images into, sent by name (e.g. English, Italian). Topview charges 2 credits per image and language (see its billing rules).',
		displayOptions: { show: showOnlyForSubmit },
		routing: { send: { type: 'body', property: 'languages' } },
	},
	additionalFieldsCollection(showOnlyForSubmit, [
		additionalBodyFieldsOption,
		callbackUrlOption,
	]),
	waitForCompletionField(showOnlyForSubmit),
	// With Wait for Completion the output is the rendered images: the download options are the second step's.
	submitOptionsField(showOnlyForSubmit, imageGenerate),
];
