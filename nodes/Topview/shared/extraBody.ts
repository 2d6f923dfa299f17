import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

/**
 * The "Additional Body Fields" option for submits whose field list the public docs leave incomplete:
 * a JSON object merged into the request body. Fields the node sets itself take precedence.
 */
export const additionalBodyFieldsOption: INodeProperties = {
	displayName: 'Additional Body Fields',
	name: 'additionalBodyFields',
	type: 'json',
	default: '{}',
	description:
		'Extra fields for the request body as a JSON object, for API fields this node does not list yet, e.g. {"offPeak": true}. Fields set above take precedence.',
};

/** preSend step: merges `additionalFields.additionalBodyFields` into the body; runs before validation. */
export async function mergeAdditionalBodyFields(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const raw = this.getNodeParameter('additionalFields.additionalBodyFields', '{}') as unknown;
	let extra: unknown = raw;
	if (typeof raw === 'string') {
		try {
			extra = raw.trim() ? JSON.parse(raw) : {};
		} catch (error) {
			throw new NodeOperationError(this.getNode(), 'Additional Body Fields is not valid JSON', {
				itemIndex: this.getItemIndex(),
				description: `Enter a JSON object, e.g. {"offPeak": true}. ${(error as Error).message}`,
			});
		}
	}
	if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) {
		throw new NodeOperationError(this.getNode(), 'Additional Body Fields must be a JSON object', {
			itemIndex: this.getItemIndex(),
			description: 'Enter a JSON object, e.g. {"offPeak": true}.',
		});
	}
	const body = (options.body ?? {}) as IDataObject;
	return { ...options, body: { ...(extra as IDataObject), ...body } };
}
