import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { requiredText } from '../../shared/validate';
import { failureOf } from '../../shared/envelope';
import { asNodeError } from '../../shared/failure';
import { sendIdempotent, type OperationRunner } from '../../shared/runner';

const showOnlyForCheck = { resource: ['noticeUrl'], operation: ['check'] };

/** The URL to check, sent as `noticeUrl`: an absolute http(s) URL, trimmed. */
const fields = [
	field(
		{
			displayName: 'Notice URL',
			name: 'noticeUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://example.com/webhook/topview',
			description: 'The callback URL to check before sending it with a task (e.g. the URL of a Webhook node)',
			displayOptions: { show: showOnlyForCheck },
		},
		requiredText('Notice URL is empty: enter the callback URL to check, e.g. https://example.com/webhook/topview').refine(
			(value) => /^https?:\/\/[^\s/]+\S*$/i.test(value),
			'Notice URL must be an absolute http(s) URL, e.g. https://example.com/webhook/topview',
		),
	),
];

export const noticeUrlCheckDescription: INodeProperties[] = propertiesOf(...fields);

export const noticeUrlCheckSchema = z.object(shapeOf(...fields));

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
