import type { INodeProperties } from 'n8n-workflow';
import { imageToVideo, omniReference, textToVideo } from '../../shared/families';
import { mergeAdditionalBodyFields } from '../../shared/extraBody';
import { checkCostFirst, checkModelLimits } from '../../shared/modelLimits';
import { queryRouting, runnerRouting, submitRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { estimateVideoCost, videoEstimateCostDescription } from './estimateCost';
import { listVideoModels, videoGetModelsDescription } from './getModels';
import { imageToVideoFields, imageToVideoSubmitRouting } from './imageToVideo';
import { omniReferenceDescription, omniReferenceSchema } from './omniReference';
import { videoGenerationQueryDescriptions } from './queries';
import { textToVideoDescription, textToVideoSchema } from './textToVideo';

// Video generation with third-party models (Seedance, Kling, Veo, Vidu, …) as Topview's official client
// runs it: https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/references/video_gen.md
export const videoGenerationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['videoGeneration'] } },
		options: [
			{
				name: 'Estimate Cost',
				value: 'estimateCost',
				action: 'Estimate the cost of a video',
				description: "Estimate the credits a video would cost, from Topview's published rates; nothing is sent",
				routing: runnerRouting(estimateVideoCost),
			},
			{
				name: 'Get Models',
				value: 'getModels',
				action: 'Get the video models',
				description: 'List the models of a generation type with their resolutions, durations, aspect ratios, sound and rates',
				routing: runnerRouting(listVideoModels),
			},
			{
				name: 'Image to Video',
				value: 'imageToVideo',
				action: 'Generate a video from images',
				description:
					'Animate a first frame (optionally to an end frame) or several reference images with the chosen model, optionally waiting for it',
				routing: imageToVideoSubmitRouting('videoGeneration'),
			},
			{
				name: 'Omni Reference',
				value: 'omniReference',
				action: 'Generate a video from references',
				description:
					'Generate a video from named reference images and videos the prompt refers to (&lt;&lt;&lt;Image1&gt;&gt;&gt;), optionally waiting for it',
				routing: submitRouting(omniReference, {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(omniReferenceSchema), checkModelLimits('omniReference'), checkCostFirst('omniReference')],
				}),
			},
			{
				name: 'Query Image to Video',
				value: 'queryImageToVideo',
				action: 'Query an image to video task',
				description: 'Get the status and videos of an image to video task',
				routing: queryRouting(imageToVideo),
			},
			{
				name: 'Query Omni Reference',
				value: 'queryOmniReference',
				action: 'Query an omni reference task',
				description: 'Get the status and videos of an omni reference task',
				routing: queryRouting(omniReference),
			},
			{
				name: 'Query Text to Video',
				value: 'queryTextToVideo',
				action: 'Query a text to video task',
				description: 'Get the status and videos of a text to video task',
				routing: queryRouting(textToVideo),
			},
			{
				name: 'Text to Video',
				value: 'textToVideo',
				action: 'Generate a video from text',
				description: 'Generate a video from a prompt with the chosen model, optionally waiting for it',
				routing: submitRouting(textToVideo, {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(textToVideoSchema), checkModelLimits('textToVideo'), checkCostFirst('textToVideo')],
				}),
			},
		],
		default: 'textToVideo',
	},
	...textToVideoDescription,
	...imageToVideoFields({ resource: ['videoGeneration'], operation: ['imageToVideo'] }, 'videoGeneration'),
	...omniReferenceDescription,
	...videoGenerationQueryDescriptions,
	...videoGetModelsDescription,
	...videoEstimateCostDescription,
];
