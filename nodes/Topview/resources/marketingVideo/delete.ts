import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

/** Topview answers without a useful result; output what was deleted instead. */
export async function deletedMarketingVideos(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true, taskIds: taskIdList(this.getNodeParameter('taskIds', '')) ?? [] } }];
}

/** A comma-separated string or an array (e.g. from an expression) → trimmed, non-blank task IDs. */
function taskIdList(value: unknown): string[] | undefined {
	if (value === undefined || value === null) return undefined;
	const parts = Array.isArray(value) ? value : String(value).split(',');
	const ids = parts.map((part) => String(part).trim()).filter(Boolean);
	return ids.length ? ids : undefined;
}

// DELETE /v1/m2v/task/delete takes the task IDs as `taskIds` in a JSON body.
export const marketingVideoDeleteDescription: INodeProperties[] = [
	{
		displayName: 'Task IDs',
		name: 'taskIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 7d9c1f0a2b3e4d5f, 0a1b2c3d4e5f6a7b',
		description: 'The marketing video tasks to delete: taskIds comma-separated, or an array expression',
		displayOptions: { show: { resource: ['marketingVideo'], operation: ['delete'] } },
		routing: { send: { type: 'body', property: 'taskIds' } },
	},
];

export const marketingVideoDeleteSchema = z.object({
	taskIds: z.preprocess(
		taskIdList,
		z.array(z.string(), { required_error: 'Task IDs is empty: enter at least one marketing video taskId' }),
	),
});
