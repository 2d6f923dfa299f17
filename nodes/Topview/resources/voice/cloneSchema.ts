import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';
import { z } from 'zod';
import { binarySource } from '../../shared/uploader';
import { callbackUrl, withoutBlanks } from '../../shared/validate';

const maxRecordingBytes = 10 * 1024 * 1024;

const body = z.object({
	originVoiceFileId: z.string({
		required_error:
			'Recording File ID is required: upload an mp3 or wav recording with File → Upload and use its fileId, or choose Binary File',
	}),
	name: z.string().optional(),
	voiceText: z.string().optional(),
	voiceSpeed: z.coerce
		.number({ invalid_type_error: 'Voice Speed must be a number between 0.8 and 1.2' })
		.min(0.8, 'Voice Speed must be between 0.8 and 1.2')
		.max(1.2, 'Voice Speed must be between 0.8 and 1.2')
		.optional(),
	noticeUrl: callbackUrl.optional(),
});

/** The voice clone submit body: blanks dropped, the recording required, speed in range. */
export const voiceCloneSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
) as unknown as z.ZodType<IDataObject>;

/**
 * preSend step before the upload: a binary recording must be mp3 or wav (the uploader's audio kind
 * also takes m4a, which voice cloning does not) and under 10 MB. Nothing is uploaded otherwise.
 */
export async function checkCloneRecording(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (this.getNodeParameter('originVoiceFileInput', 'fileId') !== 'binary') return options;
	const property = this.getNodeParameter('originVoiceBinaryPropertyName', 'data') as string;
	const source = await binarySource.call(this, property, ['mp3', 'wav']);
	if (source.size !== undefined && source.size >= maxRecordingBytes) {
		throw new NodeOperationError(
			this.getNode(),
			`${source.label} is ${(source.size / 1024 / 1024).toFixed(1)} MB; a voice clone recording must be under 10 MB`,
			{
				itemIndex: this.getItemIndex(),
				description: 'Use a shorter recording (10 seconds to 5 minutes) or compress it. Nothing was uploaded.',
			},
		);
	}
	return options;
}
