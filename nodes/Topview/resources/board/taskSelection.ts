import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field, fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { boardLocatorField } from './boardLocator';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/** A comma-separated string or an array (e.g. from an expression) → trimmed, non-blank IDs. */
export function idList(value: unknown): string[] | undefined {
	if (value === undefined || value === null) return undefined;
	const parts = Array.isArray(value) ? value : String(value).split(',');
	const ids = parts.map((part) => String(part).trim()).filter(Boolean);
	return ids.length ? ids : undefined;
}

/**
 * Which tasks of a board a batch operation acts on, as Batch Delete Tasks and Submit Batch Download take
 * them (https://docs.topview.ai/reference/batchdeletetasks, https://docs.topview.ai/reference/submitbatchdownload):
 * `boardId` and either `taskIds`, or `selectAll: true` with a `filter` (and `excludeTaskIds`).
 */
function selectionFields(show: Show, verb: string) {
	const listed = { ...show, selectAll: [false] };
	const filtered = { ...show, selectAll: [true] };
	return [
		boardLocatorField(show, 'body', `The board whose tasks to ${verb}`),
		field(
			{
				displayName: 'Select All',
				name: 'selectAll',
				type: 'boolean',
				default: false,
				description: `Whether to ${verb} every task of the board that matches the filter below, instead of the task IDs you list`,
				displayOptions: { show },
			},
			z.boolean().optional(),
		),
		field(
			{
				displayName: 'Task IDs',
				name: 'taskIds',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. 7d9c1f0a2b3e4d5f, 0a1b2c3d4e5f6a7b',
				description: `The tasks to ${verb}: taskIds (from Get Tasks) comma-separated, or an array expression`,
				displayOptions: { show: listed },
			},
			z.preprocess(idList, z.array(z.string()).optional()),
		),
		fieldOf(
			[
				{
					displayName: 'Filter',
					name: 'filter',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
					description: 'Which tasks Select All takes; at least one filter is needed (e.g. Media Type: All)',
					displayOptions: { show: filtered },
					options: [
						{
							displayName: 'Media Type',
							name: 'mediaType',
							type: 'options',
							options: [
								{ name: 'All', value: 'all' },
								{ name: 'Audio', value: 'audio' },
								{ name: 'Image', value: 'image' },
								{ name: 'Video', value: 'video' },
							],
							default: 'all',
							routing: { send: { type: 'body', property: 'filter.mediaType' } },
						},
						{
							displayName: 'Rating',
							name: 'rating',
							type: 'options',
							options: [
								{ name: '0', value: '0' },
								{ name: '1', value: '1' },
								{ name: '2', value: '2' },
								{ name: '3', value: '3' },
								{ name: 'All', value: 'all' },
								{ name: 'Unrated', value: 'unrated' },
							],
							default: 'all',
							routing: { send: { type: 'body', property: 'filter.rating' } },
						},
						{
							displayName: 'Tool Category',
							name: 'toolCategory',
							type: 'options',
							options: [
								{ name: 'Avatar', value: 'avatar' },
								{ name: 'Image', value: 'image' },
								{ name: 'Music', value: 'music' },
								{ name: 'Video', value: 'video' },
								{ name: 'Voice', value: 'voice' },
							],
							default: 'video',
							routing: { send: { type: 'body', property: 'filter.toolCategory' } },
						},
						{
							displayName: 'Tool Type',
							name: 'toolType',
							type: 'string',
							default: '',
							placeholder: 'e.g. image2video',
							description: 'The toolType of the tasks, as Get Tasks shows it',
							routing: { send: { type: 'body', property: 'filter.toolType' } },
						},
					],
				},
			],
			{ filter: z.record(z.unknown()).optional() },
		),
		field(
			{
				displayName: 'Exclude Task IDs',
				name: 'excludeTaskIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 7d9c1f0a2b3e4d5f',
				description: 'Tasks Select All leaves out: taskIds comma-separated, or an array expression',
				displayOptions: { show: filtered },
			},
			z.preprocess(idList, z.array(z.string()).optional()),
		),
	];
}

/**
 * The selection body, checked before the request: a board, and task IDs unless Select All, which needs a
 * filter instead ("selectAll=true requires filter; taskIds is ignored" on the reference pages).
 */
function selectionSchema(fields: ReturnType<typeof selectionFields>, verb: string) {
	return z
		.object(shapeOf(...fields))
		.superRefine((value, ctx) => {
			if (!value.selectAll && !value.taskIds) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['taskIds'],
					message: `Task IDs is empty: enter the taskIds to ${verb} (from Get Tasks), or turn on Select All with a filter`,
				});
			}
			if (value.selectAll && !Object.keys(value.filter ?? {}).length) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['filter'],
					message: 'Select All needs a filter: add one, e.g. Media Type: All',
				});
			}
		})
		.transform(({ taskIds, excludeTaskIds, ...rest }) => ({
			...rest,
			// With Select All the pages ignore taskIds; without it excludeTaskIds does not apply.
			...(rest.selectAll ? (excludeTaskIds ? { excludeTaskIds } : {}) : { taskIds }),
		}));
}

/** The parameters of a batch operation's task selection and the schema of the body they send. */
export function taskSelection(show: Show, verb: string): { description: INodeProperties[]; schema: ReturnType<typeof selectionSchema> } {
	const fields = selectionFields(show, verb);
	return { description: propertiesOf(...fields), schema: selectionSchema(fields, verb) };
}
