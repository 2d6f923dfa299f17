import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import type { IDataObject } from 'n8n-workflow';
import { callbackUrl, withoutBlanks } from '../../shared/validate';

const body = z.object({
	videoFileId: fileRef({
		required_error:
			'Video File ID is required: upload the video with File → Upload and use its fileId, or choose Binary File',
	}),
	noticeUrl: callbackUrl.optional(),
});

/** The Video to Avatar submit body: blanks dropped, the video required. */
export const videoToAvatarSubmitSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
);
