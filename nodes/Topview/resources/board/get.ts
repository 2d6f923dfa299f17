import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { propertiesOf, shapeOf } from '../../shared/fields';
import { boardLocatorField } from './boardLocator';

const fields = [
	boardLocatorField({ resource: ['board'], operation: ['get'] }, 'query', 'The board to get: its name, owner, task count and members'),
];

export const boardGetDescription: INodeProperties[] = propertiesOf(...fields);

export const boardGetSchema = z.object(shapeOf(...fields));
