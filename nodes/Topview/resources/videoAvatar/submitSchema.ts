import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { withoutBlanks } from '../../shared/validate';
import { audioSourceMessage, avatarSourceMessage, videoAvatarSubmitShape } from './submit';

const avatarSources = ['Uploaded Video', 'Public Avatar', 'Custom Avatar', 'Photo'];

const body = z
	.object(videoAvatarSubmitShape)
	.superRefine((value, ctx) => {
		const need = (field: keyof typeof value, message: string) => {
			if (value[field] === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message });
		};
		const avatar = avatarSources[value.avatarSourceFrom] ?? '';
		if (!Number.isInteger(value.avatarSourceFrom) || !avatar) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['avatarSourceFrom'],
				message: `${avatarSourceMessage}, not ${value.avatarSourceFrom}`,
			});
		}
		if (value.audioSourceFrom !== 0 && value.audioSourceFrom !== 1) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['audioSourceFrom'],
				message: `${audioSourceMessage}, not ${value.audioSourceFrom}`,
			});
		}
		if (value.avatarSourceFrom === 0) {
			need('videoFileId', 'Video File ID is required when Avatar Source is "Uploaded Video": upload the video with File → Upload and use its fileId');
		}
		if (value.avatarSourceFrom === 1 || value.avatarSourceFrom === 2) {
			need('aiAvatarId', `Avatar is required when Avatar Source is "${avatar}": pick one from the list or enter its aiavatarId`);
		}
		if (value.avatarSourceFrom === 3) {
			need('imageFileId', 'Photo File ID is required when Avatar Source is "Photo": upload the photo with File → Upload and use its fileId');
			if (value.modeType === '0') {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['modeType'],
					message: 'Mode Type "Avatar 1" does not work with a photo: set Mode Type to "Avatar 2" or remove it',
				});
			}
		}
		if (value.modeType !== undefined && value.modeType !== '0' && value.modeType !== '1') {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['modeType'],
				message: `Mode Type must be "0" (Avatar 1) or "1" (Avatar 2), not "${value.modeType}"`,
			});
		}
		if (value.audioSourceFrom === 0) {
			need('audioFileId', 'Audio File ID is required when Audio Source is "Uploaded Audio": upload the audio with File → Upload and use its fileId');
		}
		if (value.audioSourceFrom === 1) {
			need('ttsText', 'Script is empty: enter the text the avatar should speak, or set Audio Source to "Uploaded Audio"');
			if (value.avatarSourceFrom !== 1) {
				need('voiceoverId', `Voice is required with Text to Speech when Avatar Source is "${avatar}": pick a voice (only a public avatar has a default voice)`);
			}
			if (value.voiceSpeed !== undefined && !(value.voiceSpeed >= 0.8 && value.voiceSpeed <= 1.2)) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['voiceSpeed'],
					message: `Voice Speed must be between 0.8 and 1.2, not ${value.voiceSpeed}`,
				});
			}
		}
	})
	.transform((value): IDataObject => {
		const photo = value.avatarSourceFrom === 3;
		const uploadedVideo = value.avatarSourceFrom === 0;
		const tts = value.audioSourceFrom === 1;
		const keep: IDataObject = {
			avatarSourceFrom: value.avatarSourceFrom,
			...(uploadedVideo ? { videoFileId: value.videoFileId } : {}),
			...(value.avatarSourceFrom === 1 || value.avatarSourceFrom === 2 ? { aiAvatarId: value.aiAvatarId } : {}),
			...(photo ? { imageFileId: value.imageFileId } : {}),
			audioSourceFrom: value.audioSourceFrom,
			...(tts
				? { ttsText: value.ttsText, voiceoverId: value.voiceoverId, voiceSpeed: value.voiceSpeed }
				: { audioFileId: value.audioFileId }),
			// A photo only renders in Avatar 2 mode, and is always saved as a custom avatar.
			modeType: photo ? '1' : value.modeType,
			isSave2CustomAiAvatar: photo ? undefined : value.isSave2CustomAiAvatar,
			// Captions are supported only with a public avatar (avatarSourceFrom 1):
			// https://docs.topview.ai/reference/video_avatar_submit_task
			captionId: value.avatarSourceFrom === 1 ? value.captionId : undefined,
			noticeUrl: value.noticeUrl,
			boardId: value.boardId,
		};
		return Object.fromEntries(Object.entries(keep).filter(([, v]) => v !== undefined)) as IDataObject;
	});

/** The Video Avatar submit body: blanks dropped, source combinations checked, unused fields removed. */
export const videoAvatarSubmitSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
);
