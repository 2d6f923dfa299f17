'use strict';
// Every documented endpoint (test/contract/fixtures), called on the simulator with the page's own example
// request, answers with the documented shape: every field of the page's example answer, at the same nesting,
// with the same JSON type. A missing field fails here, listed by fixture, so clients tested against the
// simulator see every field Topview documents.
const { startSimulator } = require('./index');
const { apiClient } = require('./test-client');
const { callEveryFixture, NOT_SERVED } = require('./contract-calls');
const { allFixtures, fixture } = require('../contract/contract');
const { shapeProblems } = require('./lib/contract');

let sim;
let calls;

beforeAll(async () => {
	sim = await startSimulator({ port: 0, contractRequired: true, renderMs: 60000, costPerTask: 1 });
	calls = await callEveryFixture(sim);
});
afterAll(() => sim && sim.close());

test('every fixture is called, except the callback Topview sends', () => {
	const expected = Object.keys(allFixtures()).filter((name) => !NOT_SERVED.has(name));
	expect(calls.map((c) => c.name).sort()).toEqual(expected.sort());
});

test('every answer has the documented shape (missing fields and types, by fixture)', () => {
	const problems = Object.fromEntries(calls.filter((c) => c.problems.length).map((c) => [`${c.name} (${c.endpoint})`, c.problems]));
	expect(problems).toEqual({});
});

test('the request log records no contract gap for these answers', () => {
	const gaps = sim.control.listRequests().filter((r) => r.contractGaps);
	expect(gaps.map((r) => `${r.method} ${r.path}: ${r.contractGaps.join(', ')}`)).toEqual([]);
});

test('a missing documented field is reported, with its path, and recorded in the request log', async () => {
	const documented = fixture('boardGet').response.example.result;
	expect(shapeProblems(documented, { ...documented, members: [{ role: 'owner' }] })).toEqual(['result.members[0].nickname missing']);
	expect(shapeProblems(documented, { ...documented, taskCount: '5' })).toEqual(['result.taskCount is string, documented number']);
	expect(shapeProblems(documented, { ...documented, members: [] })).toEqual(['result.members is empty, documented with entries']);
	expect(shapeProblems(documented, { ...documented, members: null })).toEqual(['result.members is null, documented array']);
	expect(shapeProblems(documented, { ...documented, ownerName: null })).toEqual([]);

	// An answer the route shapes wrongly lands in the request log as contract gaps, without failing the call.
	const route = sim.sim.router.lookup('GET', '/user/space').route;
	const original = route.handler;
	route.handler = (ctx) => {
		const { uid, ...rest } = original(ctx);
		return rest;
	};
	try {
		const answer = await apiClient(sim).get('/user/space');
		expect(answer.code).toBe('200');
	} finally {
		route.handler = original;
	}
	const [entry] = sim.control.listRequests({ path: '/user/space' }).slice(-1);
	expect(entry.contractGaps).toEqual(['result.uid missing']);
});

test('the callback Topview posts has the documented shape', async () => {
	const callbacks = sim.control.listCallbacks({ bizType: 'ZERO_SHOT_AVATAR' });
	expect(callbacks.length).toBeGreaterThan(0);
	const documented = fixture('callbackNotice').request.example;
	expect(shapeProblems(documented, callbacks[0].payload, 'body')).toEqual([]);
});
