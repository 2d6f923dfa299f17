import { z } from 'zod';
import { field } from './fields';

/**
 * The settings every video generation submit takes (Image to Video v2, Text to Video, Omni Reference):
 * aspect ratio, resolution, duration, sound and count, each a parameter with the zod entry (and the
 * message users see) that checks what it sends. Board and Callback URL are the shared `boardIdField` and
 * `callbackUrlField`.
 */
const aspectRatioOptions = ['1:1', '16:9', '21:9', '3:4', '4:3', '9:16'].map((value) => ({ name: value, value }));

export const aspectRatioSetting = field(
	{
		displayName: 'Aspect Ratio',
		name: 'aspectRatio',
		type: 'options',
		options: aspectRatioOptions,
		default: '9:16',
		description: 'Shape of the video; the model decides which it takes (the model list shows them)',
	},
	z.string().optional(),
);

export const durationSetting = field(
	{
		displayName: 'Duration (Seconds)',
		name: 'duration',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 5,
		description: 'Length of the video in seconds; the model decides which lengths are allowed (the model list shows them)',
	},
	z.coerce
		.number({ invalid_type_error: 'Duration must be a number of seconds, e.g. 5' })
		.positive('Duration must be a positive number of seconds, e.g. 5')
		.optional(),
);

export const generatingCountSetting = field(
	{
		displayName: 'Number of Videos',
		name: 'generatingCount',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 4 },
		default: 1,
		description: 'How many videos to generate from the same input, 1 to 4; each is charged',
	},
	z.coerce
		.number({ invalid_type_error: 'Number of Videos must be a number from 1 to 4' })
		.int('Number of Videos must be a whole number from 1 to 4')
		.min(1, 'Number of Videos must be from 1 to 4')
		.max(4, 'Number of Videos must be from 1 to 4')
		.optional(),
);

export const resolutionSetting = field(
	{
		displayName: 'Resolution',
		name: 'resolution',
		type: 'options',
		options: [480, 540, 720, 768, 1080, 2160].map((value) => ({ name: `${value}p`, value })),
		default: 720,
		description: 'Video height in pixels; the model decides which it takes (the model list shows them)',
	},
	z.coerce
		.number({ invalid_type_error: 'Resolution must be a number, e.g. 720' })
		.int('Resolution must be a whole number of pixels, e.g. 720')
		.positive('Resolution must be positive, e.g. 720')
		.optional(),
);

export const soundSetting = field(
	{
		displayName: 'Sound',
		name: 'sound',
		type: 'boolean',
		default: false,
		description: 'Whether the model adds native sound (only models with sound; may cost more)',
		// Topview takes "on"/"off", as its client sends.
		routing: { send: { type: 'body', property: 'sound', value: '={{ $value ? "on" : "off" }}' } },
	},
	z.enum(['on', 'off'], { message: 'Sound must be "on" or "off"' }).optional(),
);
