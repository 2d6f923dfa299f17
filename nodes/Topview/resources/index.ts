import type { INodeProperties } from 'n8n-workflow';
import { accountDescription } from './account';
import { avatarDescription } from './avatar';
import { captionDescription } from './caption';
import { ethnicityDescription } from './ethnicity';
import { fileDescription } from './file';
import { noticeUrlDescription } from './noticeUrl';
import { videoAvatarDescription } from './videoAvatar';
import { voiceDescription } from './voice';

export const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Account', value: 'account' },
		{ name: 'Avatar', value: 'avatar' },
		{ name: 'Caption', value: 'caption' },
		{ name: 'Ethnicity', value: 'ethnicity' },
		{ name: 'File', value: 'file' },
		{ name: 'Notice URL', value: 'noticeUrl' },
		{ name: 'Video Avatar', value: 'videoAvatar' },
		{ name: 'Voice', value: 'voice' },
	],
	default: 'videoAvatar',
};

export const resourceDescriptions: INodeProperties[] = [
	resourceSelector,
	...videoAvatarDescription,
	...accountDescription,
	...avatarDescription,
	...captionDescription,
	...ethnicityDescription,
	...fileDescription,
	...noticeUrlDescription,
	...voiceDescription,
];
