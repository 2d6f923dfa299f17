import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

/** The Callback URL option of the Product AnyShoot submits. */
export const callbackUrlOption: INodeProperties = {
	displayName: 'Callback URL',
	name: 'noticeUrl',
	type: 'string',
	default: '',
	placeholder: 'e.g. {{ $execution.resumeUrl }}',
	description:
		'URL Topview POSTs the result to when the task finishes, e.g. the resume URL of a Wait node set to "On Webhook Call"',
	routing: { send: { type: 'body', property: 'noticeUrl' } },
};

export const callbackUrl = z
	.string()
	.regex(/^https?:\/\/[^\s/]+/i, 'Callback URL must be an absolute http(s) URL, e.g. https://example.com/topview');
