import type { INodeProperties } from 'n8n-workflow';
import { removeBackground } from '../../shared/families';
import { callbackUrlOption, submitOptionsField, waitForCompletionField } from '../../shared/descriptions';
import { fileInputFields, fileIdDisplay } from '../../shared/inlineFiles';

const showOnlyForSubmit = { resource: ['removeBackground'], operation: ['submit'] };

export const removeBackgroundSubmitDescription: INodeProperties[] = [
	...fileInputFields({ field: 'productImageFileId', kind: 'image', label: 'Image', show: showOnlyForSubmit }),
	{
		displayName: 'Image File ID',
		name: 'productImageFileId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1a2b3c4d5e6f',
		description: 'The fileId of the uploaded image to cut out, e.g. a product photo (from File → Upload)',
		displayOptions: fileIdDisplay(showOnlyForSubmit, 'productImageFileId'),
		routing: { send: { type: 'body', property: 'productImageFileId' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForSubmit },
		options: [
			callbackUrlOption,
		],
	},
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, removeBackground),
];
