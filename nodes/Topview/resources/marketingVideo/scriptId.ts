import { z } from 'zod';

const wholeNumber = 'Script ID must be a whole number, e.g. 0 for the first script';

/** A marketing video script number (previewVideos[].scriptId): left empty it is 0, the first script. */
export const scriptIdSchema = z.preprocess(
	(value) => (value === undefined || value === null || value === '' ? 0 : value),
	z.coerce.number({ invalid_type_error: wholeNumber }).int(wholeNumber).min(0, 'Script ID must be 0 or more'),
);
