// The credential's test request and rules, applied the way n8n's credential tester applies them
// (a responseSuccessBody rule fails the test when body[key] === value); the e2e suite runs the real one.
const { TopviewApi } = require('../../dist/credentials/TopviewApi.credentials.js');
const { Workflow } = require('n8n-workflow');
const { defaultCredentials } = require('../helpers/engine');

const credential = new TopviewApi();

function failedRule(body) {
	return credential.test.rules.find((rule) => rule.type === 'responseSuccessBody' && body[rule.properties.key] === rule.properties.value);
}

test('is the topviewApi type with a secret API key and a Base URL defaulting to the real API', () => {
	expect(credential.name).toBe('topviewApi');
	expect(credential.displayName).toBe('Topview API');
	const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
	expect(Object.keys(byName)).toEqual(['uid', 'apiKey', 'baseUrl']);
	expect(byName.apiKey.typeOptions.password).toBe(true);
	expect(byName.baseUrl.default).toBe('https://api.topview.ai');
	expect(credential.authenticate.properties.headers).toEqual({
		'Topview-Uid': '={{$credentials.uid}}',
		Authorization: '=Bearer {{$credentials.apiKey}}',
	});
});

test('tests against GET /user/credit/detail on the configured Base URL', () => {
	const resolve = (baseUrl) => {
		const workflow = new Workflow({ nodes: [], connections: {}, active: false, nodeTypes: { getByNameAndVersion: () => undefined } });
		return workflow.expression.getSimpleParameterValue(
			{ name: 'n', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} },
			credential.test.request.baseURL,
			'internal',
			{ $credentials: { ...defaultCredentials, baseUrl } },
		);
	};
	expect(credential.test.request).toMatchObject({ method: 'GET', url: '/user/credit/detail' });
	expect(resolve('http://127.0.0.1:4010/')).toBe('http://127.0.0.1:4010');
	expect(resolve('')).toBe('https://api.topview.ai');
});

test.each([
	[{ code: '401', message: 'Unauthorized', result: null }],
	[{ code: 401, message: 'Unauthorized', result: null }],
	[{ code: '4002', message: 'signature mismatch', result: null }],
])('a wrong UID or key (%j) fails the test and says to check UID and API key', (body) => {
	expect(failedRule(body).properties.message).toMatch(/Check both in the Topview web app: avatar menu \(top right\) → API Settings → API tab/);
});

test('a valid answer passes every rule', () => {
	expect(failedRule({ code: '200', message: 'Success', result: { uid: 'u', remainCredit: 12 } })).toBeUndefined();
});
