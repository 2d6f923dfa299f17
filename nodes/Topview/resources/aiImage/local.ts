import {
	NodeOperationError,
	type IDataObject,
	type IExecutePaginationFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';
import { imageModels, imagePrices, type ImageOperation } from '../../shared/generationModels';
import { estimateFor, modelProblems } from '../../shared/modelLimits';
import { modelLocator } from '../videoGeneration/fields';
import { aspectRatioSetting, generateCountSetting, resolutionSetting } from './fields';

const estimateShow = { resource: ['aiImage'], operation: ['estimateCost'] };
const unrouted = (field: INodeProperties): INodeProperties => ({ ...field, routing: undefined });

export const aiImageLocalDescription: INodeProperties[] = [
	{
		displayName: 'Generation Type',
		name: 'generationType',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Image Edit', value: 'imageEdit' },
			{ name: 'Text to Image', value: 'textToImage' },
		],
		default: 'textToImage',
		description: 'Which operation the models are for; each offers its own models and limits',
		displayOptions: { show: { resource: ['aiImage'], operation: ['getModels', 'estimateCost'] } },
	},
	unrouted(modelLocator(estimateShow, 'searchImageModels', 'e.g. Nano Banana 2')),
	unrouted({ ...aspectRatioSetting(estimateShow).properties[0], required: false }),
	unrouted(resolutionSetting(estimateShow).properties[0]),
	unrouted(generateCountSetting(estimateShow).properties[0]),
];

/** One item per image model of the chosen type: its limits and its credits per image (`prices`). */
export async function listImageModels(this: IExecutePaginationFunctions): Promise<INodeExecutionData[]> {
	const type = this.getNodeParameter('generationType', 'textToImage') as ImageOperation;
	return Object.entries(imageModels[type]).map(([model, limits]) => ({
		json: { model, generationType: type, ...(limits as unknown as IDataObject), prices: imagePrices[type][model] ?? {} },
	}));
}

// Topview has no cost endpoint: its client's estimate-cost multiplies the model's price per image (by
// resolution) by the count (estimate_cost in ai_image.py).
export async function estimateImageCost(this: IExecutePaginationFunctions): Promise<INodeExecutionData[]> {
	const type = this.getNodeParameter('generationType', 'textToImage') as ImageOperation;
	const resolution = String(this.getNodeParameter('resolution', '') ?? '').trim();
	const aspectRatio = String(this.getNodeParameter('aspectRatio', '') ?? '').trim();
	const body: IDataObject = {
		model: String(this.getNodeParameter('model', '', { extractValue: true })).trim(),
		...(aspectRatio ? { aspectRatio } : {}),
		...(resolution ? { resolution } : {}),
		generateCount: this.getNodeParameter('generateCount', 1) as number,
	};
	const [problem] = modelProblems(type, body);
	const estimate = estimateFor(type, body);
	if (problem || 'missing' in estimate) {
		throw new NodeOperationError(this.getNode(), problem ?? ('missing' in estimate ? estimate.missing : ''), {
			itemIndex: this.getItemIndex(),
			description: 'Get Models lists the models, their limits and their prices.',
		});
	}
	return [{ json: { ...body, generationType: type, estimatedCredits: estimate.credits } }];
}
