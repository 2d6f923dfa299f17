import type { INodeProperties } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';
import type { TaskFamily } from '../../shared/families';
import { submitOptionsField } from '../../shared/descriptions';
import { fieldOf } from '../../shared/fields';

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

/** The model picker with the zod entry that checks the `model` it sends. */
export const modelField = <Schema extends ZodTypeAny>(locator: INodeProperties, schema: Schema) => fieldOf([locator], { model: schema });

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

/** What Model says when it is left empty on a video generation submit. */
export const videoModelMessage = 'Model is empty: pick a model from the list or enter its display name, e.g. Standard';

/** A required Prompt with the zod entry that checks it. */
export const promptField = <Schema extends ZodTypeAny>(show: Show, placeholder: string, description: string, schema: Schema) =>
	fieldOf([prompt(show, placeholder, description)], { prompt: schema });
