import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { additionalFieldsCollection } from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { requiredText, withoutBlanks } from '../../shared/validate';
import { scriptIdSchema } from './scriptId';

const showOnlyForUpdateScript = { resource: ['marketingVideo'], operation: ['updateScript'] };

const segment = z
	.object({
		segId: z.union([z.string(), z.number()], { invalid_type_error: 'Segment ID must be text or a number' }),
		segText: z.string({ invalid_type_error: 'Segment text must be text' }).optional(),
	})
	.passthrough();

const fields = [
	field({
		displayName: 'Task ID',
		name: 'taskId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 7d9c1f0a2b3e4d5f',
		description: 'The taskId of the marketing video task whose script to change',
		displayOptions: { show: showOnlyForUpdateScript },
	}, requiredText('Task ID is empty: enter the taskId of the marketing video task')),
	field({
		displayName: 'Script ID',
		name: 'scriptId',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The scriptId to change (from Get Scripts); 0 is the first script',
		displayOptions: { show: showOnlyForUpdateScript },
	}, scriptIdSchema),
	field({
		displayName: 'Script Segments',
		name: 'scriptContents',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Segment',
		default: {},
		description: 'New text for segments of the script (scriptContents), by segId from Get Scripts',
		displayOptions: { show: showOnlyForUpdateScript },
		options: [
			{
				displayName: 'Segment',
				name: 'segments',
				values: [
					{
						displayName: 'Segment ID',
						name: 'segId',
						type: 'string',
						default: '0',
						description: 'The segId of the segment (Get Scripts → scriptContents[].segId)',
					},
					{
						displayName: 'Text',
						name: 'segText',
						type: 'string',
						typeOptions: { rows: 2 },
						default: '',
						placeholder: 'e.g. Meet Trail Runner 2, the shoe that keeps your feet dry.',
						description: 'The new text of the segment',
					},
				],
			},
		],
		routing: { send: { type: 'body', property: 'scriptContents', value: '={{ $value.segments }}' } },
	}, z.array(segment, { invalid_type_error: 'Script Segments must be a list of { segId, segText }' }).optional()),
];

export const marketingVideoUpdateScriptDescription: INodeProperties[] = [
	...propertiesOf(...fields),
	additionalFieldsCollection(
		showOnlyForUpdateScript,
		[additionalBodyFieldsOption],
		'Fields to send beyond the documented taskId, scriptId and scriptContents (https://docs.topview.ai/reference/avatar_marketing_video_update_script_content), as JSON',
	),
];

/** The update body: task and script IDs and the segments to change (required), plus Additional Body Fields. */
export const marketingVideoUpdateScriptSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z
		.object(shapeOf(...fields))
		.passthrough()
		.superRefine((value, ctx) => {
			// scriptContents is required: https://docs.topview.ai/reference/avatar_marketing_video_update_script_content
			if (!value.scriptContents?.length) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['scriptContents'],
					message: 'Nothing to update: add Script Segments (the segId from Get Scripts and the new text)',
				});
			}
		})
		.transform((value): IDataObject => {
			const keep = { ...value } as IDataObject;
			if (!value.scriptContents?.length) delete keep.scriptContents;
			return keep;
		}),
);
