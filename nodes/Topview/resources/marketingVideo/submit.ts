import type { INodeProperties } from 'n8n-workflow';
import { marketingVideo } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlOption,
	submitOptionsField,
	voiceLocator,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { fileField } from '../../shared/inlineFiles';
import { voiceLanguages } from '../../shared/languages';

const showOnlyForSubmit = { resource: ['marketingVideo'], operation: ['submit'] };

/** Aspect ratios of the video; the end card also takes "all". */
export const aspectRatios = [
	{ name: '1:1 (Square)', value: '1:1' },
	{ name: '16:9 (Landscape)', value: '16:9' },
	{ name: '3:4 (Portrait)', value: '3:4' },
	{ name: '4:3 (Landscape)', value: '4:3' },
	{ name: '9:16 (Vertical)', value: '9:16' },
];

/** One optional file of the video (logo, end card, music): a File ID or Binary File input, then the ID. */
const optionalFile = (spec: { field: string; kind: 'image' | 'audio'; label: string; description: string }) =>
	fileField({ ...spec, show: showOnlyForSubmit, placeholder: 'e.g. 9f8e7d6c5b4a' });

export const marketingVideoSubmitDescription: INodeProperties[] = [
	{
		displayName: 'Product Link',
		name: 'productLink',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://www.amazon.com/dp/B0CXVSRY56',
		description:
			'The product page Topview reads images, videos, name and description from. Product Link or File IDs is required; with both, Topview uses the link and ignores the files.',
		displayOptions: { show: showOnlyForSubmit },
		routing: { send: { type: 'body', property: 'productLink' } },
	},
	{
		displayName: 'File IDs',
		name: 'fileIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 9f8e7d6c5b4a, 1a2b3c4d5e6f',
		description:
			'Comma-separated fileIds of uploaded product images or videos (File → Upload), or an expression returning an array of them. Used when there is no Product Link.',
		displayOptions: { show: showOnlyForSubmit },
		routing: { send: { type: 'body', property: 'fileIds' } },
	},
	{
		displayName: 'Product Name',
		name: 'productName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Trail Runner 2 shoes',
		description: 'Required without a Product Link; otherwise Topview reads it from the product page',
		displayOptions: { show: showOnlyForSubmit },
		routing: { send: { type: 'body', property: 'productName' } },
	},
	{
		displayName: 'Product Description',
		name: 'productDescription',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder: 'e.g. Lightweight waterproof trail shoes with a grippy sole',
		description:
			'Required without a Product Link unless Custom Script is on; otherwise Topview reads it from the product page',
		displayOptions: { show: showOnlyForSubmit },
		routing: { send: { type: 'body', property: 'productDescription' } },
	},
	...optionalFile({
		field: 'logoFileId',
		kind: 'image',
		label: 'Logo',
		description: 'The fileId of an uploaded logo image (File → Upload); leave empty for none',
	}),
	...optionalFile({
		field: 'endcardFileId',
		kind: 'image',
		label: 'End Card',
		description: 'The fileId of an uploaded end card image shown at the end (File → Upload); leave empty for none',
	}),
	...optionalFile({
		field: 'musicFileId',
		kind: 'audio',
		label: 'Music',
		description: 'The fileId of uploaded background music (File → Upload); leave empty for music Topview picks',
	}),
	additionalFieldsCollection(showOnlyForSubmit, [
		additionalBodyFieldsOption,
		{
			displayName: 'Aspect Ratio',
			name: 'aspectRatio',
			type: 'options',
			options: aspectRatios,
			default: '9:16',
			description: 'The shape of the video',
			routing: { send: { type: 'body', property: 'aspectRatio' } },
		},
		{
			displayName: 'Avatar',
			name: 'aiavatarId',
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			description: 'The avatar that presents the product; Topview picks one when empty',
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					typeOptions: { searchListMethod: 'searchAvatars', searchable: true },
				},
				{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. 3327' },
			],
			routing: { send: { type: 'body', property: 'aiavatarId' } },
		},
		callbackUrlOption,
		{
			displayName: 'Caption Style Name or ID',
			name: 'captionId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCaptions' },
			default: '',
			description:
				'Caption style burned into the video; Topview picks one at random when empty. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: { send: { type: 'body', property: 'captionId' } },
		},
		{
			displayName: 'Custom Script',
			name: 'isDiyScript',
			type: 'boolean',
			default: false,
			description: 'Whether to use your own script (Custom Script Text) or script style instead of one Topview writes',
			routing: { send: { type: 'body', property: 'isDiyScript' } },
		},
		{
			displayName: 'Custom Script Prompt',
			name: 'diyScriptPrompt',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: 'e.g. Energetic, speaks to busy parents, ends with a discount code',
			description: 'Your description of the script style; required when Custom Script Style Type is "Prompt"',
			routing: { send: { type: 'body', property: 'diyScriptPrompt' } },
		},
		{
			displayName: 'Custom Script Style',
			name: 'diyScriptStyle',
			type: 'string',
			default: '',
			placeholder: 'e.g. storytelling',
			description:
				"One of Topview's preset script styles (e.g. pain point, curiosity hook, storytelling); required when Custom Script Style Type is \"Preset Style\"",
			routing: { send: { type: 'body', property: 'diyScriptStyle' } },
		},
		{
			displayName: 'Custom Script Style Type',
			name: 'diyStyle',
			type: 'options',
			options: [
				{ name: 'Preset Style', value: 'diyScriptStyle', description: 'Use Custom Script Style' },
				{ name: 'Prompt', value: 'diyScriptPrompt', description: 'Use Custom Script Prompt' },
			],
			default: 'diyScriptStyle',
			description: 'How the custom script style is given; only with Custom Script on',
			routing: { send: { type: 'body', property: 'diyStyle' } },
		},
		{
			displayName: 'Custom Script Text',
			name: 'diyScriptDescription',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			placeholder: 'e.g. Tired of wet feet on the trail? Meet Trail Runner 2 ...',
			description: 'The script to use; only with Custom Script on',
			routing: { send: { type: 'body', property: 'diyScriptDescription' } },
		},
		{
			displayName: 'End Card Aspect Ratio',
			name: 'endcardAspectRatio',
			type: 'options',
			options: [{ name: 'All', value: 'all' }, ...aspectRatios],
			default: 'all',
			description: 'Which aspect ratios the end card is for',
			routing: { send: { type: 'body', property: 'endcardAspectRatio' } },
		},
		{
			displayName: 'End Card Background Color',
			name: 'endcardBackgroundColor',
			type: 'options',
			options: [
				{ name: 'Black', value: 'black' },
				{ name: 'White', value: 'white' },
			],
			default: 'black',
			routing: { send: { type: 'body', property: 'endcardBackgroundColor' } },
		},
		{
			displayName: 'Language',
			name: 'language',
			type: 'options',
			options: voiceLanguages,
			default: 'en',
			description: 'The language of the script and voice-over',
			routing: { send: { type: 'body', property: 'language' } },
		},
		{
			displayName: 'Preview First',
			name: 'preview',
			type: 'boolean',
			default: false,
			description:
				'Whether to render preview videos (previewVideos) first and export one later with Export; off renders the exported video (exportVideos) at once',
			routing: { send: { type: 'body', property: 'preview' } },
		},
		{
			displayName: 'Target Audience',
			name: 'targetAudience',
			type: 'string',
			default: '',
			placeholder: 'e.g. Trail runners aged 25–40',
			description: 'Who the video is for; guides the script Topview writes',
			routing: { send: { type: 'body', property: 'targetAudience' } },
		},
		{
			displayName: 'Video Length',
			name: 'videoLengthType',
			type: 'options',
			options: [
				{ name: '15–30 Seconds', value: 2 },
				{ name: '30–45 Seconds', value: 3 },
				{ name: '30–50 Seconds', value: 1 },
				{ name: '45–60 Seconds', value: 4 },
			],
			default: 1,
			description: 'The length of the video (videoLengthType 1–4)',
			routing: { send: { type: 'body', property: 'videoLengthType' } },
		},
		voiceLocator({
			name: 'voiceId',
			description:
				'The voice of the voice-over, your cloned voices first; Topview picks one when empty',
		}),
	]),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, marketingVideo),
];
