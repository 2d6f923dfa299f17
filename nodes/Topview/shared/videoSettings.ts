import { z } from 'zod';
import { callbackUrl } from './validate';

/**
 * The settings every video generation submit takes (Image to Video v2, Text to Video, Omni Reference):
 * aspect ratio, resolution, duration, sound, count, board and callback URL, each with the message users see.
 */
export const videoSettingsShape = {
	aspectRatio: z.string().optional(),
	resolution: z.coerce
		.number({ invalid_type_error: 'Resolution must be a number, e.g. 720' })
		.int('Resolution must be a whole number of pixels, e.g. 720')
		.positive('Resolution must be positive, e.g. 720')
		.optional(),
	duration: z.coerce
		.number({ invalid_type_error: 'Duration must be a number of seconds, e.g. 5' })
		.positive('Duration must be a positive number of seconds, e.g. 5')
		.optional(),
	sound: z.enum(['on', 'off'], { message: 'Sound must be "on" or "off"' }).optional(),
	generatingCount: z.coerce
		.number({ invalid_type_error: 'Number of Videos must be a number from 1 to 4' })
		.int('Number of Videos must be a whole number from 1 to 4')
		.min(1, 'Number of Videos must be from 1 to 4')
		.max(4, 'Number of Videos must be from 1 to 4')
		.optional(),
	boardId: z.coerce.string().optional(),
	noticeUrl: callbackUrl.optional(),
};
