import type { INodeProperties } from 'n8n-workflow';
import {
	productAvatarImageToVideoV2,
	productAvatarReplaceImageV1,
	productAvatarReplaceImageV2,
} from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyFor = (operation: string) => ({ resource: ['productAvatar'], operation: [operation] });

export const productAvatarQueryDescription: INodeProperties[] = [
	taskIdField(showOnlyFor('queryReplaceProductImage')),
	// v1 answers with a list of images, v2 and v3 with one: the Download Result texts differ.
	queryOptionsField({ ...showOnlyFor('queryReplaceProductImage'), version: ['v1'] }, productAvatarReplaceImageV1),
	queryOptionsField({ ...showOnlyFor('queryReplaceProductImage'), version: ['v2', 'v3'] }, productAvatarReplaceImageV2),
	taskIdField(showOnlyFor('queryImageToVideo')),
	queryOptionsField(showOnlyFor('queryImageToVideo'), productAvatarImageToVideoV2),
];
