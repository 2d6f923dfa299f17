import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { productAvatarDownloadWithoutWatermark } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { callbackUrl, withoutBlanks } from '../../shared/validate';

const showOnlyForDownload = { resource: ['productAvatar'], operation: ['downloadWithoutWatermark'] };

export const downloadWithoutWatermarkDescription: INodeProperties[] = [
	{
		displayName: 'This is a v1 (legacy) operation whose API path Topview does not publish; see the README if it answers "not found"',
		name: 'downloadWithoutWatermarkNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showOnlyForDownload },
	},
	{
		displayName: 'Image to Video Task ID',
		name: 'imageToVideoTaskId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 7d9c1f0a2b3e4d5f',
		description: 'The taskId of a finished v1 Image to Video task whose video you want without the watermark',
		displayOptions: { show: showOnlyForDownload },
		routing: { send: { type: 'body', property: 'taskId' } },
	},
	additionalFieldsCollection(showOnlyForDownload, [additionalBodyFieldsOption, callbackUrlOption]),
	waitForCompletionField(showOnlyForDownload),
	submitOptionsField(showOnlyForDownload, productAvatarDownloadWithoutWatermark),
];

const body = z
	.object({
		taskId: z.string({
			required_error: 'Image to Video Task ID is required: enter the taskId of a finished v1 Image to Video task',
		}),
		noticeUrl: callbackUrl.optional(),
	})
	.passthrough();

/** The download submit body: blanks dropped, the source task required, Additional Body Fields kept. */
export const downloadWithoutWatermarkSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
) as unknown as z.ZodType<IDataObject>;
