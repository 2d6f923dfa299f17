import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { requiredText } from '../../shared/validate';
import { failureOf } from '../../shared/envelope';
import { asNodeError } from '../../shared/failure';
import { sendIdempotent, type OperationRunner } from '../../shared/runner';

const showOnlyForCheck = { resource: ['noticeUrl'], operation: ['check'] };

export const noticeUrlCheckDescription: INodeProperties[] = [
	{
		displayName: 'Notice URL',
		name: 'noticeUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/webhook/topview',
		description: 'The callback URL to check before sending it with a task (e.g. the URL of a Webhook node)',
		displayOptions: { show: showOnlyForCheck },
		routing: { send: { type: 'body', property: 'noticeUrl' } },
	},
];

/** The check body: an absolute http(s) URL, trimmed. */
export const noticeUrlCheckSchema = z.object({
	noticeUrl: requiredText('Notice URL is empty: enter the callback URL to check, e.g. https://example.com/webhook/topview').refine(
		(value) => /^https?:\/\/[^\s/]+\S*$/i.test(value),
		'Notice URL must be an absolute http(s) URL, e.g. https://example.com/webhook/topview',
	),
});

/** Topview codes meaning "this URL is not acceptable": the check answers `valid: false` instead of failing. */
const rejectedUrlCodes = new Set(['4000', '4001']);

/**
 * Runs the check like any read; the output says whether the URL is valid. Topview's `result` shape is
 * unknown, so only its code counts.
 */
export const checkNoticeUrl: OperationRunner = async function (request) {
	const noticeUrl = request.body.noticeUrl;
	try {
		await sendIdempotent.call(this, request);
	} catch (error) {
		const failure = failureOf(error);
		if (failure?.source === 'body' && rejectedUrlCodes.has(failure.code)) {
			return [{ json: { valid: false, noticeUrl, code: failure.code, message: failure.message } }];
		}
		throw asNodeError(this.getNode(), error, this.getItemIndex());
	}
	return [{ json: { valid: true, noticeUrl } }];
};
