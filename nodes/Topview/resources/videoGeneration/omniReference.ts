import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { fileRef } from '../../shared/inlineFiles';
import { omniReference } from '../../shared/families';
import { additionalFieldsCollection, boardField, callbackUrlOption, waitForCompletionField } from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fileListField } from '../../shared/fileLists';
import { requiredText, withoutBlanks } from '../../shared/validate';
import {
	aspectRatioField,
	durationField,
	generatingCountField,
	generationOptionsField,
	modelLocator,
	prompt,
	resolutionField,
	videoBodyShape,
} from './fields';

const show = { resource: ['videoGeneration'], operation: ['omniReference'] };

export const inputImages = { name: 'inputImages', label: 'Input Images', kind: 'image' as const, namePrefix: 'Image', bodyField: 'inputImages' };
export const inputVideos = { name: 'inputVideos', label: 'Input Videos', kind: 'video' as const, namePrefix: 'Video', bodyField: 'inputVideos' };

// Omni Reference as Topview's client builds it (build_omni_body): named inputImages/inputVideos of
// { name, fileId }, referenced in the prompt as <<<Image1>>> / <<<Video1>>>; no sound field:
// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/references/video_gen.md
export const omniReferenceDescription: INodeProperties[] = [
	modelLocator(show, 'searchOmniReferenceModels', 'e.g. Standard'),
	prompt(
		show,
		'e.g. Apply the style from <<<Image1>>> to the motion in <<<Video1>>>',
		'What the video shows; refer to the inputs by name in triple angle brackets, e.g. &lt;&lt;&lt;Image1&gt;&gt;&gt;',
	),
	fileListField({ ...inputImages, show, description: 'Images the prompt refers to by name, e.g. &lt;&lt;&lt;Image1&gt;&gt;&gt;' }),
	fileListField({ ...inputVideos, show, description: 'Videos the prompt refers to by name, e.g. &lt;&lt;&lt;Video1&gt;&gt;&gt;' }),
	additionalFieldsCollection(show, [
		additionalBodyFieldsOption,
		aspectRatioField,
		boardField({ type: 'body', property: 'boardId' }),
		callbackUrlOption,
		durationField,
		{
			displayName: 'Internet Search',
			name: 'internetSearch',
			type: 'boolean',
			default: false,
			description: 'Whether the model may search the internet (only models that offer it, e.g. Standard and Fast)',
			routing: { send: { type: 'body', property: 'internetSearch' } },
		},
		generatingCountField,
		resolutionField,
	]),
	waitForCompletionField(show),
	generationOptionsField(show, omniReference),
];

const namedFile = z.object({ name: z.string(), fileId: fileRef() });

export const omniReferenceSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	z
		.object({
			...videoBodyShape,
			prompt: requiredText('Prompt is empty: describe the video and refer to the inputs, e.g. <<<Image1>>>'),
			inputImages: z.array(namedFile).optional(),
			inputVideos: z.array(namedFile).optional(),
			internetSearch: z.boolean().optional(),
		})
		// Omni Reference takes no sound setting (see the client's reference above).
		.omit({ sound: true })
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
