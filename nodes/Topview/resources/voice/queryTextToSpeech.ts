import type { INodeProperties } from 'n8n-workflow';
import { textToSpeech } from '../../shared/families';
import { queryOptionsField, taskIdField } from '../../shared/descriptions';

const showOnlyForQueryTextToSpeech = { resource: ['voice'], operation: ['queryTextToSpeech'] };

export const voiceQueryTextToSpeechDescription: INodeProperties[] = [
	taskIdField(showOnlyForQueryTextToSpeech),
	queryOptionsField(showOnlyForQueryTextToSpeech, textToSpeech),
];
