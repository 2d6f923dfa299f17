import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks } from '../../shared/validate';
import { removeBackgroundSubmitShape } from './submit';

/** The Remove Background submit body: blanks dropped, the image required. */
export const removeBackgroundSubmitSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z.object(removeBackgroundSubmitShape),
);
