import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks, callbackUrl, requiredText } from '../../shared/validate';

const modes = ['lite', 'pro', 'avatar2', 'avatar4', 'avatar4Fast'] as const;

const body = z
	.object({
		replaceProductTaskImageId: z.preprocess(
			(id) => (typeof id === 'number' ? String(id) : id),
			z.string({
				required_error:
					'Product Image ID is required: use replaceProductTaskImageId from a finished Replace Product Image task',
			}),
		),
		scriptMode: z.enum(['text', 'audio'], { message: 'Script Mode must be "text" or "audio"' }),
		ttsText: z.string().optional(),
		voiceId: z.coerce.string().optional(),
		audioFileId: fileRef().optional(),
		mode: z.enum(modes, { message: `Mode must be one of ${modes.join(', ')}` }).optional(),
		// Required on https://docs.topview.ai/reference/pa2_image2video_submit_task
		captionId: requiredText(
			'Caption Style is required for v2 Image to Video: add it under Additional Fields → Caption Style Name or ID',
		),
		noticeUrl: callbackUrl.optional(),
	})
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

const v1Modes = ['lite', 'pro'] as const;

/** The v1 Image to Video body: https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-297455990 */
export const imageToVideoV1Schema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z
		.object({
			productReplaceResultKey: requiredText(
				'Product Replace Result Key is required: use productReplaceResult[].key from a finished v1 Replace Product Image task',
			),
			mode: z.enum(v1Modes, { message: `Mode must be one of ${v1Modes.join(', ')} for v1` }),
			image2videoPrompt: z.string().optional(),
			noticeUrl: callbackUrl.optional(),
		})
		.passthrough(),
);
