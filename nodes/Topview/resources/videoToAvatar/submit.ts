import type { INodeProperties } from 'n8n-workflow';
import { videoToAvatar } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlField,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { propertiesOf, shapeOf } from '../../shared/fields';
import { fileInput, fileRef } from '../../shared/inlineFiles';

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

const mainFields = [
	fileInput(
		{
			field: 'videoFileId',
			kind: 'video',
			label: 'Video',
			show: showOnlyForSubmit,
			required: true,
			placeholder: 'e.g. 9f8e7d6c5b4a',
			description: 'The fileId of the uploaded video of the person to turn into an avatar (from File → Upload)',
		},
		fileRef({
			required_error:
				'Video File ID is required: upload the video with File → Upload and use its fileId, or choose Binary File',
		}),
	),
];

const additionalFields = [callbackUrlField];

/** Every field the submit body may carry, with its zod entry: the schema's object shape. */
export const videoToAvatarSubmitShape = shapeOf(...mainFields, ...additionalFields);

export const videoToAvatarSubmitDescription: INodeProperties[] = [
	customAvatarNotice('submit'),
	...propertiesOf(...mainFields),
	additionalFieldsCollection(showOnlyForSubmit, propertiesOf(...additionalFields)),
	waitForCompletionField(showOnlyForSubmit),
	submitOptionsField(showOnlyForSubmit, videoToAvatar),
];
