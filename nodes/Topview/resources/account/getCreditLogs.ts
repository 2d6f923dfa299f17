import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { filtersCollection, returnAllAndLimitFields } from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { validateBy, withoutBlanks } from '../../shared/validate';

const showOnlyForGetCreditLogs = { resource: ['account'], operation: ['getCreditLogs'] };

/** Task types known to appear in credit logs (https://docs.topview.ai/reference/query_credit_logs); others work as an expression. */
const taskTypes = [
	{ name: 'Image to Video', value: 'common_task_image2video' },
	{ name: 'Marketing Video', value: 'm2v' },
	{ name: 'Product Avatar Download Without Watermark', value: 'pa_download_without_watermark' },
	{ name: 'Product Avatar Image to Video', value: 'product_avatar_image2video' },
	{ name: 'Product Avatar V2 Image to Video', value: 'pa2_image2video' },
	{ name: 'Product Avatar V2 Replace Product Image', value: 'pa2_replace_product_image' },
	{ name: 'Product AnyFit', value: 'product_anyfit' },
	{ name: 'Product AnyFit V2 Product Model', value: 'product_anyfit_v2_product_model' },
	{ name: 'Video Avatar', value: 'video_avatar' },
	{ name: 'Voice Clone', value: 'voice_clone' },
];

/** Topview's time format for credit-log filters: UTC `yyyy-MM-dd HH:mm:ss`. */
export const topviewTimeFormat = 'yyyy-MM-dd HH:mm:ss';

/** A date/time parameter value as a DateTime; text without a zone is read in `zone`. */
export function toDateTime(value: unknown, zone: string): DateTime | undefined {
	if (DateTime.isDateTime(value)) return value;
	if (value instanceof Date) return DateTime.fromJSDate(value);
	if (typeof value === 'number') return DateTime.fromMillis(value);
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const iso = DateTime.fromISO(text, { zone });
	return iso.isValid ? iso : DateTime.fromSQL(text, { zone });
}

function time(label: string, zone: string) {
	return z.unknown().transform((value, ctx) => {
		const parsed = toDateTime(value, zone);
		if (!parsed?.isValid) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				message: `${label} is not a valid date and time: "${String(value)}". Use e.g. 2025-01-31T18:00:00`,
			});
			return z.NEVER;
		}
		return parsed.toUTC();
	});
}

/** The filters, each with its check; times are read in the workflow's time zone `zone`. */
function creditLogFilters(zone: string) {
	return [
		field(
			{
				displayName: 'End Time',
				name: 'endTime',
				type: 'dateTime',
				default: '',
				description: 'Only charges up to this time (in the workflow time zone unless it names one)',
				routing: { send: { type: 'query', property: 'endTime' } },
			},
			time('End Time', zone).optional(),
		),
		field(
			{
				displayName: 'Start Time',
				name: 'startTime',
				type: 'dateTime',
				default: '',
				description: 'Only charges from this time on (in the workflow time zone unless it names one)',
				routing: { send: { type: 'query', property: 'startTime' } },
			},
			time('Start Time', zone).optional(),
		),
		field(
			{
				displayName: 'Task Type',
				name: 'taskType',
				type: 'options',
				options: taskTypes,
				default: 'video_avatar',
				description:
					'Only charges for this kind of task. Other task types can be entered as an expression, e.g. <code>{{ "image_translate" }}</code>.',
				routing: { send: { type: 'query', property: 'taskType' } },
			},
			z.coerce.string().trim().optional(),
		),
	];
}

export const accountGetCreditLogsDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetCreditLogs),
	// The parameters are the same in every time zone.
	filtersCollection(showOnlyForGetCreditLogs, propertiesOf(...creditLogFilters('UTC'))),
];

/** The credit-log query: times converted to Topview's UTC format, and Start Time not after End Time. */
export function creditLogsQuerySchema(zone: string) {
	const query = z
		.object(shapeOf(...creditLogFilters(zone)))
		.passthrough()
		.superRefine((value, ctx) => {
			if (value.startTime && value.endTime && value.startTime.toMillis() > value.endTime.toMillis()) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['startTime'],
					message: `Start Time (${value.startTime.toFormat(topviewTimeFormat)} UTC) is after End Time (${value.endTime.toFormat(topviewTimeFormat)} UTC): swap them or widen the range`,
				});
			}
		})
		.transform(
			(value): IDataObject =>
				withoutBlanks({
					...value,
					startTime: value.startTime?.toFormat(topviewTimeFormat),
					endTime: value.endTime?.toFormat(topviewTimeFormat),
				}),
		);
	return z.preprocess((input) => withoutBlanks((input ?? {}) as IDataObject), query);
}

/** preSend of Get Credit Logs: validates and converts the filters in the workflow's time zone. */
export const validateCreditLogsQuery = validateBy(
	(context) => creditLogsQuerySchema(context.getTimezone()),
	[creditLogsQuerySchema('UTC')],
	'qs',
);
