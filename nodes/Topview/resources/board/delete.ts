import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { propertiesOf, shapeOf } from '../../shared/fields';
import { boardLocatorField } from './boardLocator';

/** Topview answers without a useful result; output what was deleted instead. */
export async function deletedBoard(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const boardId = String(this.getNodeParameter('boardId', '', { extractValue: true })).trim();
	return [{ json: { deleted: true, boardId } }];
}

// Topview's official client deletes boards with DELETE /boards/delete?boardId=…:
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/board.py
const fields = [boardLocatorField({ resource: ['board'], operation: ['delete'] }, 'query', 'The board to delete')];

export const boardDeleteDescription: INodeProperties[] = propertiesOf(...fields);

export const boardDeleteSchema = z.object(shapeOf(...fields));
