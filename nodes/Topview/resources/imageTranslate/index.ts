import type { INodeProperties } from 'n8n-workflow';
import { imageGenerate, imageTranslate } from '../../shared/families';
import { mergeAdditionalBodyFields } from '../../shared/extraBody';
import { operationRouting, queryRouting, submitRouting } from '../../shared/routing';
import { submitTask, type OperationRunner } from '../../shared/runner';
import { validateBy, validateRequest } from '../../shared/validate';
import { generateImagesDescription } from './generateImages';
import { imageTranslateQueryDescription } from './query';
import { imageTranslateSubmitDescription } from './submit';
import { batchSubmitSchema, generateImagesSchema, singleSubmitSchema } from './submitSchema';

/**
 * https://docs.topview.ai/reference/image-translate-api-usage: a single image is translated by one task and
 * rendered by a second (`imageGenerate`); a batch is one "batch generate" task, queried like the second step.
 */
const batchSubmitPath = '/v1/image_translate/batch/task/submit';

const isBatch = (context: { getNodeParameter(name: string, fallback: unknown): unknown }) =>
	context.getNodeParameter('mode', 'single') === 'batch';

/** preSend step: the body rules of the chosen mode. */
const validateSubmit = validateBy(
	(context) => (isBatch(context) ? batchSubmitSchema : singleSubmitSchema),
	[singleSubmitSchema, batchSubmitSchema],
);

const submitSingle = submitTask(imageTranslate);
const submitBatch = submitTask(imageGenerate);

/** Single: translate, then (waiting) render; batch: one task that does both. */
const submitByMode: OperationRunner = async function (requestData) {
	return await (isBatch(this) ? submitBatch : submitSingle).call(this, requestData);
};

export const imageTranslateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['imageTranslate'] } },
		options: [
			{
				name: 'Generate Images',
				value: 'generateImages',
				action: 'Render the translated images',
				description:
					'Render the images of a finished single-image translate task, optionally waiting for them',
				routing: submitRouting(imageGenerate, { checks: [validateRequest(generateImagesSchema)] }),
			},
			{
				name: 'Query',
				value: 'query',
				action: 'Query an image translate task',
				description: 'Get the status of a translate task (the first step)',
				routing: queryRouting(imageTranslate),
			},
			{
				name: 'Query Images',
				value: 'queryImages',
				action: 'Query translated images',
				description: 'Get the status and the translated images of a generate or batch task',
				routing: queryRouting(imageGenerate),
			},
			{
				name: 'Submit',
				value: 'submit',
				action: 'Submit an image translate task',
				description:
					'Translate the text in one or several images into other languages; with Wait for Completion, output the translated images',
				routing: operationRouting(
					'POST',
					`={{ $parameter.mode === "batch" ? "${batchSubmitPath}" : "${imageTranslate.submitPath}" }}`,
					submitByMode,
					{ preSend: [mergeAdditionalBodyFields], checks: [validateSubmit] },
				),
			},
		],
		default: 'submit',
	},
	...imageTranslateSubmitDescription,
	...generateImagesDescription,
	...imageTranslateQueryDescription,
];
