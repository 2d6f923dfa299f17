import type { INodeProperties } from 'n8n-workflow';
import { marketingVideo } from '../../shared/families';
import { mergeAdditionalBodyFields } from '../../shared/extraBody';
import { listRouting, queryRouting, readRouting, submitRouting, writeRouting } from '../../shared/routing';
import { taskIdQuerySchema } from '../../shared/descriptions';
import { validateRequest } from '../../shared/validate';
import { deletedMarketingVideos, marketingVideoDeleteDescription, marketingVideoDeleteSchema } from './delete';
import { marketingVideoExportDescription, marketingVideoExportSchema } from './export';
import { marketingVideoGetAllDescription } from './getAll';
import { marketingVideoGetScriptsDescription } from './getScripts';
import { marketingVideoQueryDescription } from './query';
import { marketingVideoSubmitDescription } from './submit';
import { marketingVideoSubmitSchema } from './submitSchema';
import { marketingVideoUpdateScriptDescription, marketingVideoUpdateScriptSchema } from './updateScript';

export const marketingVideoDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['marketingVideo'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete marketing video tasks',
				description: 'Delete marketing video tasks by their task IDs',
				routing: writeRouting('DELETE', '/v1/m2v/task/delete', {
					checks: [validateRequest(marketingVideoDeleteSchema)],
					shape: deletedMarketingVideos,
				}),
			},
			{
				name: 'Export',
				value: 'export',
				action: 'Export a marketing video',
				description: 'Render the final video of one preview script; Topview reports it to the callback URL',
				routing: writeRouting('POST', '/v1/m2v/export', { checks: [validateRequest(marketingVideoExportSchema)] }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many marketing video tasks',
				description: 'List your marketing video tasks, newest first',
				routing: listRouting('/v1/m2v/task/list', { itemsField: 'data', alternateItemsFields: ['list'], maxPageSize: 100 }),
			},
			{
				name: 'Get Scripts',
				value: 'getScripts',
				action: 'Get the scripts of a marketing video',
				description: 'List the scripts Topview wrote for a marketing video task',
				routing: readRouting('/v1/m2v/script/list', { checks: [validateRequest(taskIdQuerySchema, 'qs')] }),
			},
			{
				name: 'Query',
				value: 'query',
				action: 'Query a marketing video task',
				description: 'Get the status, preview videos and exported videos of a marketing video task',
				routing: queryRouting(marketingVideo),
			},
			{
				name: 'Submit',
				value: 'submit',
				action: 'Submit a marketing video task',
				description: 'Make an avatar marketing video from a product link or files, optionally waiting for it',
				routing: submitRouting(marketingVideo, {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(marketingVideoSubmitSchema)],
				}),
			},
			{
				name: 'Update Script',
				value: 'updateScript',
				action: 'Update a marketing video script',
				description: 'Change the text of a script before exporting it',
				routing: writeRouting('POST', '/v1/m2v/script/update', {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(marketingVideoUpdateScriptSchema)],
				}),
			},
		],
		default: 'submit',
	},
	...marketingVideoSubmitDescription,
	...marketingVideoQueryDescription,
	...marketingVideoExportDescription,
	...marketingVideoGetScriptsDescription,
	...marketingVideoUpdateScriptDescription,
	...marketingVideoGetAllDescription,
	...marketingVideoDeleteDescription,
];
