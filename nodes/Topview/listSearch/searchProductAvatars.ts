import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listPage } from './listPage';

const firstText = (...values: unknown[]) => values.find((value): value is string => typeof value === 'string' && value !== '');

/** Public product avatars for Product Avatar → Replace Product Image, `Name (gender)`, linking to the avatar image. */
export async function searchProductAvatars(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage.call(this, {
		path: '/v1/product_avatar/public_avatar/query',
		paginationToken,
		pageSize: 100,
		toItem: (avatar: IDataObject) => {
			const name = firstText(avatar.avatarName) ?? `Avatar ${String(avatar.avatarId)}`;
			const gender = firstText(avatar.gender);
			const url = firstText(avatar.avatarImageUrl, avatar.avatarImagePath, avatar.coverUrl);
			return {
				name: gender ? `${name} (${gender})` : name,
				value: String(avatar.avatarId),
				...(url ? { url } : {}),
			};
		},
		filter,
	});
}
