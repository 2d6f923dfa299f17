import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { productAvatarImageToVideoV2 } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlField,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { scriptFields } from '../../shared/scriptFields';
import { requiredText } from '../../shared/validate';

const showOnlyForImageToVideo = { resource: ['productAvatar'], operation: ['imageToVideo'] };
const forVersion = (version: string) => ({ ...showOnlyForImageToVideo, version: [version] });

const v1Modes = ['lite', 'pro'] as const;
const v2Modes = ['lite', 'pro', 'avatar2', 'avatar4', 'avatar4Fast'] as const;

/**
 * v1 takes the key of a replaced image, a mode and a prompt, not the v2 body:
 * https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-297455990
 */
const v1Fields = [
	field({
		displayName: 'Product Replace Result Key',
		name: 'productReplaceResultKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 21f48762080b42f1b718ad722f92c',
		description:
			'The key of the image to animate: productReplaceResult[].key of a finished v1 Replace Product Image task',
		displayOptions: { show: forVersion('v1') },
	}, requiredText(
		'Product Replace Result Key is required: use productReplaceResult[].key from a finished v1 Replace Product Image task',
	)),
	field({
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		required: true,
		options: [
			{ name: 'Lite', value: 'lite' },
			{ name: 'Pro', value: 'pro' },
		],
		default: 'lite',
		description: 'The v1 video model',
		displayOptions: { show: forVersion('v1') },
	}, z.enum(v1Modes, { message: `Mode must be one of ${v1Modes.join(', ')} for v1` })),
	field({
		displayName: 'Prompt',
		name: 'image2videoPrompt',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder: 'e.g. The woman smiles and lifts the bottle towards the camera',
		description: 'How the image should move',
		displayOptions: { show: forVersion('v1') },
	}, z.string().optional()),
];

const v1AdditionalFields = [callbackUrlField];

const v2Fields = [
	field({
		displayName: 'Product Image ID',
		name: 'replaceProductTaskImageId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 4274b375c308-img-0',
		description:
			'The image to animate: replaceProductTaskImageId from a finished v2 Replace Product Image task',
		displayOptions: { show: forVersion('v2') },
	}, z.preprocess(
		(id) => (typeof id === 'number' ? String(id) : id),
		z.string({
			required_error:
				'Product Image ID is required: use replaceProductTaskImageId from a finished Replace Product Image task',
		}),
	)),
	...scriptFields({
		show: forVersion('v2'),
		scriptPlaceholder: 'e.g. This serum keeps your skin hydrated all day.',
	}),
];

const v2AdditionalFields = [
	callbackUrlField,
	// Required on https://docs.topview.ai/reference/pa2_image2video_submit_task
	field({
		displayName: 'Caption Style Name or ID',
		name: 'captionId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCaptions' },
		default: '',
		description:
			'Caption style burned into the video; Topview requires one for v2. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}, requiredText(
		'Caption Style is required for v2 Image to Video: add it under Additional Fields → Caption Style Name or ID',
	)),
	field({
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		options: [
			{ name: 'Avatar 2', value: 'avatar2' },
			{ name: 'Avatar 4', value: 'avatar4' },
			{ name: 'Avatar 4 Fast', value: 'avatar4Fast' },
			{ name: 'Lite', value: 'lite' },
			{ name: 'Pro', value: 'pro' },
		],
		default: 'lite',
		description: "The video model; Topview's default applies when not set",
	}, z.enum(v2Modes, { message: `Mode must be one of ${v2Modes.join(', ')}` }).optional()),
];

/** Every field a v1 body may carry, with its zod entry. */
export const imageToVideoV1Shape = shapeOf(...v1Fields, ...v1AdditionalFields);

/** Every field a v2 body may carry, with its zod entry. */
export const imageToVideoV2Shape = shapeOf(...v2Fields, ...v2AdditionalFields);

export const imageToVideoDescription: INodeProperties[] = [
	...propertiesOf(...v1Fields),
	additionalFieldsCollection(forVersion('v1'), [additionalBodyFieldsOption, ...propertiesOf(...v1AdditionalFields)]),
	...propertiesOf(...v2Fields),
	additionalFieldsCollection(forVersion('v2'), [additionalBodyFieldsOption, ...propertiesOf(...v2AdditionalFields)]),
	waitForCompletionField(showOnlyForImageToVideo),
	submitOptionsField(showOnlyForImageToVideo, productAvatarImageToVideoV2),
];
