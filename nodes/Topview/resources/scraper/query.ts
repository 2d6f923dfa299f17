import type { INodeProperties } from 'n8n-workflow';
import { scraper } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyForQuery = { resource: ['scraper'], operation: ['query'] };

export const scraperQueryDescription: INodeProperties[] = [
	taskIdField(showOnlyForQuery),
	queryOptionsField(showOnlyForQuery, scraper),
];
