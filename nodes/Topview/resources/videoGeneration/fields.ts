import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import type { TaskFamily } from '../../shared/families';
import { submitOptionsField } from '../../shared/descriptions';
import { requiredText } from '../../shared/validate';
import { videoSettingsShape } from '../../shared/videoSettings';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

const modelDescription =
	"The model, by Topview's display name. The list shows each model's resolutions, durations, aspect ratios and sound; a choice outside them fails before anything is sent.";

/**
 * The model picker of a generation operation: Topview's models for that operation with their limits
 * (from Get Models' table), or a display name typed in. Sent as `model`, by display name. `optional`: the
 * model may be left empty (and the description says what happens then).
 */
export function modelLocator(
	show: Show,
	searchListMethod: string,
	placeholder: string,
	optional?: { whenEmpty: string },
): INodeProperties {
	return {
		displayName: 'Model',
		name: 'model',
		type: 'resourceLocator',
		...(optional ? {} : { required: true }),
		default: { mode: 'list', value: '' },
		description: optional ? `${modelDescription} ${optional.whenEmpty}` : modelDescription,
		displayOptions: { show },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{ displayName: 'By Name', name: 'name', type: 'string', placeholder },
		],
		routing: { send: { type: 'body', property: 'model' } },
	};
}

/** Check Cost First and Max Credits per Item, added to a submit's Options. */
export const costOptions: INodeProperties[] = [
	{
		displayName: 'Check Cost First',
		name: 'checkCostFirst',
		type: 'boolean',
		default: false,
		description:
			"Whether to estimate the cost before submitting (as Topview's client does) and fail the item, without submitting, when it is over Max Credits per Item or cannot be estimated",
	},
	{
		displayName: 'Max Credits per Item',
		name: 'maxCredits',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 10,
		description: 'The most credits one item may cost when Check Cost First is on',
		displayOptions: { show: { checkCostFirst: [true] } },
	},
];

/** The Options collection of a generation submit: the shared wait and download options plus the cost check. */
export function generationOptionsField(show: Show, family: TaskFamily): INodeProperties {
	const base = submitOptionsField(show, family);
	const options = [...(base.options as INodeProperties[]), ...costOptions].sort((a, b) =>
		a.displayName.localeCompare(b.displayName),
	);
	return { ...base, options };
}

export const prompt = (show: Show, placeholder: string, description: string): INodeProperties => ({
	displayName: 'Prompt',
	name: 'prompt',
	type: 'string',
	typeOptions: { rows: 4 },
	required: true,
	default: '',
	placeholder,
	description,
	displayOptions: { show },
	routing: { send: { type: 'body', property: 'prompt' } },
});

const aspectRatioOptions = ['1:1', '16:9', '21:9', '3:4', '4:3', '9:16'].map((value) => ({ name: value, value }));

export const aspectRatioField: INodeProperties = {
	displayName: 'Aspect Ratio',
	name: 'aspectRatio',
	type: 'options',
	options: aspectRatioOptions,
	default: '9:16',
	description: 'Shape of the video; the model decides which it takes (the model list shows them)',
	routing: { send: { type: 'body', property: 'aspectRatio' } },
};

export const durationField: INodeProperties = {
	displayName: 'Duration (Seconds)',
	name: 'duration',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 5,
	description: 'Length of the video in seconds; the model decides which lengths are allowed (the model list shows them)',
	routing: { send: { type: 'body', property: 'duration' } },
};

export const generatingCountField: INodeProperties = {
	displayName: 'Number of Videos',
	name: 'generatingCount',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 4 },
	default: 1,
	description: 'How many videos to generate from the same input, 1 to 4; each is charged',
	routing: { send: { type: 'body', property: 'generatingCount' } },
};

export const resolutionField: INodeProperties = {
	displayName: 'Resolution',
	name: 'resolution',
	type: 'options',
	options: [480, 540, 720, 768, 1080, 2160].map((value) => ({ name: `${value}p`, value })),
	default: 720,
	description: 'Video height in pixels; the model decides which it takes (the model list shows them)',
	routing: { send: { type: 'body', property: 'resolution' } },
};

export const soundField: INodeProperties = {
	displayName: 'Sound',
	name: 'sound',
	type: 'boolean',
	default: false,
	description: 'Whether the model adds native sound (only models with sound; may cost more)',
	// Topview takes "on"/"off", as its client sends.
	routing: { send: { type: 'body', property: 'sound', value: '={{ $value ? "on" : "off" }}' } },
};

/** The fields every video generation submit shares, checked before the model limits. */
export const videoBodyShape = {
	model: requiredText('Model is empty: pick a model from the list or enter its display name, e.g. Standard'),
	prompt: z.string().optional(),
	...videoSettingsShape,
};

export type BodySchema = z.ZodTypeAny;
