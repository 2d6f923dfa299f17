import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import { omniReference } from '../../shared/families';
import { additionalFieldsCollection, boardIdField, callbackUrlField, waitForCompletionField } from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { field, fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { fileListField } from '../../shared/fileLists';
import { requiredText, withoutBlanks } from '../../shared/validate';
import { aspectRatioSetting, durationSetting, generatingCountSetting, resolutionSetting } from '../../shared/videoSettings';
import { generationOptionsField, modelField, modelLocator, promptField, videoModelMessage } from './fields';

const show = { resource: ['videoGeneration'], operation: ['omniReference'] };

export const inputImages = { name: 'inputImages', label: 'Input Images', kind: 'image' as const, namePrefix: 'Image', bodyField: 'inputImages' };
export const inputVideos = { name: 'inputVideos', label: 'Input Videos', kind: 'video' as const, namePrefix: 'Video', bodyField: 'inputVideos' };

// Omni Reference as Topview's client builds it (build_omni_body): named inputImages/inputVideos of
// { name, fileId }, referenced in the prompt as <<<Image1>>> / <<<Video1>>>; no sound field:
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/references/video_gen.md
const namedFile = z.object({ name: z.string(), fileId: fileRef() });

const mainFields = [
	modelField(modelLocator(show, 'searchOmniReferenceModels', 'e.g. Standard'), requiredText(videoModelMessage)),
	promptField(
		show,
		'e.g. Apply the style from <<<Image1>>> to the motion in <<<Video1>>>',
		'What the video shows; refer to the inputs by name in triple angle brackets, e.g. &lt;&lt;&lt;Image1&gt;&gt;&gt;',
		requiredText('Prompt is empty: describe the video and refer to the inputs, e.g. <<<Image1>>>'),
	),
	fieldOf(
		[fileListField({ ...inputImages, show, description: 'Images the prompt refers to by name, e.g. &lt;&lt;&lt;Image1&gt;&gt;&gt;' })],
		{ inputImages: z.array(namedFile).optional() },
	),
	fieldOf(
		[fileListField({ ...inputVideos, show, description: 'Videos the prompt refers to by name, e.g. &lt;&lt;&lt;Video1&gt;&gt;&gt;' })],
		{ inputVideos: z.array(namedFile).optional() },
	),
];

// No Sound: Omni Reference takes no sound setting (see the client's reference above).
const additionalFields = [
	// Merged into the body before the check, which passes its fields through.
	fieldOf([additionalBodyFieldsOption], {}),
	aspectRatioSetting,
	boardIdField,
	callbackUrlField,
	durationSetting,
	field(
		{
			displayName: 'Internet Search',
			name: 'internetSearch',
			type: 'boolean',
			default: false,
			description: 'Whether the model may search the internet (only models that offer it, e.g. Standard and Fast)',
		},
		z.boolean().optional(),
	),
	generatingCountSetting,
	resolutionSetting,
];

export const omniReferenceDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(show, propertiesOf(...additionalFields)),
	waitForCompletionField(show),
	generationOptionsField(show, omniReference),
];

export const omniReferenceSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z
		.object(shapeOf(...mainFields, ...additionalFields))
		.passthrough()
		.superRefine((value, ctx) => {
			const names = [...(value.inputImages ?? []), ...(value.inputVideos ?? [])].map((file) => file.name);
			const duplicate = names.find((name, index) => names.indexOf(name) !== index);
			if (duplicate) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['inputImages'],
					message: `Two inputs are named ${duplicate}: give each input its own name`,
				});
			}
			const referenced = [...value.prompt.matchAll(/<<<([^<>]+)>>>/g)].map((match) => match[1]);
			const unknown = referenced.find((name) => !names.includes(name));
			if (unknown) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['prompt'],
					message: `The prompt refers to <<<${unknown}>>>, but no input is named ${unknown}${names.length ? ` (inputs: ${names.join(', ')})` : ''}`,
				});
			}
		}),
);
