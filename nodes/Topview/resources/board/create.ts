import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { requiredText } from '../../shared/validate';

const showOnlyForCreate = { resource: ['board'], operation: ['create'] };

// Topview's official client creates boards with POST /boards/create { name } (≤ 200 characters):
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/board.py
export const boardCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Campaign Q3',
		description: 'Name of the new board, up to 200 characters',
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'name' } },
	},
];

/** A board name: trimmed, not empty, at most 200 characters (as Topview's client documents). */
export const boardName = requiredText('Name is empty: enter a name for the board, e.g. Campaign Q3').refine(
	(name) => name.length <= 200,
	'Name is longer than 200 characters: shorten it',
);

export const boardCreateSchema = z.object({ name: boardName });
