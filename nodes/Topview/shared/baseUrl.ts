/** Topview's API host, used when the credential's Base URL is left empty. */
export const defaultBaseUrl = 'https://api.topview.ai';

/**
 * The credential's Base URL without trailing slashes, else Topview's, as an n8n expression: the node's
 * `requestDefaults` and the credential test resolve it; `normalizeBaseUrl` applies the same rule in code.
 */
export const baseUrlExpression = `={{$credentials.baseUrl ? $credentials.baseUrl.replace(/\\/+$/, "") : "${defaultBaseUrl}"}}`;

export function normalizeBaseUrl(value: unknown): string {
	const text = typeof value === 'string' && value.trim() ? value.trim() : defaultBaseUrl;
	return text.replace(/\/+$/, '');
}
