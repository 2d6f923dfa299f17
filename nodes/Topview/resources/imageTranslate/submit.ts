import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { imageGenerate } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlField,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { field, propertiesOf } from '../../shared/fields';
import { fileInput, fileRef } from '../../shared/inlineFiles';
import { idList } from '../../shared/validate';
import { imageTranslateLanguages, languageName } from './languages';

const showOnlyForSubmit = { resource: ['imageTranslate'], operation: ['submit'] };
const forMode = (mode: string) => ({ ...showOnlyForSubmit, mode: [mode] });

const noLanguage = 'Target Languages is empty: choose at least one language to translate into';

/** The image of Single Image mode. */
export const imageField = fileInput(
	{
		field: 'fileId',
		stem: 'image',
		kind: 'image',
		label: 'Image',
		show: forMode('single'),
		required: true,
		placeholder: 'e.g. 1a2b3c4d5e6f',
		description: 'The fileId of the uploaded image whose text is translated (from File → Upload)',
	},
	fileRef({
		required_error:
			'Image File ID is required: upload the image with File → Upload and use its fileId, or choose Binary File',
	}),
);

/** The images of Batch mode. */
export const fileIdsField = field({
	displayName: 'Image File IDs',
	name: 'fileIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 1a2b3c4d5e6f,7a8b9c0d1e2f',
	description: 'Comma-separated fileIds of the uploaded images (from File → Upload), or an expression giving a list',
	displayOptions: { show: forMode('batch') },
}, idList({
	required: 'Image File IDs is empty: enter the fileIds of the uploaded images, separated by commas',
	invalidType: 'Image File IDs must be comma-separated fileIds or an array of them',
}));

/** Language names as a list, or as comma-separated text from an expression. */
export const languagesField = field({
	displayName: 'Target Languages',
	name: 'languages',
	type: 'multiOptions',
	required: true,
	options: imageTranslateLanguages,
	default: [],
	description:
		'The languages to translate the images into, sent by name (e.g. English, Italian). Topview charges 2 credits per image and language (see its billing rules).',
	displayOptions: { show: showOnlyForSubmit },
}, z.preprocess(
	(value) => (typeof value === 'string' ? value.split(',') : value),
	z
		.array(z.coerce.string().trim(), {
			required_error: noLanguage,
			invalid_type_error: 'Target Languages must be a list of language names, e.g. ["English", "Italian"]',
		})
		.transform((names) => names.filter((name) => name).map(languageName))
		.refine((names) => names.length > 0, noLanguage),
));

/** The optional fields, in the Additional Fields collection after Additional Body Fields (merged in before the check). */
export const submitAdditionalFields = [callbackUrlField];

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
	...propertiesOf(imageField, fileIdsField, languagesField),
	additionalFieldsCollection(showOnlyForSubmit, [additionalBodyFieldsOption, ...propertiesOf(...submitAdditionalFields)]),
	waitForCompletionField(showOnlyForSubmit),
	// With Wait for Completion the output is the rendered images: the download options are the second step's.
	submitOptionsField(showOnlyForSubmit, imageGenerate),
];
