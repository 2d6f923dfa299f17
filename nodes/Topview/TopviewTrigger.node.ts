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
import { eventSubtitle } from './shared/subtitle';

export class TopviewTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Topview Trigger',
		name: 'topviewTrigger',
		icon: { light: 'file:topview.svg', dark: 'file:topview.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventSubtitle(triggerProperties),
		// n8n's node picker merges this trigger with the Topview node under one entry and shows this
		// description for both, so it names what the actions do as well.
		description:
			'Create AI avatar videos, voices and product media with Topview, or start a workflow when a Topview task finishes',
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
