import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks } from '../../shared/validate';
import { generateShape } from './generate';

/** A v2 AnyShoot body: the fields from Additional Body Fields (at least one) and an optional callback URL. */
export function generateSchema(label: string) {
	const body = z
		.object(generateShape)
		.passthrough()
		.superRefine((value, ctx) => {
			if (!Object.keys(value).some((key) => key !== 'noticeUrl')) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['additionalBodyFields'],
					message: `The ${label} request is empty: add its API fields under Additional Fields → Additional Body Fields as a JSON object`,
				});
			}
		});
	return z.preprocess((input) => withoutBlanks((input ?? {}) as IDataObject), body);
}
