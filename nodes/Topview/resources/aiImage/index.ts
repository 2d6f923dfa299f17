import type { INodeProperties } from 'n8n-workflow';
import { imageEdit, textToImage, type TaskFamily } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';
import { mergeAdditionalBodyFields } from '../../shared/extraBody';

import { checkCostFirst, checkModelLimits } from '../../shared/modelLimits';
import { queryRouting, runnerRouting, submitRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { aiImageLocalDescription, estimateImageCost, listImageModels } from './local';
import { imageEditDescription, imageEditSchema, textToImageDescription, textToImageSchema } from './submits';

const queryFields = (operation: string, family: TaskFamily): INodeProperties[] => {
	const show = { resource: ['aiImage'], operation: [operation] };
	return [taskIdField(show), queryOptionsField(show, family)];
};

// Image generation and editing with third-party models, as Topview's official client runs it:
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/references/ai_image.md
export const aiImageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['aiImage'] } },
		options: [
			{
				name: 'Estimate Cost',
				value: 'estimateCost',
				action: 'Estimate the cost of images',
				description: "Estimate the credits images would cost, from Topview's published prices; nothing is sent",
				routing: runnerRouting(estimateImageCost),
			},
			{
				name: 'Get Models',
				value: 'getModels',
				action: 'Get the image models',
				description: 'List the image models with their aspect ratios, resolutions, input image limits and prices',
				routing: runnerRouting(listImageModels),
			},
			{
				name: 'Image Edit',
				value: 'imageEdit',
				action: 'Edit images',
				description: 'Edit or combine input images by a prompt with the chosen model, optionally waiting for the result',
				routing: submitRouting(imageEdit, {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(imageEditSchema), checkModelLimits('imageEdit'), checkCostFirst('imageEdit')],
				}),
			},
			{
				name: 'Query Image Edit',
				value: 'queryImageEdit',
				action: 'Query an image edit task',
				description: 'Get the status and images of an image edit task',
				routing: queryRouting(imageEdit),
			},
			{
				name: 'Query Text to Image',
				value: 'queryTextToImage',
				action: 'Query a text to image task',
				description: 'Get the status and images of a text to image task',
				routing: queryRouting(textToImage),
			},
			{
				name: 'Text to Image',
				value: 'textToImage',
				action: 'Generate images from text',
				description: 'Generate images from a prompt with the chosen model, optionally waiting for them',
				routing: submitRouting(textToImage, {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(textToImageSchema), checkModelLimits('textToImage'), checkCostFirst('textToImage')],
				}),
			},
		],
		default: 'textToImage',
	},
	...textToImageDescription,
	...imageEditDescription,
	...queryFields('queryTextToImage', textToImage),
	...queryFields('queryImageEdit', imageEdit),
	...aiImageLocalDescription,
];
