'use strict';
/*
 * The packed package is loaded by a real n8n, and its credential test runs against the simulator.
 */
const { connect, SIM_ACCOUNT, CREDENTIAL_NAME } = require('./support/e2e');

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

test('n8n loaded the community package: action node, tool variant, trigger and credential type', async () => {
	const res = await ctx.api.request('GET', '/types/nodes.json', undefined, { expectStatus: [200] });
	const names = (Array.isArray(res) ? res : []).map((t) => t.name);
	expect(names).toEqual(expect.arrayContaining(['n8n-nodes-topview.topview', 'n8n-nodes-topview.topviewTrigger']));
	if (ctx.info.version.startsWith('2.')) expect(names).toContain('n8n-nodes-topview.topviewTool');
	const creds = await ctx.api.request('GET', '/types/credentials.json');
	expect(creds.map((c) => c.name)).toContain('topviewApi');
});

test('the saved credential points at the simulator', async () => {
	const list = await ctx.api.listCredentials();
	expect(list.find((c) => c.id === ctx.credential.id)).toMatchObject({ name: CREDENTIAL_NAME, type: 'topviewApi' });
});

test('credential test passes with the simulator UID and key', async () => {
	const since = await ctx.sim.lastRequestId();
	const res = await ctx.api.testCredential({
		id: ctx.credential.id,
		name: ctx.credential.name,
		type: 'topviewApi',
		data: { uid: SIM_ACCOUNT.uid, apiKey: SIM_ACCOUNT.apiKey, baseUrl: ctx.info.simUrl },
	});
	expect(res).toMatchObject({ status: 'OK' });
	const requests = await ctx.sim.requests({ sinceId: since });
	expect(requests).toHaveLength(1);
	expect(requests[0]).toMatchObject({
		method: 'GET',
		path: '/user/credit/detail',
		uid: SIM_ACCOUNT.uid,
		authOk: true,
		response: { httpStatus: 200, code: '200' },
	});
	expect(requests[0].headers.authorization).toBe('Bearer [redacted]');
});

test('credential test fails with a wrong API key, and says what to check', async () => {
	const data = { uid: SIM_ACCOUNT.uid, apiKey: 'sk-wrong-key', baseUrl: ctx.info.simUrl };
	const wrong = await ctx.api.createCredential({ name: 'Topview (wrong key) [e2e]', type: 'topviewApi', data });
	const since = await ctx.sim.lastRequestId();
	const res = await ctx.api.testCredential({ id: wrong.id, name: wrong.name, type: 'topviewApi', data });
	expect(res.status).toBe('Error');
	expect(res.message).toMatch(/uid|key/i);
	const requests = await ctx.sim.requests({ sinceId: since });
	expect(requests).toHaveLength(1);
	expect(requests[0]).toMatchObject({ path: '/user/credit/detail', authOk: false, response: { code: '401' } });
});

test('a plain n8n workflow runs (manual trigger + Set) and its execution can be read', async () => {
	const wf = await ctx.api.createWorkflow({
		name: 'Plain workflow [e2e]',
		nodes: [
			{ id: 'c0a80000-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'c0a80000-0000-4000-8000-000000000002',
				name: 'Set',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [220, 0],
				parameters: { assignments: { assignments: [{ id: 'a', name: 'hello', value: 'world', type: 'string' }] }, options: {} },
			},
		],
		connections: { Start: { main: [[{ node: 'Set', type: 'main', index: 0 }]] } },
	});
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(exec.status).toBe('success');
	expect(require('./support/e2e').nodeOutput(exec, 'Set')[0].json).toEqual({ hello: 'world' });
});
