import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { idList, taskSelection } from './taskSelection';

const show = { resource: ['board'], operation: ['deleteTasks'] };

// POST /boards/tasks/batch-delete, synchronous: https://docs.topview.ai/reference/batchdeletetasks
const selection = taskSelection(show, 'delete');

export const boardDeleteTasksDescription: INodeProperties[] = selection.description;

export const boardDeleteTasksSchema = selection.schema;

/**
 * The page documents no result fields, so the item says which tasks were asked to be deleted, with any
 * answer Topview gave under `result`.
 */
export async function deletedTasks(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const selectAll = this.getNodeParameter('selectAll', false) as boolean;
	const answers = items.map((item) => item.json).filter((json) => Object.values(json).some((value) => value !== null && value !== undefined));
	const json: IDataObject = {
		deleted: true,
		boardId: String(this.getNodeParameter('boardId', '', { extractValue: true })).trim(),
		...(selectAll
			? { selectAll: true, filter: this.getNodeParameter('filter', {}) as IDataObject }
			: { taskIds: idList(this.getNodeParameter('taskIds', '')) ?? [] }),
		...(answers.length ? { result: answers.length === 1 ? answers[0] : answers } : {}),
	};
	return [{ json }];
}
