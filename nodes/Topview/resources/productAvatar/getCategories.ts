import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimitFields } from '../../shared/descriptions';

export const getCategoriesDescription: INodeProperties[] = [
	...returnAllAndLimitFields({ resource: ['productAvatar'], operation: ['getCategories'] }),
];
