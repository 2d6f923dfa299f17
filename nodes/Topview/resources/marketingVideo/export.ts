import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { callbackUrlMessage, isHttpUrl, requiredText } from '../../shared/validate';
import { scriptIdSchema } from './scriptId';

const showOnlyForExport = { resource: ['marketingVideo'], operation: ['export'] };

/** A task ID, a whole script number and the callback URL Topview requires. */
const fields = [
	field({
		displayName: 'Task ID',
		name: 'taskId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 7d9c1f0a2b3e4d5f',
		description: 'The taskId of a finished marketing video task submitted with Preview First on',
		displayOptions: { show: showOnlyForExport },
	}, requiredText('Task ID is empty: enter the taskId returned by Submit')),
	field({
		displayName: 'Script ID',
		name: 'scriptId',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The scriptId of the preview video to export (previewVideos[].scriptId); 0 is the first script',
		displayOptions: { show: showOnlyForExport },
	}, scriptIdSchema),
	field({
		displayName: 'Callback URL',
		name: 'noticeUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. {{ $execution.resumeUrl }}',
		description:
			'URL Topview POSTs to when the export finishes (Topview requires it here): paste the Production URL of a Topview Callback Trigger, or use the resume URL of a Wait node set to "On Webhook Call". Query the task to see the video in exportVideos.',
		displayOptions: { show: showOnlyForExport },
	}, requiredText(
		'Callback URL is required for an export: Topview only reports exports to a callback URL, e.g. the resume URL of a Wait node',
	).refine(isHttpUrl, callbackUrlMessage)),
];

export const marketingVideoExportDescription: INodeProperties[] = propertiesOf(...fields);

/** The export body: a task ID, a whole script number and the callback URL Topview requires. */
export const marketingVideoExportSchema = z.object(shapeOf(...fields));
