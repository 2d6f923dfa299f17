import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listPage } from './listPage';

/** Boards for a board picker, the default board first and marked. */
export async function searchBoards(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage.call(this, {
		path: '/boards/list',
		paginationToken,
		pageSize: 50,
		toItem: (board: IDataObject) => ({
			name: `${String(board.name ?? board.boardId)}${board.isSystemDefault ? ' (default)' : ''}`,
			value: String(board.boardId),
			url: `https://www.topview.ai/board/${String(board.boardId)}`,
		}),
		filter,
		sortFirst: (board: IDataObject) => board.isSystemDefault === true,
	});
}
