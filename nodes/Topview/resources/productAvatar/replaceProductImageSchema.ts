import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import type { IDataObject } from 'n8n-workflow';
import { callbackUrl, validateBy, withoutBlanks } from '../../shared/validate';

const point = z.tuple([z.coerce.number(), z.coerce.number()]);

/** Location arrives as JSON text from the parameter, or as an array from Additional Body Fields. */
const location = z.unknown().transform((value, ctx) => {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch {
			parsed = undefined;
		}
	}
	const points = z.array(point).safeParse(parsed);
	if (!points.success) {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			message: `Location must be a JSON list of [x, y] points, e.g. [[10.5, 20.0], [30.5, 40.0]], not ${JSON.stringify(value)}`,
		});
		return z.NEVER;
	}
	return points.data.length ? points.data : undefined;
});

const body = (version: string) =>
	z
		.object({
			productImageFileId: fileRef().optional(),
			productImageWithoutBackgroundFileId: fileRef().optional(),
			avatarId: z.coerce.string().optional(),
			templateImageFileId: fileRef().optional(),
			userFaceImageFileId: fileRef().optional(),
			imageEditPrompt: z.string().optional(),
			productSize: z.coerce
				.string()
				.refine((size) => /^[1-6]$/.test(size), (size) => ({ message: `Product Size must be 1 to 6, not "${size}"` }))
				.optional(),
			generateImageMode: z
				.enum(['auto', 'manual'], { message: 'Generate Image Mode must be "auto" or "manual"' })
				.optional(),
			keepTarget: z.enum(['model', 'product'], { message: 'Keep Target must be "model" or "product"' }).optional(),
			version: z.enum(['v3', 'v4'], { message: 'Model Version must be "v3" or "v4"' }).optional(),
			location: location.optional(),
			boardId: z.coerce.string().optional(),
			noticeUrl: callbackUrl.optional(),
		})
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
