import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import type { IDataObject } from 'n8n-workflow';
import { callbackUrl, withoutBlanks } from '../../shared/validate';

const body = z.object({
	productImageFileId: fileRef({
		required_error:
			'Image File ID is required: upload the image with File → Upload and use its fileId, or choose Binary File',
	}),
	noticeUrl: callbackUrl.optional(),
});

/** The Remove Background submit body: blanks dropped, the image required. */
export const removeBackgroundSubmitSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
);
