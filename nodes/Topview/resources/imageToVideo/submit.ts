import type { INodeProperties } from 'n8n-workflow';
import { imageToVideo } from '../../shared/families';
import {
	additionalFieldsCollection,
	boardField,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fileField } from '../../shared/inlineFiles';

const showOnlyForSubmit = { resource: ['imageToVideo'], operation: ['submit'] };

export const imageToVideoSubmitDescription: INodeProperties[] = [
	{
		displayName: 'Model',
		name: 'model',
		type: 'string',
		default: '',
		placeholder: 'e.g. Standard',
		description:
			"The video model by its display name, e.g. Standard, Fast, Kling V3 or Veo 3.1. Leave empty for Topview's default. Each model allows its own durations, resolutions and aspect ratios.",
		displayOptions: { show: showOnlyForSubmit },
		routing: { send: { type: 'body', property: 'model' } },
	},
	...fileField({
		field: 'firstFrameFileId',
		kind: 'image',
		label: 'First Frame',
		show: showOnlyForSubmit,
		placeholder: 'e.g. 1a2b3c4d5e6f',
		description:
			'The fileId of the image the video starts from (from File → Upload). Required unless you give Reference Image File IDs instead.',
	}),
	...fileField({
		field: 'endFrameFileId',
		kind: 'image',
		label: 'End Frame',
		show: showOnlyForSubmit,
		placeholder: 'e.g. 6f5e4d3c2b1a',
		description: 'Optional: the fileId of the image the video ends on. Needs a first frame.',
	}),
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'e.g. The product slowly rotates on a clean white background',
		description: 'What happens in the video',
		displayOptions: { show: showOnlyForSubmit },
		routing: { send: { type: 'body', property: 'prompt' } },
	},
	additionalFieldsCollection(showOnlyForSubmit, [
		additionalBodyFieldsOption,
		{
			displayName: 'Aspect Ratio',
			name: 'aspectRatio',
			type: 'options',
			options: [
				{ name: 'Landscape (16:9)', value: '16:9' },
				{ name: 'Landscape (4:3)', value: '4:3' },
				{ name: 'Portrait (3:4)', value: '3:4' },
				{ name: 'Portrait (9:16)', value: '9:16' },
				{ name: 'Square (1:1)', value: '1:1' },
			],
			default: '9:16',
			description: 'Shape of the video. Only some models take it; the others follow the first frame.',
			routing: { send: { type: 'body', property: 'aspectRatio' } },
		},
		boardField({ type: 'body', property: 'boardId' }),
		callbackUrlOption,
		{
			displayName: 'Duration (Seconds)',
			name: 'duration',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 5,
			description: 'Length of the video in seconds; the model decides which lengths are allowed (e.g. 5 or 10)',
			routing: { send: { type: 'body', property: 'duration' } },
		},
		{
			displayName: 'Number of Videos',
			name: 'generatingCount',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 4 },
			default: 1,
			description: 'How many videos to generate from the same input, 1 to 4; each is charged',
			routing: { send: { type: 'body', property: 'generatingCount' } },
		},
		{
			displayName: 'Reference Image File IDs',
			name: 'referenceImageFileIds',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1a2b3c4d5e6f, 6f5e4d3c2b1a',
			description:
				'Instead of a first frame: fileIds of reference images (usually at least 2), comma-separated or as an array expression. For models with reference-to-video mode.',
			routing: { send: { type: 'body', property: 'referenceImageFileIds' } },
		},
		{
			displayName: 'Resolution',
			name: 'resolution',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 720,
			description: 'Video height in pixels: 480, 540, 720, 768, 1080 or 2160, as the model allows',
			routing: { send: { type: 'body', property: 'resolution' } },
		},
		{
			displayName: 'Sound',
			name: 'sound',
			type: 'boolean',
			default: true,
			description: 'Whether the model adds native sound to the video (only models with native audio; may cost more)',
			// "on"/"off": https://docs.topview.ai/reference/image_to_video_v2_submit_task
			routing: { send: { type: 'body', property: 'sound', value: '={{ $value ? "on" : "off" }}' } },
		},
	]),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, imageToVideo),
];
