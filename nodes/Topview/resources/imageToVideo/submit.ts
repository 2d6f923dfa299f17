import type { INodeProperties } from 'n8n-workflow';
import { imageToVideoFields } from '../videoGeneration/imageToVideo';

// The same form as Video Generation → Image to Video (one field set, one schema), with what this resource's
// saved workflows relied on still accepted: an empty Model, comma-separated Reference Image File IDs.
export const imageToVideoSubmitDescription: INodeProperties[] = imageToVideoFields(
	{ resource: ['imageToVideo'], operation: ['submit'] },
	'imageToVideoResource',
);
