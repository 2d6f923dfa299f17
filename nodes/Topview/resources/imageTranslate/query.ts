import type { INodeProperties } from 'n8n-workflow';
import { imageTranslate } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyForQuery = { resource: ['imageTranslate'], operation: ['query'] };

export const imageTranslateQueryDescription: INodeProperties[] = [
	taskIdField(showOnlyForQuery),
	queryOptionsField(showOnlyForQuery, imageTranslate),
];
