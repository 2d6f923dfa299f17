import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { idList } from '../../shared/validate';

// DELETE /v1/m2v/task/delete takes the task IDs as `taskIds` in a JSON body.
const taskIdsField = field({
	displayName: 'Task IDs',
	name: 'taskIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 7d9c1f0a2b3e4d5f, 0a1b2c3d4e5f6a7b',
	description: 'The marketing video tasks to delete: taskIds comma-separated, or an array expression',
	displayOptions: { show: { resource: ['marketingVideo'], operation: ['delete'] } },
}, idList({
	required: 'Task IDs is empty: enter at least one marketing video taskId',
	invalidType: 'Task IDs must be comma-separated taskIds or an array of them',
}));

/** Topview answers without a useful result; output what was deleted instead. */
export async function deletedMarketingVideos(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const parsed = taskIdsField.shape.taskIds.safeParse(this.getNodeParameter('taskIds', ''));
	return [{ json: { deleted: true, taskIds: parsed.data ?? [] } }];
}

export const marketingVideoDeleteDescription: INodeProperties[] = propertiesOf(taskIdsField);

export const marketingVideoDeleteSchema = z.object(shapeOf(taskIdsField));
