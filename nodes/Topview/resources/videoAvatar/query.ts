import type { INodeProperties } from 'n8n-workflow';
import { videoAvatar } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyForQuery = { resource: ['videoAvatar'], operation: ['query'] };

export const videoAvatarQueryDescription: INodeProperties[] = [
	taskIdField(showOnlyForQuery),
	queryOptionsField(showOnlyForQuery, videoAvatar),
];
