import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { filtersCollection, returnAllAndLimitFields } from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { withoutBlanks } from '../../shared/validate';
import { boardLocatorField } from './boardLocator';

const showOnlyForGetTasks = { resource: ['board'], operation: ['getTasks'] };

// The filters of GET /boards/tasks/list as Topview's official client sends them (mediaType, rating 0–3,
// toolCategory, toolType, sortField, sortOrder):
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/references/board.md
const filterFields = [
	field(
		{
			displayName: 'Media Type',
			name: 'mediaType',
			type: 'options',
			options: [
				{ name: 'Audio', value: 'audio' },
				{ name: 'Image', value: 'image' },
				{ name: 'Video', value: 'video' },
			],
			default: 'video',
			description: 'Only tasks whose result is of this kind',
			routing: { send: { type: 'query', property: 'mediaType' } },
		},
		z.enum(['audio', 'image', 'video']).optional(),
	),
	field(
		{
			displayName: 'Rating',
			name: 'rating',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 3 },
			default: 0,
			description: 'Only tasks with this rating, 0 to 3',
			routing: { send: { type: 'query', property: 'rating' } },
		},
		z.coerce
			.number()
			.int('Rating must be a whole number from 0 to 3')
			.min(0, 'Rating must be from 0 to 3')
			.max(3, 'Rating must be from 0 to 3')
			.optional(),
	),
	field(
		{
			displayName: 'Sort By',
			name: 'sortField',
			type: 'options',
			options: [
				{ name: 'Completed At', value: 'completedAt' },
				{ name: 'Created At', value: 'gmtCreate' },
				{ name: 'Modified At', value: 'gmtModify' },
				{ name: 'Sort Weight', value: 'sortWeight' },
			],
			default: 'gmtCreate',
			description: 'The task field Topview sorts by',
			routing: { send: { type: 'query', property: 'sortField' } },
		},
		z.enum(['completedAt', 'gmtCreate', 'gmtModify', 'sortWeight']).optional(),
	),
	field(
		{
			displayName: 'Sort Order',
			name: 'sortOrder',
			type: 'options',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
			default: 'desc',
			description: 'The direction of the sort',
			routing: { send: { type: 'query', property: 'sortOrder' } },
		},
		z.enum(['asc', 'desc']).optional(),
	),
	field(
		{
			displayName: 'Tool Category',
			name: 'toolCategory',
			type: 'string',
			default: '',
			placeholder: 'e.g. video',
			description: 'Only tasks of this tool category',
			routing: { send: { type: 'query', property: 'toolCategory' } },
		},
		z.string().optional(),
	),
	field(
		{
			displayName: 'Tool Type',
			name: 'toolType',
			type: 'string',
			default: '',
			placeholder: 'e.g. text2video',
			description: 'Only tasks made with this tool, as Topview names it in toolType',
			routing: { send: { type: 'query', property: 'toolType' } },
		},
		z.string().optional(),
	),
];

const boardField = boardLocatorField(showOnlyForGetTasks, 'query', 'The board whose tasks to list');

export const boardGetTasksDescription: INodeProperties[] = [
	...propertiesOf(boardField),
	...returnAllAndLimitFields(showOnlyForGetTasks),
	filtersCollection(showOnlyForGetTasks, propertiesOf(...filterFields)),
];

/** The task list query: a board is required; each filter is checked against the values the UI offers. */
export const boardTasksQuerySchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z.object(shapeOf(boardField, ...filterFields)),
);
