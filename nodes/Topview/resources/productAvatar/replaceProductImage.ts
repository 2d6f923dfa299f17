import type { INodeProperties } from 'n8n-workflow';
import { productAvatarReplaceImageV2 } from '../../shared/families';
import {
	additionalFieldsCollection,
	boardField,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fileField } from '../../shared/inlineFiles';

const showOnlyForReplace = { resource: ['productAvatar'], operation: ['replaceProductImage'] };
const forAvatarSource = (source: string) => ({ ...showOnlyForReplace, avatarSource: [source] });
const forVersions = (...versions: string[]) => ({ ...showOnlyForReplace, version: versions });

export const replaceProductImageDescription: INodeProperties[] = [
	...fileField({
		field: 'productImageFileId',
		kind: 'image',
		label: 'Product Image',
		show: showOnlyForReplace,
		placeholder: 'e.g. 1a2b3c4d5e6f',
		description:
			'The fileId of the uploaded product photo (from File → Upload). Required with v1; with v2 and v3, this or the product image without background.',
	}),
	...fileField({
		field: 'productImageWithoutBackgroundFileId',
		kind: 'image',
		label: 'Product Image Without Background',
		show: forVersions('v2', 'v3'),
		placeholder: 'e.g. 670c78f3dca2',
		description:
			'The fileId of the product with its background removed, e.g. bgRemovedImageFileId of a Remove Background task. Optional when a product image is given.',
	}),
	{
		displayName: 'Avatar Source',
		name: 'avatarSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Public Avatar',
				value: 'avatar',
				description: "One of Topview's product avatars (Get Public Avatars)",
			},
			{
				name: 'Template Image',
				value: 'templateImage',
				description: 'A photo of a person you uploaded, who then holds the product',
			},
		],
		default: 'avatar',
		description: 'Who presents the product: Topview sends avatarId or templateImageFileId accordingly',
		displayOptions: { show: showOnlyForReplace },
	},
	{
		displayName: 'Avatar',
		name: 'avatarId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The product avatar who holds the product',
		displayOptions: { show: forAvatarSource('avatar') },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchProductAvatars', searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. 5001' },
		],
		routing: { send: { type: 'body', property: 'avatarId' } },
	},
	...fileField({
		field: 'templateImageFileId',
		kind: 'image',
		label: 'Template Image',
		show: forAvatarSource('templateImage'),
		required: true,
		placeholder: 'e.g. 9f8e7d6c5b4a',
		description: 'The fileId of the uploaded photo of the person who holds the product (from File → Upload)',
	}),
	{
		displayName: 'Image Edit Prompt',
		name: 'imageEditPrompt',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder:
			'e.g. Replace the item in the hand of the person in picture 1 with the one in picture 2, keeping pose and composition',
		description: 'How to place the product. Required with v1; optional with v2 and v3.',
		displayOptions: { show: showOnlyForReplace },
		routing: { send: { type: 'body', property: 'imageEditPrompt' } },
	},
	...fileField({
		field: 'userFaceImageFileId',
		kind: 'image',
		label: 'Face Image',
		show: showOnlyForReplace,
		placeholder: 'e.g. 5e6f7a8b9c0d',
		description: "Optional: the fileId of a face photo to put on the presenter (from File → Upload)",
	}),
	additionalFieldsCollection(showOnlyForReplace, [
		additionalBodyFieldsOption,
		{
			...boardField({ type: 'body', property: 'boardId' }),
			displayOptions: { show: { '/version': ['v3'] } },
		},
		callbackUrlOption,
		{
			displayName: 'Generate Image Mode',
			name: 'generateImageMode',
			type: 'options',
			options: [
				{ name: 'Auto', value: 'auto', description: 'Topview places the product' },
				{ name: 'Manual', value: 'manual', description: 'The product goes where Location says' },
			],
			default: 'auto',
			displayOptions: { show: { '/version': ['v3'] } },
			routing: { send: { type: 'body', property: 'generateImageMode' } },
		},
		{
			displayName: 'Keep Target',
			name: 'keepTarget',
			type: 'options',
			options: [
				{ name: 'Model', value: 'model', description: "Keep the presenter's pose; the product adapts" },
				{ name: 'Product', value: 'product', description: "Keep the product's look; the presenter adapts" },
			],
			default: 'model',
			description: 'What automatic placement preserves',
			displayOptions: { show: { '/version': ['v3'] } },
			routing: { send: { type: 'body', property: 'keepTarget' } },
		},
		{
			displayName: 'Location',
			name: 'location',
			type: 'json',
			default: '[]',
			placeholder: 'e.g. [[10.5, 20.0], [30.5, 40.0]]',
			description: 'Where the product goes in manual mode: a JSON list of [x, y] points',
			displayOptions: { show: { '/version': ['v3'] } },
			routing: { send: { type: 'body', property: 'location' } },
		},
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
			displayOptions: { show: { '/version': ['v3'] } },
			routing: { send: { type: 'body', property: 'version' } },
		},
		{
			displayName: 'Product Size',
			name: 'productSize',
			type: 'options',
			options: ['1', '2', '3', '4', '5', '6'].map((size) => ({ name: size, value: size })),
			default: '2',
			description: "The product's size in the picture, from 1 to 6 (Topview's default is 2)",
			routing: { send: { type: 'body', property: 'productSize' } },
		},
	]),
	waitForCompletionField(showOnlyForReplace),
	submitOptionsField(showOnlyForReplace, productAvatarReplaceImageV2),
];
