import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimitFields } from '../../shared/descriptions';

const showOnlyForGetTemplateCategories = { resource: ['photoAvatar'], operation: ['getTemplateCategories'] };

export const photoAvatarGetTemplateCategoriesDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetTemplateCategories),
];
