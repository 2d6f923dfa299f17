import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks } from '../../shared/validate';
import { photoAvatarSubmitShape } from './submit';

const modes: Record<string, string> = { avatar2: 'Avatar 2', avatar4: 'Avatar 4', avatar4Fast: 'Avatar 4 Fast' };
const maxCustomMotion = 600;

const body = z
	.object(photoAvatarSubmitShape)
	// Fields from Additional Body Fields pass through unchecked.
	.passthrough()
	.superRefine((value, ctx) => {
		const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
		if (value.avatarId === undefined && value.templateImageFileId === undefined) {
			issue(
				'avatarId',
				'Avatar is required: pick a photo avatar template or custom avatar, or set Avatar Source to "Template Image" and give the fileId of a photo',
			);
		}
		if (value.avatarId !== undefined && value.templateImageFileId !== undefined) {
			issue('templateImageFileId', 'Send either an avatar (avatarId) or a template image (templateImageFileId), not both: remove one from Additional Body Fields');
		}
		const mode = modes[value.mode];
		if (!mode) {
			issue('mode', `Mode must be "avatar2", "avatar4" or "avatar4Fast", not "${value.mode}"`);
		}
		if (value.scriptMode === 'text') {
			if (value.ttsText === undefined) {
				issue('ttsText', 'Script is empty: enter the text the avatar should speak, or set Script Mode to "Uploaded Audio"');
			}
			if (value.voiceId === undefined) {
				issue('voiceId', 'Voice is required with Text to Speech: pick a voice from the list or enter its voiceId');
			}
			const settings = value.voiceSettings ?? {};
			if (settings.volume !== undefined && !(Number.isInteger(settings.volume) && settings.volume >= 0 && settings.volume <= 200)) {
				issue('voiceSettings', `Voice Volume must be a whole number from 0 to 200, not ${settings.volume}`);
			}
			if (settings.stability !== undefined && !(Number.isInteger(settings.stability) && settings.stability >= 0 && settings.stability <= 100)) {
				issue('voiceSettings', `Voice Stability must be a whole number from 0 to 100, not ${settings.stability}`);
			}
			if (Object.keys(settings).length && value.voiceModel === undefined) {
				issue('voiceModel', 'Voice Volume and Voice Stability apply only with a Voice Model: choose a Voice Model or remove them');
			}
		} else if (value.audioFileId === undefined) {
			issue('audioFileId', 'Audio File ID is required when Script Mode is "Uploaded Audio": upload the audio with File → Upload and use its fileId');
		}
		if (value.customMotion !== undefined && value.customMotion.length > maxCustomMotion) {
			issue('customMotion', `Custom Motion is ${value.customMotion.length} characters long; Topview takes at most ${maxCustomMotion}`);
		}
		if (value.offPeak === true && value.mode === 'avatar2') {
			issue('offPeak', 'Off-Peak works only with Avatar 4 and Avatar 4 Fast: change the Mode or turn Off-Peak off');
		}
	})
	.transform((value): IDataObject => {
		const { ttsText, voiceId, voiceModel, voiceSettings, audioFileId, ...rest } = value;
		const script =
			value.scriptMode === 'text'
				? {
						ttsText,
						voiceId,
						voiceModel,
						voiceSettings: voiceSettings && Object.keys(voiceSettings).length ? voiceSettings : undefined,
					}
				: { audioFileId };
		const keep: IDataObject = { ...rest, ...script };
		// The submit page types it as a string "true"/"false": https://docs.topview.ai/reference/avatar4_submit_task
		if (value.saveCustomAiAvatar !== undefined) keep.saveCustomAiAvatar = String(value.saveCustomAiAvatar);
		return Object.fromEntries(Object.entries(keep).filter(([, v]) => v !== undefined)) as IDataObject;
	});

/** The Photo Avatar submit body: blanks dropped, avatar and script choices checked, the other script's fields removed. */
export const photoAvatarSubmitSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
);
