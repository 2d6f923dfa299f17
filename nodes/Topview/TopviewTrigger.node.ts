import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { searchBoards } from './listSearch/searchBoards';
import { triggerProperties, planFor } from './trigger/description';
import { pollOnce } from './trigger/poll';

export class TopviewTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Topview Trigger',
		name: 'topviewTrigger',
		icon: { light: 'file:topview.svg', dark: 'file:topview.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when a Topview task finishes',
		defaults: { name: 'Topview Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'topviewApi', required: true }],
		properties: triggerProperties,
	};

	methods = { listSearch: { searchBoards } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollOnce.call(this, planFor(this));
	}
}
