import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

const apiKeyField = /^api[_-]?key$/i;

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isKeyedByApiKey(value: unknown): value is IDataObject {
	const entries = isObject(value) ? Object.values(value) : [];
	return entries.length > 0 && entries.every((entry) => isObject(entry) || Array.isArray(entry));
}

/**
 * A copy of `value` without API keys: every `apiKey` field is dropped. `apiKeyMap` is documented as one usage
 * record (apiKey, uid, date, costCredit, taskId, taskType, https://docs.topview.ai/reference/query_user_credit);
 * when it is instead keyed by the API keys themselves (all its values records or lists), it becomes the list
 * of its entries so no key survives as a field name.
 */
export function withoutApiKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutApiKeys);
	if (!isObject(value)) return value;
	const copy: IDataObject = {};
	for (const [key, entry] of Object.entries(value)) {
		if (apiKeyField.test(key)) continue;
		if (key === 'apiKeyMap' && isKeyedByApiKey(entry)) {
			copy[key] = Object.values(entry)
				.flatMap((usage) => (Array.isArray(usage) ? usage : [usage]))
				.map(withoutApiKeys) as IDataObject[];
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
