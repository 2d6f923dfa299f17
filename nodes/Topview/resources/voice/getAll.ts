import type { IDataObject, IExecutePaginationFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { filtersCollection, genderFilterField, returnAllAndLimitFields } from '../../shared/descriptions';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { voiceLanguages } from '../../shared/languages';

const showOnlyForGetAll = { resource: ['voice'], operation: ['getAll'] };

/** The filters, each with the check of what it sends. */
const filters = [
	field(
		{
			displayName: 'Accent',
			name: 'accent',
			type: 'string',
			default: '',
			placeholder: 'e.g. American',
			description: 'The accent of the voice, e.g. American, British or Chinese',
			routing: { send: { type: 'query', property: 'accent' } },
		},
		z.string().optional(),
	),
	field(
		{
			displayName: 'Age',
			name: 'age',
			type: 'options',
			options: [
				{ name: 'Middle Age', value: 'Middle Age' },
				{ name: 'Old', value: 'Old' },
				{ name: 'Young', value: 'Young' },
			],
			default: 'Young',
			routing: { send: { type: 'query', property: 'age' } },
		},
		z.enum(['Middle Age', 'Old', 'Young']).optional(),
	),
	field(
		{
			displayName: 'Cloned Only',
			name: 'isCustom',
			type: 'boolean',
			default: true,
			description: 'Whether to list only the voices cloned on your account (on) or only public voices (off)',
			routing: {
				send: { type: 'query', property: 'isCustom', value: '={{ $value ? "true" : "false" }}' },
			},
		},
		z.enum(['true', 'false']).optional(),
	),
	genderFilterField,
	field(
		{
			displayName: 'Language',
			name: 'language',
			type: 'options',
			options: voiceLanguages,
			default: 'en',
			routing: { send: { type: 'query', property: 'language' } },
		},
		z.string().optional(),
	),
	field(
		{
			displayName: 'Style',
			name: 'style',
			type: 'options',
			options: [
				{ name: 'Advertisement', value: 'Advertisement' },
				{ name: 'Cartoon and Animals', value: 'Cartoon_And_Animals' },
				{ name: 'Influencer', value: 'Influencer' },
				{ name: 'UGC', value: 'UGC' },
			],
			default: 'UGC',
			routing: { send: { type: 'query', property: 'style' } },
		},
		z.enum(['Advertisement', 'Cartoon_And_Animals', 'Influencer', 'UGC']).optional(),
	),
];

export const voiceGetAllDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetAll),
	filtersCollection(showOnlyForGetAll, [
		...propertiesOf(...filters),
		{
			displayName: 'Voice Name',
			name: 'voiceName',
			type: 'string',
			default: '',
			placeholder: 'e.g. Emma',
			description: 'Only voices whose name contains this text (matched by this node: Topview has no name filter)',
		},
	]),
];

/** The Voice Name filter, applied to each listed voice. */
export function voiceNameMatches(context: IExecutePaginationFunctions, voice: IDataObject): boolean {
	const needle = String(context.getNodeParameter('filters.voiceName', '') ?? '').trim().toLowerCase();
	return !needle || String(voice.voiceName ?? '').toLowerCase().includes(needle);
}

/** The Get Many query: each filter checked as the UI sends it. */
export const voiceGetAllSchema = z.object(shapeOf(...filters));
