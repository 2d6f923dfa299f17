import type { INodeProperties } from 'n8n-workflow';
import { photoAvatar } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyForQuery = { resource: ['photoAvatar'], operation: ['query'] };

export const photoAvatarQueryDescription: INodeProperties[] = [
	taskIdField(showOnlyForQuery),
	queryOptionsField(showOnlyForQuery, photoAvatar),
];
