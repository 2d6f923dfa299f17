import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimitFields } from '../../shared/descriptions';

export const marketingVideoGetAllDescription: INodeProperties[] = [
	...returnAllAndLimitFields({ resource: ['marketingVideo'], operation: ['getAll'] }),
];
