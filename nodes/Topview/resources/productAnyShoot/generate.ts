import type { INodeProperties } from 'n8n-workflow';
import type { TaskFamily } from '../../shared/families';
import {
	additionalFieldsCollection,
	callbackUrlField,
	submitOptionsField,
	waitForCompletionField,
} from '../../shared/descriptions';
import { additionalBodyFieldsOption } from '../../shared/extraBody';
import { propertiesOf, shapeOf } from '../../shared/fields';

/** The one field a v2 AnyShoot body has besides Additional Body Fields, with its zod entry. */
export const generateShape = shapeOf(callbackUrlField);

/**
 * The fields of a v2 AnyShoot submit (Product Model, Product Background). Topview publishes no field list
 * for them, so the request body is what Additional Body Fields holds, plus the callback URL.
 */
export function generateDescription(operation: string, family: TaskFamily): INodeProperties[] {
	const show = { resource: ['productAnyShoot'], operation: [operation] };
	return [
		{
			displayName: `The API fields of ${family.label} are not publicly documented: add them under Additional Fields → Additional Body Fields as a JSON object`,
			name: `${operation}Notice`,
			type: 'notice',
			default: '',
			displayOptions: { show },
		},
		additionalFieldsCollection(show, [
			{
				...additionalBodyFieldsOption,
				placeholder: 'e.g. {"field": "value"}',
				description: `The ${family.label} request body as a JSON object. Its fields are not publicly documented; file IDs come from File → Upload.`,
			},
			...propertiesOf(callbackUrlField),
		]),
		waitForCompletionField(show),
		submitOptionsField(show, family),
	];
}
