import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { requiredText } from '../../shared/validate';
import { boardLocator } from './boardLocator';
import { boardName } from './create';

const showOnlyForUpdate = { resource: ['board'], operation: ['update'] };

// Topview's official client renames boards with PUT /boards/update { boardId, name }:
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/board.py
export const boardUpdateDescription: INodeProperties[] = [
	boardLocator(showOnlyForUpdate, 'body', 'The board to rename'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Campaign Q4',
		description: 'The new name of the board, up to 200 characters',
		displayOptions: { show: showOnlyForUpdate },
		routing: { send: { type: 'body', property: 'name' } },
	},
];

export const boardUpdateSchema = z.object({
	boardId: requiredText('Board is empty: pick a board from the list or enter its boardId'),
	name: boardName,
});
