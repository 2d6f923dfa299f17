import type { INodeProperties } from 'n8n-workflow';
import { marketingVideo } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyForQuery = { resource: ['marketingVideo'], operation: ['query'] };

export const marketingVideoQueryDescription: INodeProperties[] = [
	taskIdField(showOnlyForQuery),
	queryOptionsField(showOnlyForQuery, marketingVideo),
];
