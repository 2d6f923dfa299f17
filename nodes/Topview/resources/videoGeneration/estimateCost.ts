import {
	NodeOperationError,
	type IDataObject,
	type IExecutePaginationFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';
import type { VideoOperation } from '../../shared/generationModels';
import { estimateFor, modelProblems } from '../../shared/modelLimits';
import { durationSetting, generatingCountSetting, resolutionSetting, soundSetting } from '../../shared/videoSettings';
import { modelLocator } from './fields';

const show = { resource: ['videoGeneration'], operation: ['estimateCost'] };
const shown = ({ properties: [property] }: { properties: INodeProperties[] }): INodeProperties => ({
	...property,
	displayOptions: { show },
	routing: undefined,
});
const [resolutionField] = resolutionSetting.properties;

// Topview has no cost endpoint: its client's estimate-cost multiplies the model's credits per second by
// duration and count (estimate_cost in
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/video_gen.py).
export const videoEstimateCostDescription: INodeProperties[] = [
	{ ...modelLocator(show, 'searchVideoModels', 'e.g. Seedance 1.5 Pro'), routing: undefined },
	{
		...shown(resolutionSetting),
		options: [{ name: 'None (Model Takes No Resolution)', value: 0 }, ...(resolutionField.options ?? [])],
		description: 'Video height in pixels; None for models that take no resolution',
	},
	{ ...shown(durationSetting), required: true },
	shown(soundSetting),
	shown(generatingCountSetting),
];

/** The estimate for the item's settings, checked against the model's limits first; nothing is sent. */
export async function estimateVideoCost(this: IExecutePaginationFunctions): Promise<INodeExecutionData[]> {
	const type = this.getNodeParameter('generationType', 'textToVideo') as VideoOperation;
	const resolution = this.getNodeParameter('resolution', 720) as number;
	const body: IDataObject = {
		model: String(this.getNodeParameter('model', '', { extractValue: true })).trim(),
		...(resolution ? { resolution } : {}),
		duration: this.getNodeParameter('duration', 5) as number,
		sound: this.getNodeParameter('sound', false) ? 'on' : 'off',
		generatingCount: this.getNodeParameter('generatingCount', 1) as number,
	};
	const [problem] = modelProblems(type, body);
	const estimate = estimateFor(type, body);
	const failure = problem ?? ('missing' in estimate ? estimate.missing : undefined);
	if (failure || 'missing' in estimate) {
		throw new NodeOperationError(this.getNode(), failure ?? 'The cost cannot be estimated', {
			itemIndex: this.getItemIndex(),
			description: 'Get Models lists the models, their limits and their credits per second.',
		});
	}
	return [{ json: { ...body, generationType: type, estimatedCredits: estimate.credits } }];
}
