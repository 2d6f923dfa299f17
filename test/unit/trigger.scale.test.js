// Topview Trigger at scale: 1,000 pending tasks, bounded concurrency, bounded memory, poll budget.

// n8n ≥ 2.38 hosts give a poll a time budget (getPollBudgetMs); PollContext's default is 5 minutes.
// This wraps the real PollContext so a test can set a short one.
const mockBudget = { ms: undefined };
jest.mock('n8n-core', () => {
	const actual = jest.requireActual('n8n-core');
	class BudgetedPollContext extends actual.PollContext {
		constructor(...args) {
			super(...args);
			if (mockBudget.ms !== undefined) this.getPollBudgetMs = () => mockBudget.ms;
		}
	}
	return { ...actual, PollContext: BudgetedPollContext };
});
const { createTrigger } = require('../helpers/engine');
const { topview, ok, failOnUnmatchedRequests, networkError } = require('../helpers/http');
const { queryConcurrency } = require('../../dist/nodes/Topview/trigger/poll.js');
const { emittedLimit } = require('../../dist/nodes/Topview/trigger/tracker.js');

jest.setTimeout(60_000);

const Q = '/v1/video_avatar/task/query';
const EVENT = 'videoAvatarTaskFinished';

failOnUnmatchedRequests();

/**
 * Each listed task was queried, and once only, apart from the retry after each connection reset the fake
 * store injected: one more query for that task, made by the transport.
 */
function expectOneQueryPerTask(stats, taskIds) {
	expect([...stats.perTask.keys()].sort()).toEqual([...taskIds].sort());
	const expected = Object.fromEntries(taskIds.map((id) => [id, 1 + (stats.resets.get(id) ?? 0)]));
	expect(Object.fromEntries(stats.perTask)).toEqual(expected);
	expect(stats.requests).toBe(taskIds.length + [...stats.resets.values()].reduce((a, b) => a + b, 0));
}

const params = (taskIds) => ({ event: EVENT, watch: 'taskIds', taskIds, emitOn: 'both', options: {} });
const ids = (prefix, n) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
const state = (trigger) => trigger.staticData['node:Topview Trigger'].topview;

/**
 * A fake task store behind nock: answers every query after `delayMs`, counting requests per task and the
 * most requests in flight at once. The first query of each task in `resetOnce` (a Set, emptied as it
 * goes) fails with a connection reset instead, counted in `stats.resets`.
 */
function fakeTopview(statusOf, delayMs = 1, resetOnce = new Set()) {
	const stats = { requests: 0, perTask: new Map(), resets: new Map(), inFlight: 0, peak: 0 };
	topview()
		.persist()
		.get(Q)
		.query(true)
		.reply((uri, _body, cb) => {
			const taskId = new URL(uri, 'https://api.topview.ai').searchParams.get('taskId');
			stats.requests++;
			stats.perTask.set(taskId, (stats.perTask.get(taskId) ?? 0) + 1);
			stats.inFlight++;
			stats.peak = Math.max(stats.peak, stats.inFlight);
			setTimeout(() => {
				stats.inFlight--;
				if (resetOnce.delete(taskId)) {
					stats.resets.set(taskId, (stats.resets.get(taskId) ?? 0) + 1);
					cb(networkError('ECONNRESET'));
				} else {
					cb(null, [200, ok({ taskId, status: statusOf(taskId), outputVideoUrl: null })]);
				}
			}, delayMs);
		});
	const reset = () => {
		stats.requests = 0;
		stats.perTask.clear();
		stats.resets.clear();
		stats.peak = 0;
	};
	return { stats, reset };
}

