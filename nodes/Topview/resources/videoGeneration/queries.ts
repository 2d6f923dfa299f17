import type { INodeProperties } from 'n8n-workflow';
import { omniReference, textToVideo, videoGenerationImageToVideo, type TaskFamily } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const queryFields = (operation: string, family: TaskFamily): INodeProperties[] => {
	const show = { resource: ['videoGeneration'], operation: [operation] };
	return [taskIdField(show), queryOptionsField(show, family)];
};

export const videoGenerationQueryDescriptions: INodeProperties[] = [
	...queryFields('queryTextToVideo', textToVideo),
	...queryFields('queryImageToVideo', videoGenerationImageToVideo),
	...queryFields('queryOmniReference', omniReference),
];
