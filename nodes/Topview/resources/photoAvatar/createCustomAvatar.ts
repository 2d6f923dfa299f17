import type { INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { propertiesOf, shapeOf } from '../../shared/fields';
import { fileInput, fileRef } from '../../shared/inlineFiles';

const showOnlyForCreate = { resource: ['photoAvatar'], operation: ['createCustomAvatar'] };

const templateImageField = fileInput(
	{
		field: 'templateImageFileId',
		kind: 'image',
		label: 'Template Image',
		show: showOnlyForCreate,
		required: true,
		placeholder: 'e.g. 2a22d8f1364d4903a4f7ec98d2046899',
		description: 'The fileId of the uploaded photo of the person (from File → Upload)',
	},
	fileRef({
		required_error:
			'Template Image File ID is empty: upload the photo with File → Upload and use its fileId, or choose "Binary File"',
	}),
);

export const photoAvatarCreateCustomAvatarDescription: INodeProperties[] = propertiesOf(templateImageField);

/** The create body: a non-blank template image fileId, trimmed. */
export const photoAvatarCreateCustomAvatarSchema = z.object(shapeOf(templateImageField));

/** Topview answers the new avatar's ID as a bare string; output it under the name Submit and Delete take. */
export async function createdAvatar(items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const keys = Object.keys(item.json);
		const id = keys.length === 1 && keys[0] === 'result' ? item.json.result : undefined;
		return typeof id === 'string' || typeof id === 'number' ? { json: { aiAvatarId: String(id) } } : item;
	});
}
