import type { INodeProperties } from 'n8n-workflow';
import { taskIdField } from '../../shared/descriptions';

export const boardGetTaskDescription: INodeProperties[] = [
	{
		...taskIdField({ resource: ['board'], operation: ['getTask'] }),
		description: 'The taskId of a task filed in a board (from Get Tasks or a submit with a board)',
	},
];
