import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field } from './fields';
import { callbackUrl, requiredText } from './validate';
import { hasFileList, type TaskFamily } from './families';

type Show = NonNullable<IDisplayOptions['show']>;

/** The check of a query by task ID: the Task ID field below and, on Query operations, the CloudFront option. */
export const taskQuerySchema = z.object({
	taskId: requiredText('Task ID is empty: enter the taskId returned by Submit'),
	needCloudFrontUrl: z.boolean().optional(),
});

/** The check of a look-up by task ID alone (e.g. a marketing video's scripts, a board task). */
export const taskIdQuerySchema = taskQuerySchema.pick({ taskId: true });

/** The Task ID parameter of every Query operation, sent as `taskId`. */
export function taskIdField(show: Show): INodeProperties {
	return {
		displayName: 'Task ID',
		name: 'taskId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 7d9c1f0a2b3e4d5f',
		description: 'The taskId returned by Submit',
		displayOptions: { show },
		routing: { send: { type: 'query', property: 'taskId' } },
	};
}

/** Wait for Completion on every Submit operation. */
export function waitForCompletionField(show: Show): INodeProperties {
	return {
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description:
			'Whether to keep checking the task until it finishes and output the final result. Off: output the task ID at once and use Query, a callback URL or the Topview Trigger later.',
		displayOptions: { show },
	};
}

const downloadResult = (family: TaskFamily, show?: Show): INodeProperties => ({
	displayName: 'Download Result',
	name: 'downloadResult',
	type: 'boolean',
	default: false,
	description: `Whether to download the finished ${hasFileList(family) ? 'files' : 'file'} (${family.resultUrls?.join(' or ')}) into ${hasFileList(family) ? 'binary properties named after the field below plus _0, _1, …' : 'a binary property'}. The URL stays in the JSON; it expires after 7 days.`,
	...(show ? { displayOptions: { show } } : {}),
});

const binaryPropertyName = (show?: Show): INodeProperties => ({
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	hint: 'The name of the output binary field to put the downloaded file in',
	...(show ? { displayOptions: { show } } : {}),
});

const whenWaiting: Show = { '/waitForCompletion': [true] };

/** A pause of the wait schedule, in seconds, shown while Wait for Completion is on. */
const waitSeconds = (displayName: string, name: string, minValue: number, defaultValue: number, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue, numberPrecision: 2 },
	default: defaultValue,
	description,
	displayOptions: { show: whenWaiting },
});

/** The Options collection of every Submit operation: concurrency and the wait schedule. */
export function submitOptionsField(show: Show, family: TaskFamily): INodeProperties {
	const files = family.resultUrls?.length ? [downloadResult(family, whenWaiting), binaryPropertyName(whenWaiting)] : [];
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			...files,
			waitSeconds('First Check After (Seconds)', 'firstCheckDelaySeconds', 0, 5, 'How long to wait after submitting before the first status check'),
			{
				displayName: 'Max Concurrent Tasks',
				name: 'maxConcurrentTasks',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 30 },
				default: 4,
				description:
					"How many of this node's tasks may run at Topview at once in one execution; further items wait for a free slot. Match your plan: Pro 4, Business 8, Ultra 12, Team 30.",
			},
			waitSeconds('Max Poll Interval (Seconds)', 'maxPollIntervalSeconds', 0.01, 30, 'The longest pause between status checks; pauses double after each check up to this'),
			waitSeconds('Poll Interval (Seconds)', 'pollIntervalSeconds', 0.01, 5, 'The pause after the first status check; later pauses grow up to the max poll interval'),
			{
				displayName: 'Timeout (Minutes)',
				name: 'timeoutMinutes',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 1440 },
				default: 10,
				description:
					'How long to wait before giving up with an error that names the task ID. The task is never resubmitted.',
				displayOptions: { show: whenWaiting },
			},
		],
	};
}

/** The Options collection of every Query operation. */
export function queryOptionsField(show: Show, family: TaskFamily): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			...(family.resultUrls?.length ? [downloadResult(family), binaryPropertyName()] : []),
			{
				displayName: 'CloudFront URL',
				name: 'needCloudFrontUrl',
				type: 'boolean',
				default: false,
				description: 'Whether to return a CloudFront URL instead of an Amazon S3 URL',
				routing: { send: { type: 'query', property: 'needCloudFrontUrl' } },
			},
		],
	};
}

