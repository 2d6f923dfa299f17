import type { INodeProperties } from 'n8n-workflow';
import { videoAvatarDescription } from './videoAvatar';

export const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [{ name: 'Video Avatar', value: 'videoAvatar' }],
	default: 'videoAvatar',
};

export const resourceDescriptions: INodeProperties[] = [resourceSelector, ...videoAvatarDescription];
