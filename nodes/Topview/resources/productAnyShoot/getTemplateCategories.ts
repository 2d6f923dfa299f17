import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimitFields } from '../../shared/descriptions';

export const getTemplateCategoriesDescription: INodeProperties[] = [
	...returnAllAndLimitFields({ resource: ['productAnyShoot'], operation: ['getTemplateCategories'] }),
];
