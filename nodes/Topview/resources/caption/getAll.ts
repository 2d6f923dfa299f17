import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimitFields } from '../../shared/descriptions';

const showOnlyForGetAll = { resource: ['caption'], operation: ['getAll'] };

export const captionGetAllDescription: INodeProperties[] = [...returnAllAndLimitFields(showOnlyForGetAll)];
