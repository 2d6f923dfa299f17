import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimitFields } from '../../shared/descriptions';

export const boardGetAllDescription: INodeProperties[] = [
	...returnAllAndLimitFields({ resource: ['board'], operation: ['getAll'] }),
];
