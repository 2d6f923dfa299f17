import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';
import { voiceLocator } from './descriptions';
import { fileField } from './inlineFiles';

type Show = NonNullable<IDisplayOptions['show']>;

/**
 * What an avatar says in families that take Topview's `scriptMode` (photo avatar, product avatar video):
 * Script Mode, then Script (`ttsText`) and Voice (`voiceId`) for text, or the audio file for audio.
 */
export function scriptFields(spec: {
	show: Show;
	scriptPlaceholder: string;
	scriptHint?: string;
	audioNote?: string;
}): INodeProperties[] {
	const forMode = (mode: string) => ({ ...spec.show, scriptMode: [mode] });
	return [
		{
			displayName: 'Script Mode',
			name: 'scriptMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Text to Speech', value: 'text', description: 'A script spoken by a Topview voice' },
				{ name: 'Uploaded Audio', value: 'audio', description: 'An audio file you uploaded (File → Upload)' },
			],
			default: 'text',
			description: 'What the avatar says',
			displayOptions: { show: spec.show },
			routing: { send: { type: 'body', property: 'scriptMode' } },
		},
		{
			displayName: 'Script',
			name: 'ttsText',
			type: 'string',
			required: true,
			typeOptions: { rows: 4 },
			default: '',
			placeholder: spec.scriptPlaceholder,
			description: `The text the avatar speaks${spec.scriptHint ?? ''}`,
			displayOptions: { show: forMode('text') },
			routing: { send: { type: 'body', property: 'ttsText' } },
		},
		voiceLocator({
			name: 'voiceId',
			description: 'The voice that speaks the script, your cloned voices first',
			required: true,
			displayOptions: { show: forMode('text') },
		}),
		...fileField({
			field: 'audioFileId',
			kind: 'audio',
			label: 'Audio',
			show: forMode('audio'),
			required: true,
			placeholder: 'e.g. 5e6f7a8b9c0d',
			description: `The fileId of the uploaded audio (from File → Upload)${spec.audioNote ?? ''}`,
		}),
	];
}
