import type { INodeProperties } from 'n8n-workflow';
import { taskIdField } from '../../shared/descriptions';

const showOnlyForGetScripts = { resource: ['marketingVideo'], operation: ['getScripts'] };

export const marketingVideoGetScriptsDescription: INodeProperties[] = [taskIdField(showOnlyForGetScripts)];
