import { z } from 'zod';

/** The callback URL (`noticeUrl`) check shared by the Product Avatar submits. */
export const callbackUrl = z
	.string()
	.regex(/^https?:\/\/[^\s/]+/i, 'Callback URL must be an absolute http(s) URL, e.g. https://example.com/topview');
