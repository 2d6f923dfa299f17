import type { INodeProperties } from 'n8n-workflow';
import { videoToAvatar } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlOption,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { fileField } from '../../shared/inlineFiles';

const showOnlyForSubmit = { resource: ['videoToAvatar'], operation: ['submit'] };

/** Shown on Submit and Query: where the result goes next. */
export const customAvatarNotice = (operation: string): INodeProperties => ({
	displayName:
		'The finished task\'s aiAvatar.aiavatarId is a custom avatar: use it in Video Avatar → Submit with Avatar Source "Custom Avatar"',
	name: 'customAvatarNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { resource: ['videoToAvatar'], operation: [operation] } },
});

export const videoToAvatarSubmitDescription: INodeProperties[] = [
	customAvatarNotice('submit'),
	...fileField({
		field: 'videoFileId',
		kind: 'video',
		label: 'Video',
		show: showOnlyForSubmit,
		required: true,
		placeholder: 'e.g. 9f8e7d6c5b4a',
		description: 'The fileId of the uploaded video of the person to turn into an avatar (from File → Upload)',
	}),
	additionalFieldsCollection(showOnlyForSubmit, [callbackUrlOption]),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, videoToAvatar),
];
