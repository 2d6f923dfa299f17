import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { listPage } from './listPage';

const pageSize = 100;

/** `Name (gender)`, linking to the preview video. */
export function avatarItem(avatar: IDataObject): INodeListSearchItems {
	const name = String(avatar.aiavatarName ?? avatar.aiavatarId);
	return {
		name: typeof avatar.gender === 'string' && avatar.gender ? `${name} (${avatar.gender})` : name,
		value: String(avatar.aiavatarId),
		...(typeof avatar.previewVideoUrl === 'string' && avatar.previewVideoUrl ? { url: avatar.previewVideoUrl } : {}),
	};
}

/** One page of public (`custom` false) or custom avatars; the search text matches the avatar name only. */
async function avatarPage(
	this: ILoadOptionsFunctions,
	custom: boolean,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage.call(this, {
		path: '/v1/aiavatar/query',
		qs: { isCustom: custom },
		paginationToken,
		pageSize,
		toItem: avatarItem,
		filter,
		searchTextOf: (avatar) => String(avatar.aiavatarName ?? ''),
	});
}

/**
 * Avatars for Video Avatar's Avatar field: the account's custom avatars when Avatar Source is
 * "Custom Avatar" (2), otherwise public avatars.
 */
export async function searchAvatars(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const custom = Number(this.getCurrentNodeParameter('avatarSourceFrom')) === 2;
	return await avatarPage.call(this, custom, filter, paginationToken);
}

/** The account's custom avatars (e.g. for Avatar → Delete). */
export async function searchCustomAvatars(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await avatarPage.call(this, true, filter, paginationToken);
}
