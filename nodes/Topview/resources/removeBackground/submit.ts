import type { INodeProperties } from 'n8n-workflow';
import { removeBackground } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlField,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { propertiesOf, shapeOf } from '../../shared/fields';
import { fileInput, fileRef } from '../../shared/inlineFiles';

const showOnlyForSubmit = { resource: ['removeBackground'], operation: ['submit'] };

const mainFields = [
	fileInput(
		{
			field: 'productImageFileId',
			kind: 'image',
			label: 'Image',
			show: showOnlyForSubmit,
			required: true,
			placeholder: 'e.g. 1a2b3c4d5e6f',
			description: 'The fileId of the uploaded image to cut out, e.g. a product photo (from File → Upload)',
		},
		fileRef({
			required_error:
				'Image File ID is required: upload the image with File → Upload and use its fileId, or choose Binary File',
		}),
	),
];

const additionalFields = [callbackUrlField];

/** Every field the submit body may carry, with its zod entry: the schema's object shape. */
export const removeBackgroundSubmitShape = shapeOf(...mainFields, ...additionalFields);

export const removeBackgroundSubmitDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(showOnlyForSubmit, propertiesOf(...additionalFields)),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, removeBackground),
];
