import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { imageTranslate } from '../../shared/families';
import { mergeAdditionalBodyFields } from '../../shared/extraBody';
import { uploadInlineFiles } from '../../shared/inlineFiles';
import { operationRouting, queryRouting } from '../../shared/routing';
import { submitTask } from '../../shared/runner';
import { validateRequest } from '../../shared/validate';
import { oneItemPerTask } from './batchTasks';
import { imageTranslateQueryDescription } from './query';
import { imageTranslateSubmitDescription } from './submit';
import { batchSubmitSchema, singleSubmitSchema } from './submitSchema';

const batchSubmitPath = '/v1/image_translate/batch/task/submit';

/** preSend step: the body rules of the chosen mode. */
async function validateSubmit(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const batch = this.getNodeParameter('mode', 'single') === 'batch';
	return await validateRequest(batch ? batchSubmitSchema : singleSubmitSchema).call(this, options);
}

export const imageTranslateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['imageTranslate'] } },
		options: [
			{
				name: 'Query',
				value: 'query',
				action: 'Query an image translate task',
				description: 'Get the status and the translated images of an image translate task',
				routing: queryRouting(imageTranslate),
			},
			{
				name: 'Submit',
				value: 'submit',
				action: 'Submit an image translate task',
				description: 'Translate the text in one or several images into other languages, optionally waiting for it',
				// Single and batch share the query path: a batch answer is split into one item per task.
				routing: operationRouting(
					'POST',
					`={{ $parameter.mode === "batch" ? "${batchSubmitPath}" : "${imageTranslate.submitPath}" }}`,
					submitTask(imageTranslate),
					{
						preSend: [mergeAdditionalBodyFields, validateSubmit, uploadInlineFiles],
						postReceive: [oneItemPerTask],
					},
				),
			},
		],
		default: 'submit',
	},
	...imageTranslateSubmitDescription,
	...imageTranslateQueryDescription,
];
