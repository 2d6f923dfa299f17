import type { INodeProperties } from 'n8n-workflow';
import type { TaskFamily } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

export function queryDescription(operation: string, family: TaskFamily): INodeProperties[] {
	const show = { resource: ['productAnyShoot'], operation: [operation] };
	return [taskIdField(show), queryOptionsField(show, family)];
}
