import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks, callbackUrl } from '../../shared/validate';

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
		audioFileId: z.string().optional(),
		mode: z.enum(modes, { message: `Mode must be one of ${modes.join(', ')}` }).optional(),
		captionId: z.coerce.string().optional(),
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

/** The Image to Video body: blanks dropped, the script fields of the chosen mode required, extra fields kept. */
export const imageToVideoSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
) as unknown as z.ZodType<IDataObject>;
