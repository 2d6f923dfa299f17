import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';
import { z, type ZodTypeAny } from 'zod';

export type PreSend = (this: IExecuteSingleFunctions, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

type Part = 'body' | 'qs';

/** The schemas a check step validates with, so a test can compare them with the fields the UI sends. */
const checkedWith = new WeakMap<PreSend, { schemas: ZodTypeAny[]; part: Part }>();

export function schemasCheckedBy(step: PreSend): { schemas: ZodTypeAny[]; part: Part } | undefined {
	return checkedWith.get(step);
}

/**
 * Check step: validates the request RoutingNode built (body or query) against the zod schema `choose`
 * returns for the item (one of `schemas`), before anything is uploaded or sent, and replaces it with the
 * schema's output (which drops what the chosen sources do not use). A failure names the parameter and
 * the fix, and no request is made, so no credit is spent.
 *
 * Unknown keys: object schemas strip them (zod's default), except where Additional Body Fields may add
 * fields the node does not list, whose schemas say `.passthrough()`.
 */
export function validateBy(
	choose: (context: IExecuteSingleFunctions) => ZodTypeAny,
	schemas: ZodTypeAny[],
	part: Part = 'body',
): PreSend {
	const step: PreSend = async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const input = (options[part] ?? {}) as IDataObject;
		const parsed = choose(this).safeParse(input);
		if (!parsed.success) {
			const [first, ...rest] = parsed.error.issues;
			const field = first.path.join('.');
			throw new NodeOperationError(this.getNode(), first.message, {
				itemIndex: this.getItemIndex(),
				description: [
					field ? `Parameter: ${field}.` : undefined,
					...rest.map((issue) => issue.message),
					'Nothing was sent to Topview, so no credits were used.',
				]
					.filter(Boolean)
					.join(' '),
			});
		}
		return { ...options, [part]: parsed.data as IDataObject };
	};
	checkedWith.set(step, { schemas, part });
	return step;
}

/** Check step with one schema for every item. */
export function validateRequest(schema: ZodTypeAny, part: Part = 'body'): PreSend {
	return validateBy(() => schema, [schema], part);
}

/** Drops keys whose value is undefined, null or a blank string, so optional fields left empty are not sent. */
export function withoutBlanks(value: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(value).filter(
			([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === ''),
		),
	);
}

/** An absolute http(s) URL, as Topview needs for callback and product links. */
export function isHttpUrl(value: string): boolean {
	return /^https?:\/\/[^\s/]+/i.test(value);
}

/** What users read when a callback URL is not an absolute http(s) URL. */
export const callbackUrlMessage = 'Callback URL must be an absolute http(s) URL, e.g. https://example.com/topview';

/** zod check of a callback URL (`noticeUrl`) with the message users see. */
export const callbackUrl = z.string().superRefine((value, ctx) => {
	if (!isHttpUrl(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${callbackUrlMessage}, not "${value}"` });
});

/** A required text value: missing becomes empty, surrounding blanks are trimmed, and empty fails with `message`. */
export const requiredText = (message: string) =>
	z.preprocess((value) => (value === undefined || value === null ? '' : String(value).trim()), z.string().min(1, message));

/**
 * A list of IDs from comma-separated text (the parameter) or an array (an expression, Additional Body
 * Fields): trimmed, blanks dropped. With `required`, a missing or empty list fails with that message;
 * without it, a missing list is fine and an empty one stays empty.
 */
export function idList(messages: { required?: string; invalidType: string }) {
	const ids = z.array(z.string(), { required_error: messages.required, invalid_type_error: messages.invalidType });
	return z.preprocess(
		(value) => {
			if (value === undefined || value === null) return undefined;
			const list =
				Array.isArray(value) ? value : typeof value === 'string' || typeof value === 'number' ? String(value).split(',') : value;
			return Array.isArray(list) ? list.map((id) => String(id ?? '').trim()).filter((id) => id) : list;
		},
		messages.required ? ids.min(1, messages.required) : ids.optional(),
	);
}
