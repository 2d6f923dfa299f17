import type { INodeProperties } from 'n8n-workflow';

/**
 * The canvas subtitle ("Submit: Video Avatar") from the display names of the resource and operation
 * options. A subtitle is an expression, so the names are looked up in a flat map built once from the
 * descriptions; a flat map keeps `}}` (the end of an n8n expression) out of the string.
 */
export function displayNameSubtitle(properties: INodeProperties[]): string {
	const resources = properties.find((property) => property.name === 'resource')?.options ?? [];
	const names: Record<string, string> = {};
	for (const resource of resources) {
		if (!('value' in resource)) continue;
		const operations = properties.find(
			(property) =>
				property.name === 'operation' &&
				(property.displayOptions?.show?.resource as unknown[] | undefined)?.includes(resource.value),
		);
		for (const operation of operations?.options ?? []) {
			if (!('value' in operation)) continue;
			names[`${String(resource.value)}:${String(operation.value)}`] = `${operation.name}: ${resource.name}`;
		}
	}
	return `={{ ${JSON.stringify(names)}[$parameter["resource"] + ":" + $parameter["operation"]] || $parameter["operation"] + ": " + $parameter["resource"] }}`;
}

/** The trigger's canvas subtitle: the display name of the chosen event ("Video Avatar Task Finished"). */
export function eventSubtitle(properties: INodeProperties[]): string {
	const names: Record<string, string> = {};
	for (const option of properties.find((property) => property.name === 'event')?.options ?? []) {
		if ('value' in option) names[String(option.value)] = option.name;
	}
	return `={{ ${JSON.stringify(names)}[$parameter["event"]] || $parameter["event"] }}`;
}
