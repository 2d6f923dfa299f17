// Topview Trigger, "All Tasks on the Account": tasks discovered from the credit log (GET /user/credit/logs).
const { createTrigger } = require('../helpers/engine');
const { topview, ok, fail, recordRequests, everything, failOnUnmatchedRequests } = require('../helpers/http');

const Q = '/v1/video_avatar/task/query';
const LOGS = '/user/credit/logs';
const EVENT = 'videoAvatarTaskFinished';
const SECRET = 'sk-test-secret-key';

failOnUnmatchedRequests();

let now;
beforeEach(() => {
	now = Date.parse('2025-01-15T12:00:00Z');
	jest.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => jest.restoreAllMocks());

const params = (extra = {}) => ({ event: EVENT, watch: 'account', emitOn: 'both', options: {}, ...extra });
const entry = (taskId, date, taskType = 'video_avatar') => ({
	uid: 'u-test-1',
	apiKey: SECRET,
	date,
	costCredit: 2,
	taskId,
	taskType,
});
const page = (data, total = data.length, pageNo = 1) => ok({ total, pageNo, pageSize: 100, data });
const running = (id) => ({ taskId: id, status: 'running', errorMsg: null, outputVideoUrl: null });
const success = (id) => ({ taskId: id, status: 'success', errorMsg: null, outputVideoUrl: `https://cdn.example.com/${id}.mp4` });
const item = (result) => ({ json: { ...result, event: EVENT } });
const state = (trigger) => trigger.staticData['node:Topview Trigger'].topview;

function api() {
	const scope = topview();
	const seen = recordRequests(scope);
	/** Expects one credit-log page request with exactly these query parameters. */
	const logs = (query, body) =>
		scope
			.get(LOGS)
			.query({ taskType: 'video_avatar', pageSize: '100', pageNo: '1', ...query })
			.reply(200, body);
	const query = (id, result) => scope.get(Q).query({ taskId: id }).reply(200, ok(result));
	/** Requests since the last call, decoded (startTime has a space and colons), in the order made. */
	const take = () =>
		seen.splice(0).map((r) => `${r.method} ${decodeURIComponent(r.path.replace(/\+/g, ' '))}`);
	return { scope, logs, query, take };
}
const logReq = (startTime, pageNo = 1) =>
	`GET ${LOGS}?taskType=video_avatar&pageNo=${pageNo}&pageSize=100` + (startTime ? `&startTime=${startTime}` : '');
const q = (id) => `GET ${Q}?taskId=${id}`;

test('first activation records a baseline and emits no history; later polls pick up new tasks once', async () => {
	const { scope, logs, query, take } = api();
	const trigger = createTrigger(params());
	const h2 = entry('h2', '2025-01-15 11:50:00');
	const h1 = entry('h1', '2025-01-15 11:40:00');

	// Activation at 12:00:00 UTC: the last hour of the log is history, no task is queried.
	logs({ startTime: '2025-01-15 11:00:00' }, page([h2, h1]));
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([logReq('2025-01-15 11:00:00')]);
	expect(state(trigger)).toMatchObject({ configKey: 'videoAvatar:account', pending: [], emitted: ['h2', 'h1'] });

	// A new task n1 appears (and an entry of another task type, ignored); n1 is still running.
	now += 60_000;
	const n1 = entry('n1', '2025-01-15 12:00:30');
	logs({ startTime: '2025-01-15 11:00:00' }, page([n1, entry('m2v-1', '2025-01-15 12:00:20', 'm2v'), h2, h1]));
	query('n1', running('n1'));
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([logReq('2025-01-15 11:00:00'), q('n1')]);
	expect(state(trigger).pending).toEqual(['n1']);

	// startTime = newest entry (12:00:30) minus 1 h; n1 and the newer n2 both finished.
	now += 60_000;
	const n2 = entry('n2', '2025-01-15 12:01:10');
	logs({ startTime: '2025-01-15 11:00:30' }, page([n2, n1, h2, h1]));
	query('n1', success('n1'));
	query('n2', success('n2'));
	const out = await trigger.poll();
	expect(out).toEqual([[item(success('n1')), item(success('n2'))]]);
	expect(take()).toEqual([logReq('2025-01-15 11:00:30'), q('n1'), q('n2')]);
	expect(everything(out)).not.toContain(SECRET);
	expect(everything(trigger.staticData)).not.toContain(SECRET);

	// The same entries again (overlap window), before and after a restart: nothing re-emits, no task query.
	logs({ startTime: '2025-01-15 11:01:10' }, page([n2, n1, h2, h1]));
	expect(await trigger.poll()).toBeNull();
	trigger.restart();
	logs({ startTime: '2025-01-15 11:01:10' }, page([n2, n1, h2, h1]));
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([logReq('2025-01-15 11:01:10'), logReq('2025-01-15 11:01:10')]);
	expect(scope.isDone()).toBe(true);
});

test('with more than one page of log entries in the last hour, none of them is emitted as new', async () => {
	const { scope, take } = api();
	const trigger = createTrigger(params());
	const at = (i) => new Date(Date.parse('2025-01-15T11:59:00Z') - i * 15_000).toISOString().slice(0, 19).replace('T', ' ');
	const history = Array.from({ length: 130 }, (_, i) => entry(`h${i}`, at(i)));
	// The log answers by page; entries are newest first (the simulator's order).
	const serve = (extra = []) => {
		const all = [...extra, ...history];
		scope
			.get(LOGS)
			.query(true)
			.times(2)
			.reply((uri) => {
				const pageNo = Number(new URL(uri, 'https://x').searchParams.get('pageNo'));
				return [200, page(all.slice((pageNo - 1) * 100, pageNo * 100), all.length, pageNo)];
			});
	};

	serve();
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([logReq('2025-01-15 11:00:00', 1), logReq('2025-01-15 11:00:00', 2)]);
	expect(state(trigger).emitted).toHaveLength(130);

	now += 60_000;
	serve([entry('new-1', '2025-01-15 12:00:40')]);
	scope.get(Q).query({ taskId: 'new-1' }).reply(200, ok(success('new-1')));
	expect(await trigger.poll()).toEqual([[item(success('new-1'))]]);
	expect(take()).toEqual([logReq('2025-01-15 11:00:00', 1), logReq('2025-01-15 11:00:00', 2), q('new-1')]);
	expect(scope.isDone()).toBe(true);
});

test('a failing credit log (bad credential) makes the poll throw and leaves the state unchanged', async () => {
	const { scope, logs, take } = api();
	const trigger = createTrigger(params());
	logs({ startTime: '2025-01-15 11:00:00' }, page([entry('h1', '2025-01-15 11:40:00')]));
	await trigger.poll();
	take();
	const before = JSON.stringify(trigger.staticData);

	scope.get(LOGS).query(true).reply(200, fail('401', 'Unauthorized'));
	const error = await trigger.poll().catch((e) => e);
	expect(error.message).toBe('Topview error 401: Unauthorized');
	expect(JSON.stringify(trigger.staticData)).toBe(before);
	expect(everything(error)).not.toContain(SECRET);
	expect(scope.isDone()).toBe(true);
});

describe('Fetch Test Event (manual mode)', () => {
	test('returns the most recent finished task from the log, skipping unfinished ones, without touching state', async () => {
		const { scope, logs, query, take } = api();
		const trigger = createTrigger(params());
		logs({ startTime: '2025-01-15 11:00:00' }, page([]));
		await trigger.poll();
		take();
		const before = JSON.stringify(trigger.staticData);

		logs({}, page([entry('r1', '2025-01-15 11:59:00'), entry('s1', '2025-01-15 11:58:00'), entry('s0', '2025-01-15 11:57:00')]));
		query('r1', running('r1'));
		query('s1', success('s1'));
		const out = await trigger.poll('manual');
		expect(out).toEqual([[item(success('s1'))]]);
		expect(take()).toEqual([logReq(), q('r1'), q('s1')]);
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		expect(everything(out)).not.toContain(SECRET);
		expect(scope.isDone()).toBe(true);
	});

	test('shows a sample, saying how to get a real event, when the log has no finished task', async () => {
		const { scope, logs } = api();
		const trigger = createTrigger(params());
		logs({}, page([]));
		expect(await trigger.poll('manual')).toEqual([
			[
				{
					json: {
						taskId: 'sample-task-id',
						status: 'success',
						errorMsg: '',
						outputVideoUrl: 'https://example.com/topview-sample.mp4',
						event: 'videoAvatarTaskFinished',
						sample: true,
						note: expect.stringMatching(/^Sample event: no watched task has finished yet\. For a real one, submit a task with the Topview node/),
					},
				},
			],
		]);
		expect(JSON.stringify(trigger.staticData)).toBe('{}');
		expect(scope.isDone()).toBe(true);
	});
});
