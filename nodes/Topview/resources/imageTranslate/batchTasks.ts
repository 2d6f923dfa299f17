import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * postReceive step of Submit: a batch answer listing several tasks becomes one item per task, so each
 * can be queried (and waited for) like a single-image task. The batch answer's shape is undocumented:
 * `tasks[]` of `{ taskId, … }` or `taskIds[]` are split; anything else passes through unchanged.
 */
export async function oneItemPerTask(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.flatMap((item) => {
		const { tasks, taskIds } = item.json;
		if (Array.isArray(tasks) && tasks.length && tasks.every((task) => isObject(task) && typeof task.taskId === 'string')) {
			return (tasks as IDataObject[]).map((task) => ({ ...item, json: { ...task } }));
		}
		if (Array.isArray(taskIds) && taskIds.length && taskIds.every((taskId) => typeof taskId === 'string')) {
			return (taskIds as string[]).map((taskId) => ({ ...item, json: { taskId } }));
		}
		return [item];
	});
}
