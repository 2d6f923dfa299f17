import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { propertiesOf, shapeOf } from '../../shared/fields';
import { boardLocatorField } from './boardLocator';
import { boardNameField } from './create';

const showOnlyForUpdate = { resource: ['board'], operation: ['update'] };

// Topview's official client renames boards with PUT /boards/update { boardId, name }:
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/board.py
const fields = [
	boardLocatorField(showOnlyForUpdate, 'body', 'The board to rename'),
	boardNameField(showOnlyForUpdate, 'e.g. Campaign Q4', 'The new name of the board, up to 200 characters'),
];

export const boardUpdateDescription: INodeProperties[] = propertiesOf(...fields);

export const boardUpdateSchema = z.object(shapeOf(...fields));
