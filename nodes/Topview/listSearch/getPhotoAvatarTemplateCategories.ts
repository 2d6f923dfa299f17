import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { topviewRequest } from '../shared/transport';
import { pickerError } from './pickerError';

/** Photo avatar template categories for a category dropdown (`GET /v1/photo_avatar/template/category`). */
export async function getPhotoAvatarTemplateCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	let result: unknown;
	try {
		result = await topviewRequest.call(this, {
			method: 'GET',
			path: '/v1/photo_avatar/template/category',
			qs: { pageNo: 1, pageSize: 100 },
		});
	} catch (error) {
		throw pickerError(this.getNode(), error);
	}
	// The docs show no answer; accept a bare array or a page with `data`, and several field names.
	const page = (result ?? {}) as { data?: IDataObject[]; list?: IDataObject[] };
	const entries = Array.isArray(result) ? (result as IDataObject[]) : (page.data ?? page.list ?? []);
	return entries
		.map((category) => ({
			id: category?.categoryId ?? category?.id,
			name: category?.categoryName ?? category?.name,
		}))
		.filter((category) => category.id !== undefined && category.id !== null)
		.map((category) => ({ name: String(category.name ?? category.id), value: String(category.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
