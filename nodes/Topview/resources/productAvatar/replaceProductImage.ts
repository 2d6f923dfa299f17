import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { productAvatarReplaceImageV2 } from '../../shared/families';
import {
	additionalFieldsCollection,
	boardIdField,
	callbackUrlField,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { pickerOrImageFields } from '../../shared/avatarFields';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { field, fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { fileInput } from '../../shared/inlineFiles';

const showOnlyForReplace = { resource: ['productAvatar'], operation: ['replaceProductImage'] };
const forVersions = (...versions: string[]) => ({ ...showOnlyForReplace, version: versions });
const onlyForV3 = { show: { '/version': ['v3'] } };

const point = z.tuple([z.coerce.number(), z.coerce.number()]);

/** Location arrives as JSON text from the parameter, or as an array from Additional Body Fields. */
const location = z.unknown().transform((value, ctx) => {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch {
			parsed = undefined;
		}
	}
	const points = z.array(point).safeParse(parsed);
	if (!points.success) {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			message: `Location must be a JSON list of [x, y] points, e.g. [[10.5, 20.0], [30.5, 40.0]], not ${JSON.stringify(value)}`,
		});
		return z.NEVER;
	}
	return points.data.length ? points.data : undefined;
});

/** The product, who presents it, and how it is placed. */
const mainFields = [
	fileInput({
		field: 'productImageFileId',
		kind: 'image',
		label: 'Product Image',
		show: showOnlyForReplace,
		placeholder: 'e.g. 1a2b3c4d5e6f',
		description:
			'The fileId of the uploaded product photo (from File → Upload). Required with v1; with v2 and v3, this or the product image without background.',
	}),
	fileInput({
		field: 'productImageWithoutBackgroundFileId',
		kind: 'image',
		label: 'Product Image Without Background',
		show: forVersions('v2', 'v3'),
		placeholder: 'e.g. 670c78f3dca2',
		description:
			'The fileId of the product with its background removed, e.g. bgRemovedImageFileId of a Remove Background task. Optional when a product image is given.',
	}),
	pickerOrImageFields({
		show: showOnlyForReplace,
		source: {
			name: 'avatarSource',
			displayName: 'Avatar Source',
			description: 'Who presents the product: Topview sends avatarId or templateImageFileId accordingly',
			picker: {
				name: 'Public Avatar',
				value: 'avatar',
				description: "One of Topview's product avatars (Get Public Avatars)",
			},
			image: { name: 'Template Image', description: 'A photo of a person you uploaded, who then holds the product' },
		},
		picker: {
			name: 'avatarId',
			displayName: 'Avatar',
			description: 'The product avatar who holds the product',
			searchListMethod: 'searchProductAvatars',
			placeholder: 'e.g. 5001',
		},
		image: {
			field: 'templateImageFileId',
			placeholder: 'e.g. 9f8e7d6c5b4a',
			description: 'The fileId of the uploaded photo of the person who holds the product (from File → Upload)',
		},
	}),
	field({
		displayName: 'Image Edit Prompt',
		name: 'imageEditPrompt',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder:
			'e.g. Replace the item in the hand of the person in picture 1 with the one in picture 2, keeping pose and composition',
		description: 'How to place the product. Required with v1; optional with v2 and v3.',
		displayOptions: { show: showOnlyForReplace },
	}, z.string().optional()),
	fileInput({
		field: 'userFaceImageFileId',
		kind: 'image',
		label: 'Face Image',
		show: showOnlyForReplace,
		placeholder: 'e.g. 5e6f7a8b9c0d',
		description: "Optional: the fileId of a face photo to put on the presenter (from File → Upload)",
	}),
];

/** The optional fields, in the Additional Fields collection (after Additional Body Fields, which passes through unchecked). */
const additionalFields = [
	fieldOf(
		boardIdField.properties.map((board) => ({ ...board, displayOptions: onlyForV3 })),
		boardIdField.shape,
	),
	callbackUrlField,
	field({
		displayName: 'Generate Image Mode',
		name: 'generateImageMode',
		type: 'options',
		options: [
			{ name: 'Auto', value: 'auto', description: 'Topview places the product' },
			{ name: 'Manual', value: 'manual', description: 'The product goes where Location says' },
		],
		default: 'auto',
		displayOptions: onlyForV3,
	}, z.enum(['auto', 'manual'], { message: 'Generate Image Mode must be "auto" or "manual"' }).optional()),
	field({
		displayName: 'Keep Target',
		name: 'keepTarget',
		type: 'options',
		options: [
			{ name: 'Model', value: 'model', description: "Keep the presenter's pose; the product adapts" },
			{ name: 'Product', value: 'product', description: "Keep the product's look; the presenter adapts" },
		],
		default: 'model',
		description: 'What automatic placement preserves',
		displayOptions: onlyForV3,
	}, z.enum(['model', 'product'], { message: 'Keep Target must be "model" or "product"' }).optional()),
	field({
		displayName: 'Location',
		name: 'location',
		type: 'json',
		default: '[]',
		placeholder: 'e.g. [[10.5, 20.0], [30.5, 40.0]]',
		description: 'Where the product goes in manual mode: a JSON list of [x, y] points',
		displayOptions: onlyForV3,
	}, location.optional()),
	fieldOf(
		[
			{
				displayName: 'Model Version',
				name: 'modelVersion',
				type: 'options',
				options: [
					{ name: 'V3', value: 'v3' },
					{ name: 'V4', value: 'v4', description: 'Supports manual placement' },
				],
				default: 'v3',
				description: 'The image model (sent as the body field "version")',
				displayOptions: onlyForV3,
				routing: { send: { type: 'body', property: 'version' } },
			},
		],
		{ version: z.enum(['v3', 'v4'], { message: 'Model Version must be "v3" or "v4"' }).optional() },
	),
	field({
		displayName: 'Product Size',
		name: 'productSize',
		type: 'options',
		options: ['1', '2', '3', '4', '5', '6'].map((size) => ({ name: size, value: size })),
		default: '2',
		description: "The product's size in the picture, from 1 to 6 (Topview's default is 2)",
	}, z.coerce
		.string()
		.refine((size) => /^[1-6]$/.test(size), (size) => ({ message: `Product Size must be 1 to 6, not "${size}"` }))
		.optional()),
];

/** Every field the replace body may carry, with its zod entry: the schema's object shape. */
export const replaceProductImageShape = shapeOf(...mainFields, ...additionalFields);

export const replaceProductImageDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(showOnlyForReplace, [additionalBodyFieldsOption, ...propertiesOf(...additionalFields)]),
	waitForCompletionField(showOnlyForReplace),
	submitOptionsField(showOnlyForReplace, productAvatarReplaceImageV2),
];
