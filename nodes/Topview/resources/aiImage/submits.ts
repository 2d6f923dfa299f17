import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import { imageEdit, textToImage, type TaskFamily } from '../../shared/families';
import { additionalFieldsCollection, boardIdField, callbackUrlField, waitForCompletionField } from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { fileListField } from '../../shared/fileLists';
import { requiredText, withoutBlanks } from '../../shared/validate';
import { generationOptionsField, modelField, modelLocator, promptField } from '../videoGeneration/fields';
import { aspectRatioSetting, generateCountSetting, imageModelMessage, resolutionSetting } from './fields';

/** The reference images of Image Edit, sent as `inputImageFileIds`. */
export const editInputImages = { name: 'inputImages', label: 'Input Images', kind: 'image' as const, bodyField: 'inputImageFileIds' };

function submitFields(operation: 'textToImage' | 'imageEdit', search: string) {
	const show = { resource: ['aiImage'], operation: [operation] };
	const edit = operation === 'imageEdit';
	const mainFields = [
		modelField(modelLocator(show, search, 'e.g. Nano Banana 2'), requiredText(imageModelMessage)),
		promptField(
			show,
			edit ? 'e.g. Change the background to a snowy mountain landscape' : 'e.g. A watercolor painting of a cat',
			edit ? 'How to change the input images' : 'What the image shows',
			requiredText('Prompt is empty: describe the image, e.g. A watercolor painting of a cat'),
		),
		...(edit
			? [
					fieldOf(
						[
							fileListField({
								...editInputImages,
								show,
								description: 'The images to edit or take as reference, each a file ID or a binary field (the model decides how many)',
							}),
						],
						{
							inputImageFileIds: z.array(fileRef(), {
								required_error: 'Input Images is empty: add at least one image to edit (file ID or binary field)',
							}),
						},
					),
				]
			: []),
		aspectRatioSetting(show),
		resolutionSetting(show),
		generateCountSetting(show),
	];
	const additionalFields = [
		// Merged into the body before the check, which passes its fields through.
		fieldOf([additionalBodyFieldsOption], {}),
		boardIdField,
		callbackUrlField,
	];
	return { show, mainFields, additionalFields };
}

function submitDescription(form: ReturnType<typeof submitFields>, family: TaskFamily): INodeProperties[] {
	return [
		...propertiesOf(...form.mainFields),
		additionalFieldsCollection(form.show, propertiesOf(...form.additionalFields)),
		waitForCompletionField(form.show),
		generationOptionsField(form.show, family),
	];
}

const submitSchema = (form: ReturnType<typeof submitFields>) =>
	z.preprocess(
		(input) => withoutBlanks((input ?? {}) as IDataObject),
		z.object(shapeOf(...form.mainFields, ...form.additionalFields)).passthrough(),
	);

const textToImageForm = submitFields('textToImage', 'searchTextToImageModels');
const imageEditForm = submitFields('imageEdit', 'searchImageEditModels');

// Bodies as Topview's client builds them (build_text2image_body, build_image_edit_body; the count is
// generateCount here): https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/ai_image.py
export const textToImageDescription = submitDescription(textToImageForm, textToImage);
export const imageEditDescription = submitDescription(imageEditForm, imageEdit);

export const textToImageSchema = submitSchema(textToImageForm);
export const imageEditSchema = submitSchema(imageEditForm);
