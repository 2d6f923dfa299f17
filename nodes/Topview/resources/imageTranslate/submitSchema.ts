import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { shapeOf } from '../../shared/fields';
import { withoutBlanks } from '../../shared/validate';
import { generateAdditionalFields, translateTaskIdField } from './generateImages';
import { fileIdsField, imageField, languagesField, submitAdditionalFields } from './submit';

// Single and batch: fields from Additional Body Fields pass through unchecked.
const single = z.object(shapeOf(imageField, languagesField, ...submitAdditionalFields)).passthrough();

const batch = z.object(shapeOf(fileIdsField, languagesField, ...submitAdditionalFields)).passthrough();

const generate = z.object(shapeOf(translateTaskIdField, ...generateAdditionalFields)).passthrough();

const withBlanksDropped = (schema: z.ZodTypeAny) =>
	z.preprocess((input) => withoutBlanks((input ?? {}) as IDataObject), schema);

/** The single-image translate body: the image and at least one language, extra fields kept. */
export const singleSubmitSchema = withBlanksDropped(single);

/** The batch body: fileIds as a list of at least one, and at least one language, extra fields kept. */
export const batchSubmitSchema = withBlanksDropped(batch);

/** The generate body: the finished translate task's ID. */
export const generateImagesSchema = withBlanksDropped(generate);
