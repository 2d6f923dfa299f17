import type { INodeProperties } from 'n8n-workflow';
import { removeBackground } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { fileField } from '../../shared/inlineFiles';

const showOnlyForSubmit = { resource: ['removeBackground'], operation: ['submit'] };

export const removeBackgroundSubmitDescription: INodeProperties[] = [
	...fileField({
		field: 'productImageFileId',
		kind: 'image',
		label: 'Image',
		show: showOnlyForSubmit,
		required: true,
		placeholder: 'e.g. 1a2b3c4d5e6f',
		description: 'The fileId of the uploaded image to cut out, e.g. a product photo (from File → Upload)',
	}),
	additionalFieldsCollection(showOnlyForSubmit, [callbackUrlOption]),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, removeBackground),
];
