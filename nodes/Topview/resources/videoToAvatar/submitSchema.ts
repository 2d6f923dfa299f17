import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks } from '../../shared/validate';
import { videoToAvatarSubmitShape } from './submit';

/** The Video to Avatar submit body: blanks dropped, the video required. */
export const videoToAvatarSubmitSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z.object(videoToAvatarSubmitShape),
);
