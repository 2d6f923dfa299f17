import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { videoGenerationImageToVideo } from '../../shared/families';
import { additionalFieldsCollection, boardField, callbackUrlOption, waitForCompletionField } from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fileListField } from '../../shared/fileLists';
import { fileField, fileRef } from '../../shared/inlineFiles';
import { withoutBlanks } from '../../shared/validate';
import {
	aspectRatioField,
	durationField,
	generatingCountField,
	generationOptionsField,
	modelLocator,
	resolutionField,
	soundField,
	videoBodyShape,
} from './fields';

const show = { resource: ['videoGeneration'], operation: ['imageToVideo'] };

/** The reference image list of Image to Video, sent as `referenceImageFileIds`. */
export const referenceImages = { name: 'referenceImages', label: 'Reference Images', kind: 'image' as const, bodyField: 'referenceImageFileIds' };

// Image to Video v2, first/end frame or multi-reference, as Topview's client builds it (build_i2v_body in
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/video_gen.py) and as
// https://docs.topview.ai/reference/image_to_video_v2_submit_task lists the fields.
export const imageToVideoDescription: INodeProperties[] = [
	modelLocator(show, 'searchImageToVideoModels', 'e.g. Kling V3'),
	...fileField({
		field: 'firstFrameFileId',
		kind: 'image',
		label: 'First Frame',
		show,
		placeholder: 'e.g. 1a2b3c4d5e6f',
		description:
			'The fileId of the image the video starts from. Leave empty for models that take Reference Images instead.',
	}),
	...fileField({
		field: 'endFrameFileId',
		kind: 'image',
		label: 'End Frame',
		show,
		placeholder: 'e.g. 6f5e4d3c2b1a',
		description: 'Optional: the fileId of the image the video ends on, for models that take first and end frames',
	}),
	fileListField({
		...referenceImages,
		show,
		description: 'For reference-to-video models instead of frames: at least 2 images, each a file ID or a binary field',
	}),
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'e.g. A product slowly rotating on a clean white background',
		description: 'What happens in the video',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'prompt' } },
	},
	additionalFieldsCollection(show, [
		additionalBodyFieldsOption,
		aspectRatioField,
		boardField({ type: 'body', property: 'boardId' }),
		callbackUrlOption,
		durationField,
		generatingCountField,
		resolutionField,
		soundField,
	]),
	waitForCompletionField(show),
	generationOptionsField(show, videoGenerationImageToVideo),
];

export const imageToVideoSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z
		.object({
			...videoBodyShape,
			firstFrameFileId: fileRef().optional(),
			endFrameFileId: fileRef().optional(),
			referenceImageFileIds: z.array(fileRef()).optional(),
		})
		.passthrough()
		.superRefine((value, ctx) => {
			if (value.firstFrameFileId === undefined && value.referenceImageFileIds === undefined) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['firstFrameFileId'],
					message: 'First Frame is required: give the starting image (file ID or binary), or Reference Images instead',
				});
			}
			if (value.endFrameFileId !== undefined && value.firstFrameFileId === undefined) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['endFrameFileId'],
					message: 'End Frame needs a First Frame: add the starting image, or remove the end frame',
				});
			}
		}),
);
