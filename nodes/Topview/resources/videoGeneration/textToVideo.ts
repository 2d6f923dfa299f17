import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { textToVideo } from '../../shared/families';
import { additionalFieldsCollection, boardIdField, callbackUrlField, waitForCompletionField } from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { requiredText, withoutBlanks } from '../../shared/validate';
import {
	aspectRatioSetting,
	durationSetting,
	generatingCountSetting,
	resolutionSetting,
	soundSetting,
} from '../../shared/videoSettings';
import { generationOptionsField, modelField, modelLocator, promptField, videoModelMessage } from './fields';

const show = { resource: ['videoGeneration'], operation: ['textToVideo'] };

// The body as Topview's client builds it (model, prompt, aspectRatio, resolution, duration, sound,
// generatingCount, boardId): build_t2v_body in
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/video_gen.py
const mainFields = [
	modelField(modelLocator(show, 'searchTextToVideoModels', 'e.g. Seedance 1.5 Pro'), requiredText(videoModelMessage)),
	promptField(
		show,
		'e.g. A futuristic city at night with neon lights reflecting on wet streets',
		'What the video shows',
		requiredText('Prompt is empty: describe the video, e.g. A sunset over the ocean'),
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
	resolutionSetting,
	soundSetting,
];

export const textToVideoDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(show, propertiesOf(...additionalFields)),
	waitForCompletionField(show),
	generationOptionsField(show, textToVideo),
];

export const textToVideoSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z.object(shapeOf(...mainFields, ...additionalFields)).passthrough(),
);
