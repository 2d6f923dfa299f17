import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import { imageEdit, textToImage, type TaskFamily } from '../../shared/families';
import { additionalFieldsCollection, boardField, callbackUrlOption, waitForCompletionField } from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fileListField } from '../../shared/fileLists';
import { withoutBlanks } from '../../shared/validate';
import { generationOptionsField, modelLocator } from '../videoGeneration/fields';
import { aspectRatioField, generateCountField, imageBodyShape, resolutionField } from './fields';

/** The reference images of Image Edit, sent as `inputImageFileIds`. */
export const editInputImages = { name: 'inputImages', label: 'Input Images', kind: 'image' as const, bodyField: 'inputImageFileIds' };

function submitFields(operation: 'textToImage' | 'imageEdit', family: TaskFamily, search: string): INodeProperties[] {
	const show = { resource: ['aiImage'], operation: [operation] };
	return [
		modelLocator(show, search, 'e.g. Nano Banana 2'),
		{
			displayName: 'Prompt',
			name: 'prompt',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			placeholder:
				operation === 'imageEdit' ? 'e.g. Change the background to a snowy mountain landscape' : 'e.g. A watercolor painting of a cat',
			description: operation === 'imageEdit' ? 'How to change the input images' : 'What the image shows',
			displayOptions: { show },
			routing: { send: { type: 'body', property: 'prompt' } },
		},
		...(operation === 'imageEdit'
			? [
					fileListField({
						...editInputImages,
						show,
						description: 'The images to edit or take as reference, each a file ID or a binary field (the model decides how many)',
					}),
				]
			: []),
		aspectRatioField(show),
		resolutionField(show),
		generateCountField(show),
		additionalFieldsCollection(show, [
			additionalBodyFieldsOption,
			boardField({ type: 'body', property: 'boardId' }),
			callbackUrlOption,
		]),
		waitForCompletionField(show),
		generationOptionsField(show, family),
	];
}

// Bodies as Topview's client builds them (build_text2image_body, build_image_edit_body; the count is
// generateCount here): https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/ai_image.py
export const textToImageDescription = submitFields('textToImage', textToImage, 'searchTextToImageModels');
export const imageEditDescription = submitFields('imageEdit', imageEdit, 'searchImageEditModels');

export const textToImageSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z.object(imageBodyShape).passthrough(),
);

export const imageEditSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z
		.object({
			...imageBodyShape,
			inputImageFileIds: z.array(fileRef(), {
				required_error: 'Input Images is empty: add at least one image to edit (file ID or binary field)',
			}),
		})
		.passthrough(),
);
