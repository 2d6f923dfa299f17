import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { videoModels, videoRates, type VideoOperation } from '../../shared/generationModels';

export const videoGenerationTypeOptions = [
	{ name: 'Image to Video', value: 'imageToVideo' },
	{ name: 'Omni Reference', value: 'omniReference' },
	{ name: 'Text to Video', value: 'textToVideo' },
];

export const videoGetModelsDescription: INodeProperties[] = [
	{
		displayName: 'Generation Type',
		name: 'generationType',
		type: 'options',
		noDataExpression: true,
		options: videoGenerationTypeOptions,
		default: 'textToVideo',
		description: 'Which operation the models are for; each offers its own models and limits',
		displayOptions: { show: { resource: ['videoGeneration'], operation: ['getModels', 'estimateCost'] } },
	},
];

/** One item per model of the chosen type: its limits and its credits per second (`rates`). */
export async function listVideoModels(this: IExecutePaginationFunctions): Promise<INodeExecutionData[]> {
	const type = this.getNodeParameter('generationType', 'textToVideo') as VideoOperation;
	return Object.entries(videoModels[type]).map(([model, limits]) => ({
		json: {
			model,
			generationType: type,
			...(limits as unknown as IDataObject),
			rates: (videoRates[model] ?? []) as unknown as IDataObject[],
		},
	}));
}
