import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { imageToVideo } from '../../shared/families';
import { additionalFieldsCollection, boardIdField, callbackUrlField, waitForCompletionField } from '../../shared/descriptions';
import { additionalBodyFieldsOption, mergeAdditionalBodyFields } from '../../shared/extraBody';
import { field, fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { fileListField } from '../../shared/fileLists';
import { fileInput, fileRef, PendingUpload } from '../../shared/inlineFiles';
import { checkCostFirst, checkModelLimits } from '../../shared/modelLimits';
import { submitRouting } from '../../shared/routing';
import { requiredText, validateRequest, withoutBlanks, type PreSend } from '../../shared/validate';
import {
	aspectRatioSetting,
	durationSetting,
	generatingCountSetting,
	resolutionSetting,
	soundSetting,
} from '../../shared/videoSettings';
import { generationOptionsField, modelField, modelLocator, videoModelMessage } from './fields';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/**
 * The two operations that submit Image to Video v2, with one form and one schema: Video Generation → Image to
 * Video, and the Image to Video resource's Submit. The resource's saved workflows may leave Model empty,
 * give reference images as comma-separated IDs, and send an aspect ratio, resolution or sound the model
 * does not take (its form offered them whatever the model); those stay accepted there.
 */
export type ImageToVideoForm = 'videoGeneration' | 'imageToVideoResource';

/** The reference image list, sent as `referenceImageFileIds`. */
export const referenceImages = { name: 'referenceImages', label: 'Reference Images', kind: 'image' as const, bodyField: 'referenceImageFileIds' };

/** The Image to Video resource's comma-separated reference image IDs, kept for its saved workflows. */
const referenceImageFileIdsOption: INodeProperties = {
	displayName: 'Reference Image File IDs',
	name: 'referenceImageFileIds',
	type: 'string',
	default: '',
	placeholder: 'e.g. 1a2b3c4d5e6f, 6f5e4d3c2b1a',
	description:
		'Reference image fileIds, comma-separated or as an array expression; sent after the Reference Images above. For reference-to-video models instead of frames.',
};

/** A comma-separated string or an array (e.g. from an expression) → trimmed, non-blank IDs; staged files kept. */
function idList(value: unknown): Array<string | PendingUpload> | undefined {
	if (value === undefined || value === null) return undefined;
	const parts: unknown[] = Array.isArray(value) ? value : String(value).split(',');
	const ids = parts
		.map((part) => (part instanceof PendingUpload ? part : String(part).trim()))
		.filter((part) => part !== '');
	return ids.length ? ids : undefined;
}

const optionalModel = z.preprocess((value) => (value === undefined ? undefined : String(value).trim()), z.string().optional());

// Image to Video v2, first/end frame or multi-reference, as Topview's client builds it (build_i2v_body in
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/video_gen.py) and as
// https://docs.topview.ai/reference/image_to_video_v2_submit_task lists the fields.
function formFields(show: Show, form: ImageToVideoForm) {
	const resource = form === 'imageToVideoResource';
	const mainFields = [
		// The resource's saved workflows may leave Model empty for Topview's default (the reference page's
		// default is seedance-1.5-pro).
		modelField(
			modelLocator(
				show,
				'searchImageToVideoModels',
				'e.g. Kling V3',
				resource ? { whenEmpty: "Leave empty for Topview's default." } : undefined,
			),
			resource ? optionalModel : requiredText(videoModelMessage),
		),
		fileInput({
			field: 'firstFrameFileId',
			kind: 'image',
			label: 'First Frame',
			show,
			placeholder: 'e.g. 1a2b3c4d5e6f',
			description:
				'The fileId of the image the video starts from. Leave empty for models that take Reference Images instead.',
		}),
		fileInput({
			field: 'endFrameFileId',
			kind: 'image',
			label: 'End Frame',
			show,
			placeholder: 'e.g. 6f5e4d3c2b1a',
			description: 'Optional: the fileId of the image the video ends on, for models that take first and end frames',
		}),
		fieldOf(
			[
				fileListField({
					...referenceImages,
					show,
					description: 'For reference-to-video models instead of frames: at least 2 images, each a file ID or a binary field',
				}),
			],
			{ referenceImageFileIds: z.preprocess(idList, z.array(fileRef()).optional()) },
		),
		field(
			{
				displayName: 'Prompt',
				name: 'prompt',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				placeholder: 'e.g. A product slowly rotating on a clean white background',
				description: 'What happens in the video',
				displayOptions: { show },
			},
			z.string().optional(),
		),
	];
	const additionalFields = [
		// Merged into the body before the check, which passes its fields through.
		fieldOf([additionalBodyFieldsOption], {}),
		aspectRatioSetting,
		boardIdField,
		callbackUrlField,
		durationSetting,
		generatingCountSetting,
		// Appended to the Reference Images list (checked there) by the resource's first check step.
		...(resource ? [fieldOf([referenceImageFileIdsOption], {})] : []),
		resolutionSetting,
		soundSetting,
	];
	return { mainFields, additionalFields };
}

export function imageToVideoFields(show: Show, form: ImageToVideoForm): INodeProperties[] {
	const { mainFields, additionalFields } = formFields(show, form);
	return [
		...propertiesOf(...mainFields),
		additionalFieldsCollection(show, propertiesOf(...additionalFields)),
		waitForCompletionField(show),
		generationOptionsField(show, imageToVideo),
	];
}

/** Check step of the resource's form, first: Reference Image File IDs appended to the Reference Images list. */
const appendReferenceImageFileIds: PreSend = async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const typed = idList(this.getNodeParameter('additionalFields.referenceImageFileIds', '') as unknown);
	if (!typed) return options;
	const body = (options.body ?? {}) as IDataObject;
	return { ...options, body: { ...body, referenceImageFileIds: [...(idList(body.referenceImageFileIds) ?? []), ...typed] } };
};

/**
 * The Image to Video v2 submit body of a form: blanks dropped, a starting image (or reference images)
 * required, extra body fields kept.
 */
function imageToVideoBody(form: ImageToVideoForm) {
	// The checks do not depend on where the form is shown.
	const { mainFields, additionalFields } = formFields({}, form);
	return z.preprocess(
		(input) => withoutBlanks((input ?? {}) as IDataObject),
		z
			.object(shapeOf(...mainFields, ...additionalFields))
			// Additional Body Fields merged before this check reach Topview unchanged.
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
}

export const imageToVideoSchema = imageToVideoBody('videoGeneration');
const imageToVideoSchemaDefaultModel = imageToVideoBody('imageToVideoResource');

/** The submit of either form: the same checks, in the same order, then one POST of the v2 body. */
export function imageToVideoSubmitRouting(form: ImageToVideoForm) {
	const resource = form === 'imageToVideoResource';
	return submitRouting(imageToVideo, {
		preSend: [mergeAdditionalBodyFields],
		checks: [
			...(resource ? [appendReferenceImageFileIds] : []),
			validateRequest(resource ? imageToVideoSchemaDefaultModel : imageToVideoSchema),
			checkModelLimits('imageToVideo', { allowUnusedSettings: resource }),
			checkCostFirst('imageToVideo'),
		],
	});
}
