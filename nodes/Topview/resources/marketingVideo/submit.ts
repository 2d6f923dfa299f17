import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { marketingVideo } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlField,
	submitOptionsField,
	voiceLocator,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { field, fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { fileInput } from '../../shared/inlineFiles';
import { voiceLanguages } from '../../shared/languages';
import { idList } from '../../shared/validate';

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
const optionalFile = <Name extends string>(spec: { field: Name; kind: 'image' | 'audio'; label: string; description: string }) =>
	fileInput({ ...spec, show: showOnlyForSubmit, placeholder: 'e.g. 9f8e7d6c5b4a' });

/** `true`/`false` as booleans or strings (expressions and Additional Body Fields send either). */
const flag = (label: string) =>
	z.preprocess(
		(value) => (value === 'true' ? true : value === 'false' ? false : value),
		z.boolean({ invalid_type_error: `${label} must be true or false` }),
	);

/** The product and its files. */
const mainFields = [
	field({
		displayName: 'Product Link',
		name: 'productLink',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://www.amazon.com/dp/B0CXVSRY56',
		description:
			'The product page Topview reads images, videos, name and description from. Product Link or File IDs is required; with both, Topview uses the link and ignores the files.',
		displayOptions: { show: showOnlyForSubmit },
	}, z.string().optional()),
	field({
		displayName: 'File IDs',
		name: 'fileIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 9f8e7d6c5b4a, 1a2b3c4d5e6f',
		description:
			'Comma-separated fileIds of uploaded product images or videos (File → Upload), or an expression returning an array of them. Used when there is no Product Link.',
		displayOptions: { show: showOnlyForSubmit },
	}, idList({ invalidType: 'File IDs must be comma-separated fileIds or an array of them' })),
	field({
		displayName: 'Product Name',
		name: 'productName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Trail Runner 2 shoes',
		description: 'Required without a Product Link; otherwise Topview reads it from the product page',
		displayOptions: { show: showOnlyForSubmit },
	}, z.string().optional()),
	field({
		displayName: 'Product Description',
		name: 'productDescription',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder: 'e.g. Lightweight waterproof trail shoes with a grippy sole',
		description:
			'Required without a Product Link unless Custom Script is on; otherwise Topview reads it from the product page',
		displayOptions: { show: showOnlyForSubmit },
	}, z.string().optional()),
	optionalFile({
		field: 'logoFileId',
		kind: 'image',
		label: 'Logo',
		description: 'The fileId of an uploaded logo image (File → Upload); leave empty for none',
	}),
	optionalFile({
		field: 'endcardFileId',
		kind: 'image',
		label: 'End Card',
		description: 'The fileId of an uploaded end card image shown at the end (File → Upload); leave empty for none',
	}),
	optionalFile({
		field: 'musicFileId',
		kind: 'audio',
		label: 'Music',
		description: 'The fileId of uploaded background music (File → Upload); leave empty for music Topview picks',
	}),
];

/** The optional fields, in the Additional Fields collection after Additional Body Fields (merged in before the check). */
const additionalFields = [
	field({
		displayName: 'Aspect Ratio',
		name: 'aspectRatio',
		type: 'options',
		options: aspectRatios,
		default: '9:16',
		description: 'The shape of the video',
	}, z.string().optional()),
	field({
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
	}, z.coerce.string().optional()),
	callbackUrlField,
	field({
		displayName: 'Caption Style Name or ID',
		name: 'captionId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCaptions' },
		default: '',
		description:
			'Caption style burned into the video; Topview picks one at random when empty. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}, z.coerce.string().optional()),
	field({
		displayName: 'Custom Script',
		name: 'isDiyScript',
		type: 'boolean',
		default: false,
		description: 'Whether to use your own script (Custom Script Text) or script style instead of one Topview writes',
	}, flag('Custom Script').optional()),
	field({
		displayName: 'Custom Script Prompt',
		name: 'diyScriptPrompt',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder: 'e.g. Energetic, speaks to busy parents, ends with a discount code',
		description: 'Your description of the script style; required when Custom Script Style Type is "Prompt"',
	}, z.string().optional()),
	field({
		displayName: 'Custom Script Style',
		name: 'diyScriptStyle',
		type: 'string',
		default: '',
		placeholder: 'e.g. storytelling',
		description:
			"One of Topview's preset script styles (e.g. pain point, curiosity hook, storytelling); required when Custom Script Style Type is \"Preset Style\"",
	}, z.string().optional()),
	field({
		displayName: 'Custom Script Style Type',
		name: 'diyStyle',
		type: 'options',
		options: [
			{ name: 'Preset Style', value: 'diyScriptStyle', description: 'Use Custom Script Style' },
			{ name: 'Prompt', value: 'diyScriptPrompt', description: 'Use Custom Script Prompt' },
		],
		default: 'diyScriptStyle',
		description: 'How the custom script style is given; only with Custom Script on',
	}, z.string().optional()),
	field({
		displayName: 'Custom Script Text',
		name: 'diyScriptDescription',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'e.g. Tired of wet feet on the trail? Meet Trail Runner 2 ...',
		description: 'The script to use; only with Custom Script on',
	}, z.string().optional()),
	field({
		displayName: 'End Card Aspect Ratio',
		name: 'endcardAspectRatio',
		type: 'options',
		options: [{ name: 'All', value: 'all' }, ...aspectRatios],
		default: 'all',
		description: 'Which aspect ratios the end card is for',
	}, z.string().optional()),
	field({
		displayName: 'End Card Background Color',
		name: 'endcardBackgroundColor',
		type: 'options',
		options: [
			{ name: 'Black', value: 'black' },
			{ name: 'White', value: 'white' },
		],
		default: 'black',
	}, z.string().optional()),
	field({
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: voiceLanguages,
		default: 'en',
		description: 'The language of the script and voice-over',
	}, z.string().optional()),
	field({
		displayName: 'Preview First',
		name: 'preview',
		type: 'boolean',
		default: false,
		description:
			'Whether to render preview videos (previewVideos) first and export one later with Export; off renders the exported video (exportVideos) at once',
	}, flag('Preview First').optional()),
	field({
		displayName: 'Target Audience',
		name: 'targetAudience',
		type: 'string',
		default: '',
		placeholder: 'e.g. Trail runners aged 25–40',
		description: 'Who the video is for; guides the script Topview writes',
	}, z.string().optional()),
	field({
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
	}, z.coerce.number({ invalid_type_error: 'Video Length must be 1, 2, 3 or 4' }).optional()),
	fieldOf(
		[
			voiceLocator({
				name: 'voiceId',
				description:
					'The voice of the voice-over, your cloned voices first; Topview picks one when empty',
			}),
		],
		{ voiceId: z.coerce.string().optional() },
	),
];

/** Every field the submit body may carry, with its zod entry: the schema's object shape. */
export const marketingVideoSubmitShape = shapeOf(...mainFields, ...additionalFields);

export const marketingVideoSubmitDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(showOnlyForSubmit, [additionalBodyFieldsOption, ...propertiesOf(...additionalFields)]),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, marketingVideo),
];
