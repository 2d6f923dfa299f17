import type { INodeProperties } from 'n8n-workflow';
import { mergeAdditionalBodyFields } from '../../shared/extraBody';
import { productAvatarWatermarkFree } from '../../shared/families';
import { listRouting, operationRouting } from '../../shared/routing';
import { callWithFiles } from '../../shared/runner';
import { validateBy, validateRequest } from '../../shared/validate';
import { downloadWithoutWatermarkDescription, downloadWithoutWatermarkSchema } from './downloadWithoutWatermark';
import { getCategoriesDescription } from './getCategories';
import { getPublicAvatarsDescription, getPublicAvatarsSchema } from './getPublicAvatars';
import { imageToVideoDescription } from './imageToVideo';
import { imageToVideoSchema, imageToVideoV1Schema } from './imageToVideoSchema';
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

/** Check step: the Image to Video body of the chosen API version. */
const validateImageToVideo = validateBy(
	(context) => (context.getNodeParameter('version', 'v2') === 'v1' ? imageToVideoV1Schema : imageToVideoSchema),
	[imageToVideoV1Schema, imageToVideoSchema],
);

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
				action: 'Get v1 replaced product images without watermark',
				description:
					'Get the watermark-free images of a finished v1 Replace Product Image task. Path assumed; Topview does not publish it.',
				// Sent once: the credit log names this call's charge (pa_download_without_watermark).
				routing: operationRouting('GET', productAvatarWatermarkFree.path, callWithFiles(productAvatarWatermarkFree, 'submit'), {
					checks: [validateRequest(downloadWithoutWatermarkSchema, 'qs')],
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
				routing: listRouting('/v1/product_avatar/public_avatar/query', { itemsField: 'data', maxPageSize: 100 }, { checks: [validateRequest(getPublicAvatarsSchema, 'qs')] }),
			},
			{
				name: 'Image to Video',
				value: 'imageToVideo',
				action: 'Turn a product avatar image into a video',
				description: 'Animate a replaced product image into a talking product video, optionally waiting for it',
				routing: versionedSubmitRouting(imageToVideoFamilies, {
					preSend: [mergeAdditionalBodyFields], checks: [validateImageToVideo],
				}),
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
					preSend: [mergeAdditionalBodyFields], checks: [validateReplaceProductImage],
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
