import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import { callbackUrl, withoutBlanks } from '../../shared/validate';

const body = z.object({
	originVoiceFileId: fileRef({
		required_error:
			'Recording File ID is required: upload an mp3 or wav recording with File → Upload and use its fileId, or choose Binary File',
	}),
	name: z.string().optional(),
	voiceText: z.string().optional(),
	voiceSpeed: z.coerce
		.number({ invalid_type_error: 'Voice Speed must be a number between 0.8 and 1.2' })
		.min(0.8, 'Voice Speed must be between 0.8 and 1.2')
		.max(1.2, 'Voice Speed must be between 0.8 and 1.2')
		.optional(),
	noticeUrl: callbackUrl.optional(),
});

/** The voice clone submit body: blanks dropped, the recording required, speed in range. */
export const voiceCloneSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
);
