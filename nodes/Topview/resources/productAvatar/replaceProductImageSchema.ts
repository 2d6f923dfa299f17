import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { validateBy, withoutBlanks } from '../../shared/validate';
import { replaceProductImageShape } from './replaceProductImage';

const body = (version: string) =>
	z
		.object(replaceProductImageShape)
		.passthrough()
		.superRefine((value, ctx) => {
			const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
			if (version === 'v1' && value.productImageFileId === undefined) {
				issue(
					'productImageFileId',
					'Product Image File ID is required with v1: upload the product photo with File → Upload and use its fileId, or choose Binary File',
				);
			}
			if (version !== 'v1' && value.productImageFileId === undefined && value.productImageWithoutBackgroundFileId === undefined) {
				issue(
					'productImageFileId',
					'A product image is required: give Product Image File ID or Product Image Without Background File ID (e.g. from Remove Background)',
				);
			}
			if (value.avatarId === undefined && value.templateImageFileId === undefined) {
				issue(
					'avatarId',
					'Choose who presents the product: pick an Avatar (Avatar Source "Public Avatar") or give a Template Image File ID (Avatar Source "Template Image")',
				);
			}
			if (version === 'v1' && value.imageEditPrompt === undefined) {
				issue('imageEditPrompt', 'Image Edit Prompt is required with v1: describe how the product replaces the item in the picture');
			}
			if (value.generateImageMode === 'manual' && value.location === undefined) {
				issue('location', 'Location is required with Generate Image Mode "manual": give the [x, y] points where the product goes');
			}
		});

/** The Replace Product Image body of an API version: blanks dropped, required inputs checked, extra fields kept. */
export const replaceProductImageSchema = (version: string) =>
	z.preprocess((input) => withoutBlanks((input ?? {}) as IDataObject), body(version));

/** preSend step: validates the body against the chosen API version's rules. */
export const validateReplaceProductImage = validateBy(
	(context) => replaceProductImageSchema(String(context.getNodeParameter('version', 'v2'))),
	['v1', 'v2', 'v3'].map(replaceProductImageSchema),
);
