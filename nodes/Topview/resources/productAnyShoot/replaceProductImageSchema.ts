import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks, callbackUrl, requiredText } from '../../shared/validate';

const body = z
	.object({
		productImageFileId: fileRef({
			required_error:
				'Product Image File ID is required: upload the product photo with File → Upload and use its fileId, or choose Binary File',
		}),
		templateId: z.coerce.string().optional(),
		templateImageFileId: fileRef().optional(),
		productMaskFileId: fileRef().optional(),
		templateMaskFileId: fileRef({
			required_error:
				'Template Mask File ID is required: upload a mask of where the product goes in the scene (same size as the template) with File → Upload and use its fileId, or choose Binary File',
		}),
		mode: requiredText('Mode is required: enter the composition mode Topview expects'),
		noticeUrl: callbackUrl.optional(),
	})
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