test('1,000 pending tasks: exactly one query per task per poll, concurrency bounded, memory bounded', async () => {
	const first = ids('t', 1000);
	const done = new Set();
	// Three connections reset in poll 1: the transport queries those tasks again, and only those.
	const resetOnce = new Set(['t0007', 't0500', 't0999']);
	const { stats, reset } = fakeTopview((id) => (done.has(id) ? 'success' : 'running'), 1, resetOnce);
	const trigger = createTrigger(params(first.join(',')));

	// Poll 1: all running.
	expect(await trigger.poll()).toBeNull();
	expect([...stats.resets.keys()].sort()).toEqual(['t0007', 't0500', 't0999']);
	expectOneQueryPerTask(stats, first);
	expect(stats.peak).toBe(queryConcurrency);
	expect(state(trigger).pending).toEqual(first);

	// Poll 2: 400 finish; still exactly 1,000 queries.
	reset();
	first.slice(0, 400).forEach((id) => done.add(id));
	const out2 = await trigger.poll();
	expectOneQueryPerTask(stats, first);
	expect(stats.peak).toBeLessThanOrEqual(queryConcurrency);
	expect(out2[0].map((item) => item.json.taskId)).toEqual(first.slice(0, 400));
	expect(out2[0].every((item) => item.json.status === 'success' && item.json.event === EVENT)).toBe(true);

	// Poll 3: only the 600 still pending are queried; all finish.
	reset();
	first.forEach((id) => done.add(id));
	const out3 = await trigger.poll();
	expectOneQueryPerTask(stats, first.slice(400));
	expect(out3[0].map((item) => item.json.taskId)).toEqual(first.slice(400));
	expect(state(trigger).emitted).toHaveLength(1000);

	// Poll 4: the list is replaced by 500 new tasks, all finished → 1,500 emitted in total, memory stays at the limit.
	reset();
	const second = ids('u', 500);
	second.forEach((id) => done.add(id));
	trigger.setParameters(params(second.join('\n')));
	const out4 = await trigger.poll();
	expectOneQueryPerTask(stats, second);
	expect(out4[0].map((item) => item.json.taskId)).toEqual(second);
	expect(state(trigger).emitted).toHaveLength(emittedLimit);
	expect(state(trigger).emitted.slice(-500)).toEqual(second);
	expect(state(trigger).pending).toEqual([]);

	// Poll 5: nothing pending → no request at all.
	reset();
	expect(await trigger.poll()).toBeNull();
	expect(stats.requests).toBe(0);
	expect(JSON.stringify(trigger.staticData).length).toBeLessThan(20 * emittedLimit);
});

test('more listed tasks than the emitted memory holds: nothing is emitted twice and idle polls stay at 0 requests', async () => {
	const listed = ids('t', 1500);
	const { stats, reset } = fakeTopview(() => 'success', 0);
	const trigger = createTrigger(params(listed.join(',')));

	const out = await trigger.poll();
	expectOneQueryPerTask(stats, listed);
	expect(out[0].map((item) => item.json.taskId)).toEqual(listed);

	for (let poll = 0; poll < 2; poll++) {
		reset();
		expect(await trigger.poll()).toBeNull();
		expect(stats.requests).toBe(0);
	}
	trigger.restart();
	reset();
	expect(await trigger.poll()).toBeNull();
	expect(stats.requests).toBe(0);

	// Once the list shrinks, the memory shrinks back to the limit.
	trigger.setParameters(params(listed.slice(0, 10).join(',')));
	expect(await trigger.poll()).toBeNull();
	expect(state(trigger).emitted.length).toBeLessThanOrEqual(emittedLimit);
	expect(state(trigger).emitted.slice(0, 10)).toEqual(listed.slice(0, 10));
});

describe('with a host poll budget (n8n ≥ 2.38 getPollBudgetMs)', () => {
	test('stops starting queries when the budget runs out; the rest go first next poll; each task emitted once', async () => {
		mockBudget.ms = 250;
		try {
			const listed = ids('t', 100);
			const done = new Set();
			const { stats, reset } = fakeTopview((id) => (done.has(id) ? 'success' : 'running'), 50);

			const trigger = createTrigger(params(listed.join(',')));
			const started = Date.now();
			expect(await trigger.poll()).toBeNull();
			const firstPoll = Date.now() - started;
			const queried1 = new Set(stats.perTask.keys());
			expect(queried1.size).toBeGreaterThanOrEqual(queryConcurrency);
			expect(queried1.size).toBeLessThan(100);
			expect(firstPoll).toBeLessThan(250 + 200);
			// The tasks this poll had no time for are first in line now.
			const pending = state(trigger).pending;
			expect(new Set(pending.slice(0, 100 - queried1.size))).toEqual(new Set(listed.filter((id) => !queried1.has(id))));

			listed.forEach((id) => done.add(id));
			const emitted = [];
			for (let poll = 0; poll < 30 && emitted.length < 100; poll++) {
				reset();
				const out = await trigger.poll();
				if (poll === 0) {
					// Poll 2 queries only tasks poll 1 never reached.
					expect([...stats.perTask.keys()].filter((id) => queried1.has(id))).toEqual([]);
				}
				if (out) emitted.push(...out[0].map((item) => item.json.taskId));
			}
			expect(emitted.sort()).toEqual(listed);
			reset();
			expect(await trigger.poll()).toBeNull();
			expect(stats.requests).toBe(0);
		} finally {
			mockBudget.ms = undefined;
		}
	});
});
