import type { INodeProperties } from 'n8n-workflow';
import {
	productAvatarDownloadWithoutWatermark,
	productAvatarImageToVideoV2,
	productAvatarReplaceImageV2,
} from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyFor = (operation: string) => ({ resource: ['productAvatar'], operation: [operation] });

export const productAvatarQueryDescription: INodeProperties[] = [
	taskIdField(showOnlyFor('queryReplaceProductImage')),
	queryOptionsField(showOnlyFor('queryReplaceProductImage'), productAvatarReplaceImageV2),
	taskIdField(showOnlyFor('queryImageToVideo')),
	queryOptionsField(showOnlyFor('queryImageToVideo'), productAvatarImageToVideoV2),
	taskIdField(showOnlyFor('queryDownloadWithoutWatermark')),
	queryOptionsField(showOnlyFor('queryDownloadWithoutWatermark'), productAvatarDownloadWithoutWatermark),
];
