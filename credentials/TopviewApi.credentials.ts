import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';
import { baseUrlExpression, defaultBaseUrl } from '../nodes/Topview/shared/baseUrl';

const checkUidAndKey =
	'Topview rejected the UID or API key. Check both in the Topview web app: avatar menu (top right) → API Settings → API tab.';

export class TopviewApi implements ICredentialType {
	name = 'topviewApi';

	displayName = 'Topview API';

	icon: Icon = {
		light: 'file:../nodes/Topview/topview.svg',
		dark: 'file:../nodes/Topview/topview.dark.svg',
	};

	documentationUrl = 'https://github.com/topview-n8n/n8n-nodes-topview#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'UID',
			name: 'uid',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 8f3k2j5h7g9d1s4a6q0w',
			description:
				'Your Topview user ID, shown in the Topview web app under avatar menu → API Settings → API',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'An API key from API Settings → API → Add Key',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: defaultBaseUrl,
			description:
				'Change only to use a proxy or the local Topview simulator, e.g. http://127.0.0.1:4010. No trailing /v1.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'Topview-Uid': '={{$credentials.uid}}',
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: baseUrlExpression,
			url: '/user/credit/detail',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'code', value: '401', message: checkUidAndKey },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'code', value: 401, message: checkUidAndKey },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'code', value: '4002', message: checkUidAndKey },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'code', value: '4006', message: checkUidAndKey },
			},
		],
	};
}
