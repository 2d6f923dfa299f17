import type { INodeProperties } from 'n8n-workflow';
import { mergeAdditionalBodyFields } from '../../shared/extraBody';
import { productAvatarDownloadWithoutWatermark } from '../../shared/families';
import { uploadInlineFiles } from '../../shared/inlineFiles';
import { listRouting, queryRouting, submitRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { downloadWithoutWatermarkDescription, downloadWithoutWatermarkSchema } from './downloadWithoutWatermark';
import { getCategoriesDescription } from './getCategories';
import { getPublicAvatarsDescription } from './getPublicAvatars';
import { imageToVideoDescription } from './imageToVideo';
import { imageToVideoSchema } from './imageToVideoSchema';
import { productAvatarQueryDescription } from './query';
import { replaceProductImageDescription } from './replaceProductImage';
import { validateReplaceProductImage } from './replaceProductImageSchema';
import {
	imageToVideoFamilies,
	replaceImageFamilies,
	versionedQueryRouting,
	versionedSubmitRouting,
	versionField,
} from './versions';

export const productAvatarDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['productAvatar'] } },
		options: [
			{
				name: 'Download Without Watermark (V1)',
				value: 'downloadWithoutWatermark',
				action: 'Get a v1 product avatar video without watermark',
				description: 'Order a watermark-free copy of a finished v1 image to video task, optionally waiting for it',
				routing: submitRouting(productAvatarDownloadWithoutWatermark, {
					preSend: [mergeAdditionalBodyFields, validateRequest(downloadWithoutWatermarkSchema)],
				}),
			},
			{
				name: 'Get Categories',
				value: 'getCategories',
				action: 'Get product avatar categories',
				description: 'List the categories that group the public product avatars',
				routing: listRouting('/v1/product_avatar/category/list', { itemsField: 'data', maxPageSize: 100, unpaged: true }),
			},
			{
				name: 'Get Public Avatars',
				value: 'getPublicAvatars',
				action: 'Get public product avatars',
				description: 'List the product avatars that can present a product',
				routing: listRouting('/v1/product_avatar/public_avatar/query', { itemsField: 'data', maxPageSize: 100 }),
			},
			{
				name: 'Image to Video',
				value: 'imageToVideo',
				action: 'Turn a product avatar image into a video',
				description: 'Animate a replaced product image into a talking product video, optionally waiting for it',
				routing: versionedSubmitRouting(imageToVideoFamilies, {
					preSend: [mergeAdditionalBodyFields, validateRequest(imageToVideoSchema), uploadInlineFiles],
				}),
			},
			{
				name: 'Query Download Without Watermark (V1)',
				value: 'queryDownloadWithoutWatermark',
				action: 'Query a v1 watermark free download task',
				description: 'Get the status and watermark-free video of a download without watermark task',
				routing: queryRouting(productAvatarDownloadWithoutWatermark),
			},
			{
				name: 'Query Image to Video',
				value: 'queryImageToVideo',
				action: 'Query a product avatar video task',
				description: 'Get the status and result of an image to video task',
				routing: versionedQueryRouting(imageToVideoFamilies),
			},
			{
				name: 'Query Replace Product Image',
				value: 'queryReplaceProductImage',
				action: 'Query a product image replacement task',
				description: 'Get the status and result of a replace product image task',
				routing: versionedQueryRouting(replaceImageFamilies),
			},
			{
				name: 'Replace Product Image',
				value: 'replaceProductImage',
				action: 'Replace the product in an avatar image',
				description: 'Put your product into the hands of an avatar or a person in your photo, optionally waiting for it',
				routing: versionedSubmitRouting(replaceImageFamilies, {
					preSend: [mergeAdditionalBodyFields, validateReplaceProductImage, uploadInlineFiles],
				}),
			},
		],
		default: 'replaceProductImage',
	},
	versionField,
	...replaceProductImageDescription,
	...imageToVideoDescription,
	...downloadWithoutWatermarkDescription,
	...productAvatarQueryDescription,
	...getCategoriesDescription,
	...getPublicAvatarsDescription,
];
