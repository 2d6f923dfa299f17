import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

const apiKeyField = /^api[_-]?key$/i;

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A copy of `value` without API keys: every `apiKey` field is dropped, and `apiKeyMap` (whose keys may be
 * the API keys themselves) becomes the list of its entries.
 */
export function withoutApiKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutApiKeys);
	if (!isObject(value)) return value;
	const copy: IDataObject = {};
	for (const [key, entry] of Object.entries(value)) {
		if (apiKeyField.test(key)) continue;
		if (key === 'apiKeyMap' && isObject(entry)) {
			copy[key] = Object.values(entry).map((usage) =>
				withoutApiKeys(isObject(usage) ? usage : { value: usage }),
			) as IDataObject[];
			continue;
		}
		copy[key] = withoutApiKeys(entry) as IDataObject[string];
	}
	return copy;
}

/** postReceive step of the account operations: secrets never reach the output. */
export async function stripApiKeys(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => ({ ...item, json: withoutApiKeys(item.json) as IDataObject }));
}
