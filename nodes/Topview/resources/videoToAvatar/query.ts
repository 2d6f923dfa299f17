import type { INodeProperties } from 'n8n-workflow';
import { videoToAvatar } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';
import { customAvatarNotice } from './submit';

const showOnlyForQuery = { resource: ['videoToAvatar'], operation: ['query'] };

export const videoToAvatarQueryDescription: INodeProperties[] = [
	customAvatarNotice('query'),
	taskIdField(showOnlyForQuery),
	queryOptionsField(showOnlyForQuery, videoToAvatar),
];
