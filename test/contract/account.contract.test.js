// Account endpoints and the credential test, held to Topview's documented examples.
const { serve, problemsOf, runNode, paired } = require('./harness');
const { TopviewApi } = require('../../dist/credentials/TopviewApi.credentials.js');

test('the credential test calls the documented GET /user/credit/detail with no parameters', () => {
	const { fixture, endpointOf } = require('./contract');
	const { request } = new TopviewApi().test;
	expect(`${request.method} ${request.url}`).toBe(fixture('creditDetail').endpoint);
	expect(endpointOf(fixture('creditDetail')).path).toBe(request.url);
	expect(request.qs ?? {}).toEqual({});
});

test('Get Credit: documented request; the example answer is one item without the API key', async () => {
	const api = serve('creditDetail');
	const out = await runNode({ resource: 'account', operation: 'getCredit' });

	expect(problemsOf(api)).toEqual([[]]);
	const { apiKey, ...usage } = api.example.result.apiKeyMap;
	expect(apiKey).toBeDefined();
	expect(out.items).toEqual([paired({ ...api.example.result, apiKeyMap: usage })]);
});

test('Get Credit Logs: every documented filter; each log entry of the example becomes one item, without the API key', async () => {
	const api = serve('creditLogs');
	const out = await runNode({
		resource: 'account',
		operation: 'getCreditLogs',
		returnAll: false,
		limit: 20,
		filters: { taskType: 'video_avatar', startTime: '2022-07-01T12:01:01Z', endTime: '2022-07-02T13:01:01Z' },
	});

	expect(problemsOf(api)).toEqual([[]]);
	expect(api.sent()[0].query).toEqual({
		taskType: 'video_avatar',
		startTime: '2022-07-01 12:01:01',
		endTime: '2022-07-02 13:01:01',
		pageNo: '1',
		pageSize: '20',
	});
	const { apiKey, ...entry } = api.example.result.data[0];
	expect(apiKey).toBeDefined();
	expect(out.items).toEqual([paired(entry)]);
});

test('Get Space: documented request; the example answer is one item', async () => {
	const api = serve('userSpace');
	const out = await runNode({ resource: 'account', operation: 'getSpace' });

	expect(problemsOf(api)).toEqual([[]]);
	expect(out.items).toEqual([paired(api.example.result)]);
});
