import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import type { IDataObject } from 'n8n-workflow';
import { callbackUrl, withoutBlanks } from '../../shared/validate';

/** The Pronunciation Rules fixed collection ({ rules: [...] }) or a plain array → `[{ oldStr, newStr }]`. */
function ruleList(value: unknown): unknown {
	if (value === undefined || value === null) return undefined;
	const rules = Array.isArray(value) ? value : (value as IDataObject).rules;
	if (rules === undefined) return undefined;
	return Array.isArray(rules) && rules.length === 0 ? undefined : rules;
}

const pronRule = z.object({
	oldStr: z.string({ required_error: 'Each pronunciation rule needs the text as written' }).min(1, 'Each pronunciation rule needs the text as written'),
	newStr: z.string({ required_error: 'Each pronunciation rule needs how to say it' }).min(1, 'Each pronunciation rule needs how to say it'),
});

const body = z.object({
	voiceText: z.string({ required_error: 'Text is empty: enter the text to speak' }),
	voiceId: z.preprocess(
		(value) => (value === undefined || value === null ? undefined : String(value)),
		z.string({ required_error: 'Voice is required: pick a voice from the list or enter its voiceId' }),
	),
	originVoiceFileId: fileRef().optional(),
	name: z.string().optional(),
	voiceSpeed: z.coerce
		.number({ invalid_type_error: 'Voice Speed must be a number, e.g. 1' })
		.positive('Voice Speed must be a positive number, e.g. 1')
		.optional(),
	emotionName: z.string().optional(),
	pronRules: z.preprocess(ruleList, z.array(pronRule, { invalid_type_error: 'Pronunciation Rules must be a list of rules' }).optional()),
	boardId: z.coerce.string().optional(),
	noticeUrl: callbackUrl.optional(),
});

/** The text-to-speech submit body: blanks dropped, text and voice required, rules flattened. */
export const textToSpeechSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
);
