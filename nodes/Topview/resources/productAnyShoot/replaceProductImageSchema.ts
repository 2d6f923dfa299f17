import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks } from '../../shared/validate';
import { replaceProductImageShape } from './replaceProductImage';

const body = z
	.object(replaceProductImageShape)
	.passthrough()
	.superRefine((value, ctx) => {
		if (value.templateId === undefined && value.templateImageFileId === undefined) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['templateId'],
				message:
					'Choose the scene: pick a Template (Template Source "Template") or give a Template Image File ID (Template Source "Template Image")',
			});
		}
	});

/** The AnyShoot Replace Product Image body: blanks dropped, product and scene required, extra fields kept. */
export const replaceProductImageSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
);
