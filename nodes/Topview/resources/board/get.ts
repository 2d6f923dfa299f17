import type { INodeProperties } from 'n8n-workflow';
import { boardLocator } from './boardLocator';

export const boardGetDescription: INodeProperties[] = [
	boardLocator({ resource: ['board'], operation: ['get'] }, 'query', 'The board to get: its name, owner, task count and members'),
];
