import type { INodeProperties } from 'n8n-workflow';
import { productAnyShootReplaceImage } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fileField } from '../../shared/inlineFiles';

const showOnlyForReplace = { resource: ['productAnyShoot'], operation: ['replaceProductImage'] };
const forTemplateSource = (source: string) => ({ ...showOnlyForReplace, templateSource: [source] });

export const replaceProductImageDescription: INodeProperties[] = [
	...fileField({
		field: 'productImageFileId',
		kind: 'image',
		label: 'Product Image',
		show: showOnlyForReplace,
		required: true,
		placeholder: 'e.g. 1a2b3c4d5e6f',
		description: 'The fileId of the uploaded product photo (from File → Upload)',
	}),
	{
		displayName: 'Template Source',
		name: 'templateSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Template', value: 'template', description: 'One of the AnyShoot templates (Get Templates)' },
			{ name: 'Template Image', value: 'templateImage', description: 'A scene photo you uploaded' },
		],
		default: 'template',
		description: 'The scene the product is shot in: Topview is sent templateId or templateImageFileId accordingly',
		displayOptions: { show: showOnlyForReplace },
	},
	{
		displayName: 'Template',
		name: 'templateId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The AnyShoot template that sets the scene',
		displayOptions: { show: forTemplateSource('template') },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchProductAnyShootTemplates', searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. 7001' },
		],
		routing: { send: { type: 'body', property: 'templateId' } },
	},
	...fileField({
		field: 'templateImageFileId',
		kind: 'image',
		label: 'Template Image',
		show: forTemplateSource('templateImage'),
		required: true,
		placeholder: 'e.g. 9f8e7d6c5b4a',
		description: 'The fileId of the uploaded scene photo (from File → Upload)',
	}),
	...fileField({
		field: 'productMaskFileId',
		kind: 'image',
		label: 'Product Mask',
		show: showOnlyForReplace,
		placeholder: 'e.g. 2b3c4d5e6f7a',
		description: 'Optional: the fileId of a mask of the product, the same size as the product image',
	}),
	// Required on https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-304968058
	...fileField({
		field: 'templateMaskFileId',
		kind: 'image',
		label: 'Template Mask',
		show: showOnlyForReplace,
		required: true,
		placeholder: 'e.g. 3c4d5e6f7a8b',
		description:
			'The fileId of a mask of where the product goes in the scene, the same size as the template image; you make it yourself',
	}),
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. the composition mode named on Topview\'s page',
		description:
			"The composition mode Topview requires (sent as mode). Topview's page marks it required; its list of values is not in the part of the page this node was built from, so enter the value your Topview documentation or support gives.",
		displayOptions: { show: showOnlyForReplace },
		routing: { send: { type: 'body', property: 'mode' } },
	},
	additionalFieldsCollection(showOnlyForReplace, [additionalBodyFieldsOption, callbackUrlOption]),
	waitForCompletionField(showOnlyForReplace),
	submitOptionsField(showOnlyForReplace, productAnyShootReplaceImage),
];
