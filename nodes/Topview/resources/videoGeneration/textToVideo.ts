import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { textToVideo } from '../../shared/families';
import { additionalFieldsCollection, boardField, callbackUrlOption, waitForCompletionField } from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { requiredText, withoutBlanks } from '../../shared/validate';
import {
	aspectRatioField,
	durationField,
	generatingCountField,
	generationOptionsField,
	modelLocator,
	prompt,
	resolutionField,
	soundField,
	videoBodyShape,
} from './fields';

const show = { resource: ['videoGeneration'], operation: ['textToVideo'] };

// The body as Topview's client builds it (model, prompt, aspectRatio, resolution, duration, sound,
// generatingCount, boardId): build_t2v_body in
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/video_gen.py
export const textToVideoDescription: INodeProperties[] = [
	modelLocator(show, 'searchTextToVideoModels', 'e.g. Seedance 1.5 Pro'),
	prompt(show, 'e.g. A futuristic city at night with neon lights reflecting on wet streets', 'What the video shows'),
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
	generationOptionsField(show, textToVideo),
];

export const textToVideoSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z
		.object({ ...videoBodyShape, prompt: requiredText('Prompt is empty: describe the video, e.g. A sunset over the ocean') })
		.passthrough(),
);
