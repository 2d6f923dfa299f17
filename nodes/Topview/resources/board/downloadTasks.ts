import type { INodeProperties } from 'n8n-workflow';
import { taskSelectionFields, taskSelectionSchema } from './taskSelection';

const show = { resource: ['board'], operation: ['downloadTasks'] };

// POST /boards/tasks/batch-download/submit starts packing the tasks' files into one ZIP and answers a
// downloadTaskId for Get Download: https://docs.topview.ai/reference/submitbatchdownload
export const boardDownloadTasksDescription: INodeProperties[] = taskSelectionFields(show, 'download');

export const boardDownloadTasksSchema = taskSelectionSchema('download');
