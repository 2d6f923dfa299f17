import type { ICredentialDataDecryptedObject, IWebhookFunctions } from 'n8n-workflow';

/**
 * The callback's context, loading the Topview credential once. n8n decrypts a credential (and resolves
 * its expressions) on every getCredentials, and one callback needs it for the UID check, the request URL
 * and the authentication of each confirmation query; with n8n's expression isolate held through the
 * webhook call, each load delays every other callback.
 */
export function withCredentialsLoadedOnce(context: IWebhookFunctions): IWebhookFunctions {
	let loaded: Promise<ICredentialDataDecryptedObject> | undefined;
	const once = Object.create(context) as IWebhookFunctions;
	const getCredentials = async (type: string, itemIndex?: number): Promise<ICredentialDataDecryptedObject> => {
		if (type !== 'topviewApi') return await context.getCredentials(type, itemIndex);
		loaded = loaded ?? context.getCredentials(type, itemIndex);
		return { ...(await loaded) };
	};
	once.getCredentials = getCredentials as IWebhookFunctions['getCredentials'];
	return once;
}
