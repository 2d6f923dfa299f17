import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { textToSpeech } from '../../shared/families';
import {
	additionalFieldsCollection,
	boardIdField,
	callbackUrlField,
	submitOptionsField,
	voiceLocator,
	waitForCompletionField,
} from '../../shared/descriptions';
import { field, fieldOf, propertiesOf, shapeOf } from '../../shared/fields';
import { fileInput } from '../../shared/inlineFiles';

const showOnlyForTextToSpeech = { resource: ['voice'], operation: ['textToSpeech'] };

/** The Pronunciation Rules fixed collection ({ rules: [...] }) or a plain array → `[{ oldStr, newStr }]`. */
function ruleList(value: unknown): unknown {
	if (value === undefined || value === null) return undefined;
	const rules = Array.isArray(value) ? value : (value as IDataObject).rules;
	if (rules === undefined) return undefined;
	return Array.isArray(rules) && rules.length === 0 ? undefined : rules;
}

const pronRule = z.object({
	oldStr: z.string({ required_error: 'Each pronunciation rule needs the text as written' }).min(1, 'Each pronunciation rule needs the text as written'),
	newStr: z.string({ required_error: 'Each pronunciation rule needs how to say it' }).min(1, 'Each pronunciation rule needs how to say it'),
});

const mainFields = [
	field({
		displayName: 'Text',
		name: 'voiceText',
		type: 'string',
		required: true,
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'e.g. Meet the new summer collection, available from today.',
		description: 'The text to speak',
		displayOptions: { show: showOnlyForTextToSpeech },
	}, z.string({ required_error: 'Text is empty: enter the text to speak' })),
	fieldOf(
		[
			voiceLocator({
				name: 'voiceId',
				description:
					'The voice that speaks the text, your cloned voices first',
				required: true,
				displayOptions: { show: showOnlyForTextToSpeech },
			}),
		],
		{
			voiceId: z.preprocess(
				(value) => (value === undefined || value === null ? undefined : String(value)),
				z.string({ required_error: 'Voice is required: pick a voice from the list or enter its voiceId' }),
			),
		},
	),
	fileInput({
		field: 'originVoiceFileId',
		kind: 'audio',
		label: 'Reference Recording',
		show: showOnlyForTextToSpeech,
		placeholder: 'e.g. 5e6f7a8b9c0d',
		description: 'Optional: the fileId of an uploaded recording of the original voice (sent as originVoiceFileId)',
	}),
];

const additionalFields = [
	boardIdField,
	callbackUrlField,
	field({
		displayName: 'Emotion',
		name: 'emotionName',
		type: 'string',
		default: '',
		placeholder: 'e.g. happy',
		description: 'The emotion to speak with, e.g. happy, sad or angry',
	}, z.string().optional()),
	field({
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Summer promo voice-over',
		description: 'A name for the generated audio',
	}, z.string().optional()),
	field({
		displayName: 'Pronunciation Rules',
		name: 'pronRules',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Rule',
		default: {},
		description: 'Words to say differently from how they are written',
		options: [
			{
				displayName: 'Rule',
				name: 'rules',
				values: [
					{
						displayName: 'Text',
						name: 'oldStr',
						type: 'string',
						default: '',
						placeholder: 'e.g. Topview',
						description: 'The text as written',
					},
					{
						displayName: 'Say As',
						name: 'newStr',
						type: 'string',
						default: '',
						placeholder: 'e.g. top view',
						description: 'How to pronounce it',
					},
				],
			},
		],
	}, z.preprocess(ruleList, z.array(pronRule, { invalid_type_error: 'Pronunciation Rules must be a list of rules' }).optional())),
	field({
		displayName: 'Voice Speed',
		name: 'voiceSpeed',
		type: 'number',
		typeOptions: { minValue: 0.1, numberPrecision: 2 },
		default: 1,
		description: 'Speaking speed; 1 is normal',
	}, z.coerce
		.number({ invalid_type_error: 'Voice Speed must be a number, e.g. 1' })
		.positive('Voice Speed must be a positive number, e.g. 1')
		.optional()),
];

/** Every field the text-to-speech body may carry, with its zod entry: the schema's object shape. */
export const textToSpeechShape = shapeOf(...mainFields, ...additionalFields);

export const voiceTextToSpeechDescription: INodeProperties[] = [
	...propertiesOf(...mainFields),
	additionalFieldsCollection(showOnlyForTextToSpeech, propertiesOf(...additionalFields)),
	waitForCompletionField(showOnlyForTextToSpeech),
	submitOptionsField(showOnlyForTextToSpeech, textToSpeech),
];
