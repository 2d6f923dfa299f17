import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { listPage } from './listPage';

const pageSize = 100;

/** The ID a photo avatar template answers with (`avatarId`; `aiavatarId` for custom avatars in some answers). */
export const photoAvatarTemplateId = (template: IDataObject) =>
	String(template.avatarId ?? template.aiavatarId ?? template.templateId ?? template.id ?? '');

/** `Name (gender[, custom])`, linking to the template image. The docs list no item fields, so several names are read. */
const templateName = (template: IDataObject) =>
	String(template.avatarName ?? template.aiavatarName ?? template.templateName ?? template.name ?? photoAvatarTemplateId(template));

export function photoAvatarTemplateItem(template: IDataObject, custom: boolean): INodeListSearchItems {
	const id = photoAvatarTemplateId(template);
	const name = templateName(template);
	const details = [template.gender, custom ? 'custom' : undefined].filter((part) => typeof part === 'string' && part);
	const url = [template.templateImageUrl, template.coverUrl, template.previewVideoUrl].find(
		(value) => typeof value === 'string' && value,
	) as string | undefined;
	return {
		name: details.length ? `${name} (${details.join(', ')})` : name,
		value: id,
		...(url ? { url } : {}),
	};
}

async function templatePage(
	this: ILoadOptionsFunctions,
	custom: boolean,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage.call(this, {
		path: '/v1/photo_avatar/template/list',
		qs: { isCustom: custom },
		paginationToken,
		pageSize,
		toItem: (template: IDataObject) => photoAvatarTemplateItem(template, custom),
		filter,
		searchTextOf: templateName,
	});
}

/**
 * Photo avatar templates for Photo Avatar → Submit: the first page starts with the account's custom
 * avatars (up to 100), then public templates follow page by page. The search text matches the name.
 */
export async function searchPhotoAvatarTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const [publicPage, customPage] = await Promise.all([
		templatePage.call(this, false, filter, paginationToken),
		paginationToken ? undefined : templatePage.call(this, true, filter),
	]);
	const customIds = new Set(customPage?.results.map((item) => String(item.value)) ?? []);
	const others = publicPage.results.filter((item) => !customIds.has(String(item.value)));
	return { results: [...(customPage?.results ?? []), ...others], paginationToken: publicPage.paginationToken };
}
