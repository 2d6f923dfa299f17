import { NodeOperationError, type IHookFunctions } from 'n8n-workflow';
import { failureOf } from '../shared/envelope';
import { asNodeError } from '../shared/failure';
import { topviewRequest } from '../shared/transport';

const authCodes = new Set(['401', '4002']);

/** Whether a URL's host is only reachable from this machine or its private network. */
export function isPrivateHost(url: string): boolean {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
	} catch {
		return false;
	}
	return (
		host === 'localhost' ||
		host.endsWith('.localhost') ||
		host === '::1' ||
		/^127\./.test(host) ||
		/^10\./.test(host) ||
		/^192\.168\./.test(host) ||
		/^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
		/^0\.0\.0\.0$/.test(host)
	);
}

/**
 * Activation: asks Topview whether it accepts this node's webhook URL as a `noticeUrl`
 * (https://docs.topview.ai/reference/post_notice-notice-url-check). Topview keeps no registration,
 * so this check is all there is to set up; a refusal fails the activation and says what to change.
 */
export async function checkCallbackUrl(this: IHookFunctions): Promise<boolean> {
	const url = this.getNodeWebhookUrl('default');
	if (!url) {
		throw new NodeOperationError(this.getNode(), 'n8n gave this node no webhook URL', {
			description: 'Save the workflow and activate it again.',
		});
	}
	try {
		await topviewRequest.call(this, {
			method: 'POST',
			path: '/notice/notice_url/check',
			body: { noticeUrl: url },
			kind: 'read',
		});
	} catch (error) {
		const failure = failureOf(error);
		if (failure?.source !== 'body' || authCodes.has(failure.code)) throw asNodeError(this.getNode(), error);
		const where = isPrivateHost(url) ? ' It points to this machine or a private network, which Topview cannot reach.' : '';
		throw new NodeOperationError(
			this.getNode(),
			`Topview refused the callback URL ${url} (${failure.code}: ${failure.message})`,
			{
				description: `Topview must reach this URL from the internet.${where} Set n8n's WEBHOOK_URL environment variable to the public HTTPS address of this n8n (e.g. https://n8n.example.com/), restart n8n and activate the workflow again.`,
			},
		);
	}
	return true;
}
