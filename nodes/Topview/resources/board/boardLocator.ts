import type { INodeProperties } from 'n8n-workflow';
import { fieldOf } from '../../shared/fields';
import { requiredText } from '../../shared/validate';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/**
 * The Board picker of the board operations (the shared `searchBoards` list, or an ID), sent as `boardId`;
 * required unless `optional`.
 */
export function boardLocator(show: Show, send: 'body' | 'query', description: string, optional = false): INodeProperties {
	return {
		displayName: 'Board',
		name: 'boardId',
		type: 'resourceLocator',
		...(optional ? {} : { required: true }),
		default: { mode: 'list', value: '' },
		description,
		displayOptions: { show },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchBoards', searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. 1234567890' },
		],
		routing: { send: { type: send, property: 'boardId' } },
	};
}

/** The required Board picker with its check: a non-blank boardId, trimmed. */
export const boardLocatorField = (show: Show, send: 'body' | 'query', description: string) =>
	fieldOf([boardLocator(show, send, description)], {
		boardId: requiredText('Board is empty: pick a board from the list or enter its boardId'),
	});
