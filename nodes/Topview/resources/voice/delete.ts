import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field, propertiesOf, shapeOf } from '../../shared/fields';
import { requiredText } from '../../shared/validate';

/** Topview answers without a useful result; output what was deleted instead. */
export async function deletedVoice(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const voiceId = String(this.getNodeParameter('voiceId', '', { extractValue: true })).trim();
	return [{ json: { deleted: true, voiceId } }];
}

const showOnlyForDelete = { resource: ['voice'], operation: ['delete'] };

const clonedVoiceField = field({
	displayName: 'Cloned Voice',
	name: 'voiceId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The cloned voice to delete. Public voices cannot be deleted.',
	displayOptions: { show: showOnlyForDelete },
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchClonedVoices', searchable: true },
		},
		{
			displayName: 'ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. cv90001',
		},
	],
	routing: { send: { type: 'query', property: 'voiceId' } },
}, requiredText('Cloned Voice is empty: pick a cloned voice from the list or enter its voiceId'));

export const voiceDeleteDescription: INodeProperties[] = propertiesOf(clonedVoiceField);

/** The delete query: a non-blank voice ID, trimmed. */
export const voiceDeleteSchema = z.object(shapeOf(clonedVoiceField));
