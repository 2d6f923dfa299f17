// The credential's "Test" button, run as n8n's credential tester runs it (test/helpers/engine.js →
// testCredential): the test request through RoutingNode against nock, then the credential's rules.
const { TopviewApi } = require('../../dist/credentials/TopviewApi.credentials.js');
const { testCredential, defaultCredentials } = require('../helpers/engine');
const { nock, recordRequests, ok } = require('../helpers/http');

const credential = new TopviewApi();
const checkUidAndKey =
	'Topview rejected the UID or API key. Check both in the Topview web app: avatar menu (top right) → API Settings → API tab.';
const credit = ok({ uid: defaultCredentials.uid, remainCredit: 12 });

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

test.each([
	['the real API by default', undefined, 'https://api.topview.ai'],
	['the real API when Base URL is empty', '', 'https://api.topview.ai'],
	['the configured Base URL, without its trailing slash', 'http://127.0.0.1:4010/', 'http://127.0.0.1:4010'],
])('sends GET /user/credit/detail with the UID and key to %s; a valid answer passes', async (_name, baseUrl, origin) => {
	const scope = nock(origin).get('/user/credit/detail').reply(200, credit);
	const seen = recordRequests(scope);

	const result = await testCredential(baseUrl === undefined ? {} : { baseUrl });

	expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
	expect(seen.map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /user/credit/detail']);
	expect(seen[0].headers).toMatchObject({
		'topview-uid': defaultCredentials.uid,
		authorization: `Bearer ${defaultCredentials.apiKey}`,
	});
	expect(scope.isDone()).toBe(true);
});

test.each([
	[{ code: '401', message: 'Unauthorized', result: null }],
	[{ code: 401, message: 'Unauthorized', result: null }],
	[{ code: '4002', message: 'signature mismatch', result: null }],
	[{ code: '4006', message: 'apiKey is invalid', result: null }],
])('Topview refusing the UID or key (%j, with HTTP 200) fails the test and says where to check both', async (body) => {
	const scope = nock('https://api.topview.ai').get('/user/credit/detail').reply(200, body);

	expect(await testCredential()).toEqual({ status: 'Error', message: checkUidAndKey });
	expect(scope.isDone()).toBe(true);
});

test('an HTTP error fails the test with its status text', async () => {
	nock('https://api.topview.ai').get('/user/credit/detail').reply(502, 'Bad Gateway');

	expect(await testCredential()).toEqual({ status: 'Error', message: 'Bad Gateway' });
});
