import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { topviewRequest } from '../shared/transport';
import { pickerError } from './pickerError';

/** One caption style as a dropdown option: its captionId, with its description or preview if any. */
export function captionOption(caption: IDataObject): INodePropertyOptions {
	const id = String(caption.captionId);
	const text =
		typeof caption.description === 'string' && caption.description
			? caption.description
			: typeof caption.thumbnail === 'string' && caption.thumbnail
				? `Preview: ${caption.thumbnail}`
				: undefined;
	return { name: id, value: id, ...(text ? { description: text } : {}) };
}

/** Caption styles for a caption dropdown (`GET /v1/caption/list`, one unpaged list). */
export async function getCaptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	let result: unknown;
	try {
		result = await topviewRequest.call(this, { method: 'GET', path: '/v1/caption/list' });
	} catch (error) {
		throw pickerError(this.getNode(), error);
	}
	const page = (result ?? {}) as { data?: IDataObject[] };
	const entries = Array.isArray(result) ? (result as IDataObject[]) : (page.data ?? []);
	return entries.filter((caption) => caption && caption.captionId !== undefined).map(captionOption);
}
