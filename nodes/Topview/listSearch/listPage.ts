import {
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodeListSearchItems,
	type INodeListSearchResult,
} from 'n8n-workflow';
import { topviewRequest } from '../shared/transport';
import { pickerError } from './pickerError';

export interface ListPageRequest {
	path: string;
	qs?: IDataObject;
	paginationToken?: string;
	pageSize: number;
	toItem: (entry: IDataObject) => INodeListSearchItems;
	/** Text typed in the picker; matched against the item name when the API cannot filter. */
	filter?: string;
	/** The text `filter` matches when it is not the whole shown name (e.g. the name without its details). */
	searchTextOf?: (entry: IDataObject) => string;
	/** Entries for which this is true are listed first (e.g. the default board). */
	sortFirst?: (entry: IDataObject) => boolean;
}

/**
 * One page of a paged Topview list (`result.data` or `result.list`, `total`) for a list-mode picker.
 * A credential problem becomes a readable message instead of a crash.
 */
export async function listPage(this: ILoadOptionsFunctions, request: ListPageRequest): Promise<INodeListSearchResult> {
	const pageNo = request.paginationToken ? Number(request.paginationToken) : 1;
	let result: unknown;
	try {
		result = await topviewRequest.call(this, {
			method: 'GET',
			path: request.path,
			qs: { ...request.qs, pageNo, pageSize: request.pageSize },
		});
	} catch (error) {
		throw pickerError(this.getNode(), error);
	}
	const page = (result ?? {}) as { data?: IDataObject[]; list?: IDataObject[]; total?: number };
	const entries = Array.isArray(result) ? (result as IDataObject[]) : (page.data ?? page.list ?? []);
	const sorted = request.sortFirst
		? [...entries.filter(request.sortFirst), ...entries.filter((entry) => !request.sortFirst?.(entry))]
		: entries;
	const needle = request.filter?.trim().toLowerCase();
	const matching = needle
		? sorted.filter((entry) => (request.searchTextOf?.(entry) ?? request.toItem(entry).name).toLowerCase().includes(needle))
		: sorted;
	const results = matching.map(request.toItem);
	const total = typeof page.total === 'number' ? page.total : undefined;
	const more = total !== undefined ? pageNo * request.pageSize < total : entries.length === request.pageSize;
	return { results, paginationToken: more ? String(pageNo + 1) : undefined };
}
