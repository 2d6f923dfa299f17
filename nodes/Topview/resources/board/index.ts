import type { INodeProperties } from 'n8n-workflow';
import { listRouting, readRouting, writeRouting } from '../../shared/routing';
import { taskIdQuerySchema } from '../../shared/descriptions';
import { validateRequest } from '../../shared/validate';
import { boardCreateDescription, boardCreateSchema } from './create';
import { boardDeleteDescription, boardDeleteSchema, deletedBoard } from './delete';
import { boardDeleteTasksDescription, boardDeleteTasksSchema, deletedTasks } from './deleteTasks';
import { boardDownloadTasksDescription, boardDownloadTasksSchema } from './downloadTasks';
import { boardGetDescription, boardGetSchema } from './get';
import { boardGetAllDescription } from './getAll';
import { boardGetDownloadDescription, boardGetDownloadSchema } from './getDownload';
import { boardGetTaskDescription } from './getTask';
import { boardGetTasksDescription, boardTasksQuerySchema } from './getTasks';
import { boardUpdateDescription, boardUpdateSchema } from './update';

// Board endpoints as Topview's official client calls them:
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/board.py
// and the batch task operations of the reference pages (deleteTasks.ts, downloadTasks.ts, getDownload.ts).
export const boardDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['board'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a board',
				description: 'Create a board to file generated results in',
				routing: writeRouting('POST', '/boards/create', { checks: [validateRequest(boardCreateSchema)] }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a board',
				description: 'Delete a board',
				routing: writeRouting('DELETE', '/boards/delete', {
					checks: [validateRequest(boardDeleteSchema, 'qs')],
					shape: deletedBoard,
				}),
			},
			{
				name: 'Delete Tasks',
				value: 'deleteTasks',
				action: 'Delete tasks of a board',
				description: 'Delete several tasks of a board at once: listed task IDs, or every task matching a filter',
				routing: writeRouting('POST', '/boards/tasks/batch-delete', {
					checks: [validateRequest(boardDeleteTasksSchema)],
					shape: deletedTasks,
				}),
			},
			{
				name: 'Download Tasks',
				value: 'downloadTasks',
				action: 'Download tasks of a board as a ZIP',
				description: "Start packing several tasks' files into one ZIP; Get Download returns its URL when ready",
				routing: writeRouting('POST', '/boards/tasks/batch-download/submit', {
					checks: [validateRequest(boardDownloadTasksSchema)],
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a board',
				description: 'Get the details of a board: name, owner, task count and members',
				routing: readRouting('/boards/detail', { checks: [validateRequest(boardGetSchema, 'qs')] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many boards',
				description: 'List the boards of your account, the default board marked by isSystemDefault',
				// The client reads `data`; the reference page names the array `list`.
				routing: listRouting('/boards/list', { itemsField: 'data', alternateItemsFields: ['list'], maxPageSize: 100 }),
			},
			{
				name: 'Get Download',
				value: 'getDownload',
				action: 'Get a board download',
				description: 'Get the status of a Download Tasks ZIP and, once ready, its download URL',
				routing: readRouting('/boards/tasks/batch-download', { checks: [validateRequest(boardGetDownloadSchema, 'qs')] }),
			},
			{
				name: 'Get Task',
				value: 'getTask',
				action: 'Get a board task',
				description: 'Get one task filed in a board: status, tool, credits and result',
				routing: readRouting('/boards/tasks/detail', { checks: [validateRequest(taskIdQuerySchema, 'qs')] }),
			},
			{
				name: 'Get Tasks',
				value: 'getTasks',
				action: 'Get the tasks of a board',
				description: 'List the tasks filed in a board, filtered by media type, tool, rating and sorted',
				routing: listRouting('/boards/tasks/list', { itemsField: 'list', maxPageSize: 100 }, {
					checks: [validateRequest(boardTasksQuerySchema, 'qs')],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Rename a board',
				description: 'Change the name of a board',
				routing: writeRouting('PUT', '/boards/update', { checks: [validateRequest(boardUpdateSchema)] }),
			},
		],
		default: 'getAll',
	},
	...boardCreateDescription,
	...boardGetDescription,
	...boardGetAllDescription,
	...boardUpdateDescription,
	...boardDeleteDescription,
	...boardGetTasksDescription,
	...boardGetTaskDescription,
	...boardDeleteTasksDescription,
	...boardDownloadTasksDescription,
	...boardGetDownloadDescription,
];
