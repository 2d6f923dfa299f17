import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { requiredText } from '../../shared/validate';
import { boardLocator } from './boardLocator';

/** Topview answers without a useful result; output what was deleted instead. */
export async function deletedBoard(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const boardId = String(this.getNodeParameter('boardId', '', { extractValue: true })).trim();
	return [{ json: { deleted: true, boardId } }];
}

// Topview's official client deletes boards with DELETE /boards/delete?boardId=…:
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/board.py
export const boardDeleteDescription: INodeProperties[] = [
	boardLocator({ resource: ['board'], operation: ['delete'] }, 'query', 'The board to delete'),
];

export const boardIdQuerySchema = z.object({
	boardId: requiredText('Board is empty: pick a board from the list or enter its boardId'),
});
