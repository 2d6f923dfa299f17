import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import type { IDataObject } from 'n8n-workflow';
import { callbackUrl, withoutBlanks } from '../../shared/validate';
import { languageName } from './languages';

/** fileIds as a comma-separated string (the parameter) or a list (an expression or Additional Body Fields). */
const fileIdList = z.unknown().transform((value) =>
	(Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((id) => String(id ?? '').trim())
		.filter((id) => id),
);

const noLanguage = 'Target Languages is empty: choose at least one language to translate into';

/** Language names as a list, or as comma-separated text from an expression. */
const languages = z.preprocess(
	(value) => (typeof value === 'string' ? value.split(',') : value),
	z
		.array(z.coerce.string().trim(), {
			required_error: noLanguage,
			invalid_type_error: 'Target Languages must be a list of language names, e.g. ["English", "Italian"]',
		})
		.transform((names) => names.filter((name) => name).map(languageName))
		.refine((names) => names.length > 0, noLanguage),
);

const single = z
	.object({
		fileId: fileRef({
			required_error:
				'Image File ID is required: upload the image with File → Upload and use its fileId, or choose Binary File',
		}),
		languages,
		noticeUrl: callbackUrl.optional(),
	})
	.passthrough();

const batch = z
	.object({
		fileIds: fileIdList.pipe(
			z.array(z.string()).min(1, 'Image File IDs is empty: enter the fileIds of the uploaded images, separated by commas'),
		),
		languages,
		noticeUrl: callbackUrl.optional(),
	})
	.passthrough();

const generate = z
	.object({
		taskId: z.string({
			required_error: 'Translate Task ID is required: enter the taskId that Image Translate → Submit returned',
		}),
		noticeUrl: callbackUrl.optional(),
	})
	.passthrough();

const withBlanksDropped = (schema: z.ZodTypeAny) =>
	z.preprocess((input) => withoutBlanks((input ?? {}) as IDataObject), schema);

/** The single-image translate body: the image and at least one language, extra fields kept. */
export const singleSubmitSchema = withBlanksDropped(single);

/** The batch body: fileIds as a list of at least one, and at least one language, extra fields kept. */
export const batchSubmitSchema = withBlanksDropped(batch);

/** The generate body: the finished translate task's ID. */
export const generateImagesSchema = withBlanksDropped(generate);
