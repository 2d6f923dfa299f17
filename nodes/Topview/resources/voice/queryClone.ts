import type { INodeProperties } from 'n8n-workflow';
import { voiceClone } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyForQueryClone = { resource: ['voice'], operation: ['queryClone'] };

export const voiceQueryCloneDescription: INodeProperties[] = [
	taskIdField(showOnlyForQueryClone),
	queryOptionsField(showOnlyForQueryClone, voiceClone),
];
