import type { INodeProperties } from 'n8n-workflow';
import { imageToVideo } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyForQuery = { resource: ['imageToVideo'], operation: ['query'] };

export const imageToVideoQueryDescription: INodeProperties[] = [
	taskIdField(showOnlyForQuery),
	queryOptionsField(showOnlyForQuery, imageToVideo),
];
