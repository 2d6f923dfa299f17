import type { IDataObject, IExecutePaginationFunctions, INodeProperties } from 'n8n-workflow';
import { voiceLanguages } from '../../shared/languages';
import { filtersCollection, genderFilter, returnAllAndLimitFields } from '../../shared/descriptions';

const showOnlyForGetAll = { resource: ['voice'], operation: ['getAll'] };

export const voiceGetAllDescription: INodeProperties[] = [
	...returnAllAndLimitFields(showOnlyForGetAll),
	filtersCollection(showOnlyForGetAll, [
		{
			displayName: 'Accent',
			name: 'accent',
			type: 'string',
			default: '',
			placeholder: 'e.g. American',
			description: 'The accent of the voice, e.g. American, British or Chinese',
			routing: { send: { type: 'query', property: 'accent' } },
		},
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
		genderFilter,
		{
			displayName: 'Language',
			name: 'language',
			type: 'options',
			options: voiceLanguages,
			default: 'en',
			routing: { send: { type: 'query', property: 'language' } },
		},
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
