import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks } from '../../shared/validate';
import { textToSpeechShape } from './textToSpeech';

/** The text-to-speech submit body: blanks dropped, text and voice required, rules flattened. */
export const textToSpeechSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z.object(textToSpeechShape),
);
