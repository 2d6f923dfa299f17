import type { INodeProperties } from 'n8n-workflow';
import { imageToVideo, omniReference, textToVideo, type TaskFamily } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const queryFields = (operation: string, family: TaskFamily): INodeProperties[] => {
	const show = { resource: ['videoGeneration'], operation: [operation] };
	return [taskIdField(show), queryOptionsField(show, family)];
};

export const videoGenerationQueryDescriptions: INodeProperties[] = [
	...queryFields('queryTextToVideo', textToVideo),
	...queryFields('queryImageToVideo', imageToVideo),
	...queryFields('queryOmniReference', omniReference),
];
