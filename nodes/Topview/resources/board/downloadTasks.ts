import type { INodeProperties } from 'n8n-workflow';
import { taskSelection } from './taskSelection';

const show = { resource: ['board'], operation: ['downloadTasks'] };

// POST /boards/tasks/batch-download/submit starts packing the tasks' files into one ZIP and answers a
// downloadTaskId for Get Download: https://docs.topview.ai/reference/submitbatchdownload
const selection = taskSelection(show, 'download');

export const boardDownloadTasksDescription: INodeProperties[] = selection.description;

export const boardDownloadTasksSchema = selection.schema;
