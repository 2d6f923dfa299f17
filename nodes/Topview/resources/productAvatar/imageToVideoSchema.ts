import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks } from '../../shared/validate';
import { imageToVideoV1Shape, imageToVideoV2Shape } from './imageToVideo';

const body = z
	.object(imageToVideoV2Shape)
	.passthrough()
	.superRefine((value, ctx) => {
		const need = (field: keyof typeof value, message: string) => {
			if (value[field] === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message });
		};
		if (value.scriptMode === 'text') {
			need('ttsText', 'Script is empty: enter the text the avatar should speak, or set Script Mode to "Audio"');
			need('voiceId', 'Voice is required with Script Mode "Text": pick a voice from the list or enter its voiceId');
		} else {
			need('audioFileId', 'Audio File ID is required with Script Mode "Audio": upload the audio with File → Upload and use its fileId, or choose Binary File');
		}
	});

/** The v2 Image to Video body: blanks dropped, the script fields of the chosen mode required, extra fields kept. */
export const imageToVideoSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
);

/** The v1 Image to Video body: https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-297455990 */
export const imageToVideoV1Schema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z.object(imageToVideoV1Shape).passthrough(),
);
