import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { requiredText } from '../../shared/validate';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/** A board name: trimmed, not empty, at most 200 characters (as Topview's client documents). */
export const boardNameField = (show: Show, placeholder: string, description: string) =>
	field(
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder,
			description,
			displayOptions: { show },
		},
		requiredText('Name is empty: enter a name for the board, e.g. Campaign Q3').refine(
			(name) => name.length <= 200,
			'Name is longer than 200 characters: shorten it',
		),
	);

// Topview's official client creates boards with POST /boards/create { name } (≤ 200 characters):
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/board.py
const fields = [
	boardNameField({ resource: ['board'], operation: ['create'] }, 'e.g. Campaign Q3', 'Name of the new board, up to 200 characters'),
];

export const boardCreateDescription: INodeProperties[] = propertiesOf(...fields);

export const boardCreateSchema = z.object(shapeOf(...fields));
