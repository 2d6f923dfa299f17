import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';
import { withoutBlanks } from '../../shared/validate';
import { voiceCloneShape } from './clone';

/** The voice clone submit body: blanks dropped, the recording required, speed in range. */
export const voiceCloneSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z.object(voiceCloneShape),
);
