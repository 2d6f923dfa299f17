import type { INodeProperties } from 'n8n-workflow';
import { productAnyShootReplaceImage } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlField,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { pickerOrImageFields } from '../../shared/avatarFields';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { fileInput, fileRef } from '../../shared/inlineFiles';
import { requiredText } from '../../shared/validate';

const showOnlyForReplace = { resource: ['productAnyShoot'], operation: ['replaceProductImage'] };

/** The product, the scene, their masks and the composition mode. */
const mainFields = [
	fileInput(
		{
			field: 'productImageFileId',
			kind: 'image',
			label: 'Product Image',
			show: showOnlyForReplace,
			required: true,
			placeholder: 'e.g. 1a2b3c4d5e6f',
			description: 'The fileId of the uploaded product photo (from File → Upload)',
		},
		fileRef({
			required_error:
				'Product Image File ID is required: upload the product photo with File → Upload and use its fileId, or choose Binary File',
		}),
	),
	pickerOrImageFields({
		show: showOnlyForReplace,
		source: {
			name: 'templateSource',
			displayName: 'Template Source',
			description: 'The scene the product is shot in: Topview is sent templateId or templateImageFileId accordingly',
			picker: { name: 'Template', value: 'template', description: 'One of the AnyShoot templates (Get Templates)' },
			image: { name: 'Template Image', description: 'A scene photo you uploaded' },
		},
		picker: {
			name: 'templateId',
			displayName: 'Template',
			description: 'The AnyShoot template that sets the scene',
			searchListMethod: 'searchProductAnyShootTemplates',
			placeholder: 'e.g. 7001',
		},
		image: {
			field: 'templateImageFileId',
			placeholder: 'e.g. 9f8e7d6c5b4a',
			description: 'The fileId of the uploaded scene photo (from File → Upload)',
		},
	}),
	fileInput({
		field: 'productMaskFileId',
		kind: 'image',
		label: 'Product Mask',
		show: showOnlyForReplace,
		placeholder: 'e.g. 2b3c4d5e6f7a',
		description: 'Optional: the fileId of a mask of the product, the same size as the product image',
	}),
	// Required on https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-304968058
	fileInput(
		{
			field: 'templateMaskFileId',
			kind: 'image',
			label: 'Template Mask',
			show: showOnlyForReplace,
			required: true,
			placeholder: 'e.g. 3c4d5e6f7a8b',
			description:
				'The fileId of a mask of where the product goes in the scene, the same size as the template image; you make it yourself',
		},
		fileRef({
			required_error:
				'Template Mask File ID is required: upload a mask of where the product goes in the scene (same size as the template) with File → Upload and use its fileId, or choose Binary File',
		}),
	),
	field({
		displayName: 'Mode',
		name: 'mode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. the composition mode named on Topview\'s page',
		description:
			"The composition mode Topview requires (sent as mode). Topview's page marks it required; its list of values is not in the part of the page this node was built from, so enter the value your Topview documentation or support gives.",
		displayOptions: { show: showOnlyForReplace },
	}, requiredText('Mode is required: enter the composition mode Topview expects')),
];

/** The optional fields, in the Additional Fields collection (after Additional Body Fields, which passes through unchecked). */
const additionalFields = [callbackUrlField];

/** Every field the replace body may carry, with its zod entry: the schema's object shape. */
export const replaceProductImageShape = shapeOf(...mainFields, ...additionalFields);

export const replaceProductImageDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(showOnlyForReplace, [additionalBodyFieldsOption, ...propertiesOf(...additionalFields)]),
	waitForCompletionField(showOnlyForReplace),
	submitOptionsField(showOnlyForReplace, productAnyShootReplaceImage),
];