/** The Gender filter of the avatar, voice and product avatar look-ups. */
export const genderFilter: INodeProperties = {
	displayName: 'Gender',
	name: 'gender',
	type: 'options',
	options: [
		{ name: 'Female', value: 'female' },
		{ name: 'Male', value: 'male' },
	],
	default: 'female',
	routing: { send: { type: 'query', property: 'gender' } },
};

/** The Filters collection of a Get Many operation: its optional filters, shown where `show` holds. */
export function filtersCollection(show: Show, options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show },
		options,
	};
}

/**
 * A Get Many filter of comma-separated IDs (e.g. `1,3`), sent in the query as one list with the entries
 * trimmed and blanks dropped.
 */
export function idListFilter<Name extends string>(spec: {
	displayName: string;
	name: Name;
	placeholder: string;
	description: string;
}) {
	return field(
		{
			...spec,
			type: 'string',
			default: '',
			routing: {
				send: {
					type: 'query',
					property: spec.name,
					value: '={{ String($value).split(",").map((id) => id.trim()).filter((id) => id).join(",") }}',
				},
			},
		},
		z.string().optional(),
	);
}

/** The Gender filter with its check. */
export const genderFilterField = field(genderFilter as INodeProperties & { name: 'gender' }, z.enum(['female', 'male']).optional());

/** The Additional Fields collection of an operation: its optional body fields, shown where `show` holds. */
export function additionalFieldsCollection(
	show: Show,
	options: INodeProperties[],
	description?: string,
): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		...(description ? { description } : {}),
		displayOptions: { show },
		options,
	};
}

/** The Callback URL option of every submit: Topview POSTs the finished task there (https://docs.topview.ai/reference/post_notice-notice-url-check). */
export const callbackUrlOption: INodeProperties = {
	displayName: 'Callback URL',
	name: 'noticeUrl',
	type: 'string',
	default: '',
	placeholder: 'e.g. {{ $execution.resumeUrl }}',
	description:
		'URL Topview POSTs the result to when the task finishes. Paste the Production URL of a Topview Callback Trigger (e.g. https://n8n.example.com/webhook/…/callback), or use the resume URL of a Wait node set to "On Webhook Call".',
	routing: { send: { type: 'body', property: 'noticeUrl' } },
};

/** The Callback URL option with its check: an absolute http(s) URL. */
export const callbackUrlField = field(callbackUrlOption as INodeProperties & { name: 'noticeUrl' }, callbackUrl.optional());

/** The Board option of submits that can file their result in a Topview board, as a board picker. */
export function boardField(send: { type: 'body' | 'query'; property: string }): INodeProperties {
	return {
		displayName: 'Board',
		name: 'boardId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'The Topview board to file the result in, so a Topview Trigger watching that board sees it',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchBoards', searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. 1234567890' },
		],
		routing: { send },
	};
}

/** Return All and Limit of every Get Many operation; the paging itself is done by `pagedList`. */
export function returnAllAndLimitFields(show: Show): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}

/** A voice picker (searchable list, the account's cloned voices first, or an ID), sent under `name`. */
export function voiceLocator(spec: {
	name: 'voiceId' | 'voiceoverId';
	description: string;
	required?: boolean;
	displayOptions?: INodeProperties['displayOptions'];
}): INodeProperties {
	return {
		displayName: 'Voice',
		name: spec.name,
		type: 'resourceLocator',
		...(spec.required ? { required: true } : {}),
		default: { mode: 'list', value: '' },
		description: spec.description,
		...(spec.displayOptions ? { displayOptions: spec.displayOptions } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchVoices', searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. 1f2e3d4c5b6a' },
		],
		routing: { send: { type: 'body', property: spec.name } },
	};
}

/** The Board option of a submit's body, with its check. */
export const boardIdField = field(
	boardField({ type: 'body', property: 'boardId' }) as INodeProperties & { name: 'boardId' },
	z.coerce.string().optional(),
);
