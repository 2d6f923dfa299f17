import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { voiceLocator } from './descriptions';
import { field } from './fields';
import { fileInput } from './inlineFiles';

type Show = NonNullable<IDisplayOptions['show']>;

/** Script Mode's check: missing (e.g. a blank expression) and unknown values each say what to choose. */
const scriptMode = z.enum(['text', 'audio'], {
	errorMap: (issue, ctx) => ({
		message:
			ctx.data === undefined
				? 'Script Mode is required: choose Text to Speech or Uploaded Audio'
				: `Script Mode must be "text" (Text to Speech) or "audio" (Uploaded Audio), not "${String(ctx.data)}"`,
	}),
});

/**
 * What an avatar says in families that take Topview's `scriptMode` (photo avatar, product avatar video):
 * Script Mode, then Script (`ttsText`) and Voice (`voiceId`) for text, or the audio file for audio. Which
 * of them a mode needs is the operation's rule (its messages name the operation's choices).
 */
export function scriptFields(spec: {
	show: Show;
	scriptPlaceholder: string;
	scriptHint?: string;
	audioNote?: string;
}) {
	const forMode = (mode: string) => ({ ...spec.show, scriptMode: [mode] });
	return [
		field({
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
		}, scriptMode),
		field({
			displayName: 'Script',
			name: 'ttsText',
			type: 'string',
			required: true,
			typeOptions: { rows: 4 },
			default: '',
			placeholder: spec.scriptPlaceholder,
			description: `The text the avatar speaks${spec.scriptHint ?? ''}`,
			displayOptions: { show: forMode('text') },
		}, z.string().optional()),
		field(
			voiceLocator({
				name: 'voiceId',
				description: 'The voice that speaks the script, your cloned voices first',
				required: true,
				displayOptions: { show: forMode('text') },
			}) as INodeProperties & { name: 'voiceId' },
			z.coerce.string().optional(),
		),
		fileInput({
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
