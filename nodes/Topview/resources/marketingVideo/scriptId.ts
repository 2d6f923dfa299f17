import { z } from 'zod';

const wholeNumber = 'Script ID must be a whole number, e.g. 0 for the first script';

/**
 * A marketing video script number (previewVideos[].scriptId): left empty it is 0, the first script. Sent
 * as a string, the type the Export and Update Script pages give it:
 * https://docs.topview.ai/reference/avatar_marketing_video_update_script_content
 */
export const scriptIdSchema = z.preprocess(
	(value) => (value === undefined || value === null || value === '' ? 0 : value),
	z.coerce
		.number({ invalid_type_error: wholeNumber })
		.int(wholeNumber)
		.min(0, 'Script ID must be 0 or more')
		.transform((id) => String(id)),
);
