import type { INodeProperties } from 'n8n-workflow';
import { accountDescription } from './account';
import { aiImageDescription } from './aiImage';
import { avatarDescription } from './avatar';
import { boardDescription } from './board';
import { captionDescription } from './caption';
import { ethnicityDescription } from './ethnicity';
import { fileDescription } from './file';
import { imageTranslateDescription } from './imageTranslate';
import { imageToVideoDescription } from './imageToVideo';
import { marketingVideoDescription } from './marketingVideo';
import { noticeUrlDescription } from './noticeUrl';
import { photoAvatarDescription } from './photoAvatar';
import { productAnyShootDescription } from './productAnyShoot';
import { productAvatarDescription } from './productAvatar';
import { removeBackgroundDescription } from './removeBackground';
import { scraperDescription } from './scraper';
import { videoAvatarDescription } from './videoAvatar';
import { videoGenerationDescription } from './videoGeneration';
import { videoToAvatarDescription } from './videoToAvatar';
import { voiceDescription } from './voice';

export const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Account', value: 'account' },
		{ name: 'AI Image', value: 'aiImage' },
		{ name: 'Avatar', value: 'avatar' },
		{ name: 'Board', value: 'board' },
		{ name: 'Caption', value: 'caption' },
		{ name: 'Ethnicity', value: 'ethnicity' },
		{ name: 'File', value: 'file' },
		{ name: 'Image to Video', value: 'imageToVideo' },
		{ name: 'Image Translate', value: 'imageTranslate' },
		{ name: 'Marketing Video', value: 'marketingVideo' },
		{ name: 'Notice URL', value: 'noticeUrl' },
		{ name: 'Photo Avatar', value: 'photoAvatar' },
		{ name: 'Product AnyShoot', value: 'productAnyShoot' },
		{ name: 'Product Avatar', value: 'productAvatar' },
		{ name: 'Remove Background', value: 'removeBackground' },
		{ name: 'Scraper', value: 'scraper' },
		{ name: 'Video Avatar', value: 'videoAvatar' },
		{ name: 'Video Generation', value: 'videoGeneration' },
		{ name: 'Video to Avatar', value: 'videoToAvatar' },
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
	...imageToVideoDescription,
	...removeBackgroundDescription,
	...videoToAvatarDescription,
	...photoAvatarDescription,
	...marketingVideoDescription,
	...scraperDescription,
	...productAvatarDescription,
	...productAnyShootDescription,
	...imageTranslateDescription,
	...boardDescription,
	...videoGenerationDescription,
	...aiImageDescription,
];
