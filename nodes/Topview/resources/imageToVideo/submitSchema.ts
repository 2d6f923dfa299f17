import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import type { IDataObject } from 'n8n-workflow';
import { videoSettingsShape } from '../../shared/videoSettings';
import { withoutBlanks } from '../../shared/validate';

/** A comma-separated string or an array (e.g. from an expression) → trimmed, non-blank IDs. */
function idList(value: unknown): unknown {
	if (value === undefined || value === null) return undefined;
	const parts = Array.isArray(value) ? value : String(value).split(',');
	const ids = parts.map((part) => String(part).trim()).filter(Boolean);
	return ids.length ? ids : undefined;
}

const body = z
	.object({
		model: z.string().optional(),
		firstFrameFileId: fileRef().optional(),
		endFrameFileId: fileRef().optional(),
		referenceImageFileIds: z.preprocess(idList, z.array(z.string()).optional()),
		prompt: z.string().optional(),
		...videoSettingsShape,
	})
	// Additional Body Fields merged before this check reach Topview unchanged.
	.passthrough()
	.superRefine((value, ctx) => {
		if (value.firstFrameFileId === undefined && value.referenceImageFileIds === undefined) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['firstFrameFileId'],
				message:
					'First Frame is required: give the fileId of the starting image (or a binary image), or Reference Image File IDs instead',
			});
		}
		if (value.endFrameFileId !== undefined && value.firstFrameFileId === undefined) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['endFrameFileId'],
				message: 'End Frame needs a First Frame: add the starting image, or remove the end frame',
			});
		}
	});

/** The Image to Video submit body: blanks dropped, a starting image required, extra body fields kept. */
export const imageToVideoSubmitSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
);
