import type { INodeProperties } from 'n8n-workflow';
import { imageGenerate, imageTranslate } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyFor = (operation: string) => ({ resource: ['imageTranslate'], operation: [operation] });

export const imageTranslateQueryDescription: INodeProperties[] = [
	taskIdField(showOnlyFor('query')),
	queryOptionsField(showOnlyFor('query'), imageTranslate),
	taskIdField(showOnlyFor('queryImages')),
	queryOptionsField(showOnlyFor('queryImages'), imageGenerate),
];
