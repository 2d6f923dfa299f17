import type { INodeProperties } from 'n8n-workflow';
import { removeBackground } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyForQuery = { resource: ['removeBackground'], operation: ['query'] };

export const removeBackgroundQueryDescription: INodeProperties[] = [
	taskIdField(showOnlyForQuery),
	queryOptionsField(showOnlyForQuery, removeBackground),
];
