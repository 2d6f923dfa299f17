import {
	NodeConnectionTypes,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { checkCallbackUrl } from './callback/activation';
import { callbackProperties } from './callback/description';
import { handleCallback } from './callback/handle';

export class TopviewCallbackTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Topview Callback Trigger',
		name: 'topviewCallbackTrigger',
		icon: { light: 'file:topview.svg', dark: 'file:topview.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"on " + $parameter["emitOn"]}}',
		description: 'Starts the workflow the moment Topview calls back that a task finished, checked with Topview first',
		defaults: { name: 'Topview Callback Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'topviewApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'callback' }],
		properties: callbackProperties,
	};

	webhookMethods = {
		default: {
			// Topview keeps no registration of callback URLs: there is nothing to find or remove.
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await checkCallbackUrl.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleCallback.call(this);
	}
}
