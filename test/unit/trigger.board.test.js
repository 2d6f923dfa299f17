// Topview Trigger, Board Task Finished: any task in a Topview board, from GET /boards/tasks/list.
const { createTrigger } = require('../helpers/engine');
const { topview, ok, fail, recordRequests, everything, failOnUnmatchedRequests } = require('../helpers/http');

const LIST = '/boards/tasks/list';
const DETAIL = '/boards/tasks/detail';
const EVENT = 'boardTaskFinished';
const SECRET = 'sk-test-secret-key';

failOnUnmatchedRequests();

const params = (boardId = 'b-1', extra = {}) => ({
	event: EVENT,
	boardId: { __rl: true, mode: 'id', value: boardId },
	emitOn: 'both',
	options: {},
	...extra,
});
const task = (taskId, status, gmtCreate, extra = {}) => ({
	taskId,
	boardTaskId: `bt-${taskId}`,
	status,
	toolType: 'video_avatar',
	mediaType: 'video',
	creditsCost: 3,
	gmtCreate,
	result: status === 'success' ? { videoUrl: `https://cdn.example.com/${taskId}.mp4` } : {},
	...extra,
});
const item = (t, boardId = 'b-1') => ({ json: { ...t, boardId, event: EVENT } });
const state = (trigger) => trigger.staticData['node:Topview Trigger'].topview;

function api() {
	const scope = topview();
	const seen = recordRequests(scope);
	const list = (list, { boardId = 'b-1', pageNo = 1 } = {}) =>
		scope
			.get(LIST)
			.query({ boardId, pageNo: String(pageNo), pageSize: '50', sortField: 'gmtCreate', sortOrder: 'desc' })
			.reply(200, ok({ list, total: list.length, pageNo }));
	const take = () => seen.splice(0).map((r) => `${r.method} ${r.path}`);
	return { scope, list, take };
}
const listReq = (boardId = 'b-1', pageNo = 1) =>
	`GET ${LIST}?boardId=${boardId}&pageNo=${pageNo}&pageSize=50&sortField=gmtCreate&sortOrder=desc`;

test('baseline first; a task running on one poll and finished on the next is emitted once, from the listing', async () => {
	const { scope, list, take } = api();
	const trigger = createTrigger(params());
	const x1 = task('x1', 'success', '2025-01-15 11:00:00');

	// Activation: x1 (finished) is history, x2 (running) is watched. No detail query.
	list([task('x2', 'running', '2025-01-15 11:10:00'), x1]);
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([listReq()]);
	expect(state(trigger)).toMatchObject({ configKey: 'board:b-1', pending: ['x2'], emitted: ['x1'] });

	// x3 appears already finished; x2 still running.
	const x3 = task('x3', 'success', '2025-01-15 11:20:00');
	list([x3, task('x2', 'running', '2025-01-15 11:10:00'), x1]);
	expect(await trigger.poll()).toEqual([[item(x3)]]);
	expect(take()).toEqual([listReq()]);

	// x2 finished (failed): emitted from the listing, without an extra detail query.
	const x2 = task('x2', 'fail', '2025-01-15 11:10:00', { errorMessage: 'Content filter' });
	list([x3, x2, x1]);
	expect(await trigger.poll()).toEqual([[item(x2)]]);
	expect(take()).toEqual([listReq()]);

	// Same listing again, also after a restart: nothing re-emits.
	list([x3, x2, x1]);
	expect(await trigger.poll()).toBeNull();
	trigger.restart();
	list([x3, x2, x1]);
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([listReq(), listReq()]);
	expect(state(trigger).pending).toEqual([]);
	expect(scope.isDone()).toBe(true);
});

test('a watched task no longer in the listing is read with one detail query', async () => {
	const { scope, list, take } = api();
	const trigger = createTrigger(params());
	list([task('x2', 'running', '2025-01-15 11:10:00'), task('x1', 'success', '2025-01-15 11:00:00')]);
	await trigger.poll();
	take();

	const x2 = task('x2', 'success', '2025-01-15 11:10:00', { completedAt: '2025-01-15 11:15:00' });
	list([task('x1', 'success', '2025-01-15 11:00:00')]);
	scope.get(DETAIL).query({ taskId: 'x2' }).reply(200, ok(x2));
	expect(await trigger.poll()).toEqual([[item(x2)]]);
	expect(take()).toEqual([listReq(), `GET ${DETAIL}?taskId=x2`]);

	list([task('x1', 'success', '2025-01-15 11:00:00')]);
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([listReq()]);
	expect(scope.isDone()).toBe(true);
});

test('more new tasks than one page: reads on until it reaches tasks seen before; each new task emitted once', async () => {
	const { scope, list, take } = api();
	const trigger = createTrigger(params());
	const old = task('old', 'success', '2025-01-15 10:00:00');
	list([old]);
	await trigger.poll();
	take();

	const at = (i) => `2025-01-15 11:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
	const fresh = Array.from({ length: 55 }, (_, i) => task(`n${i}`, 'success', at(i))).reverse();
	list(fresh.slice(0, 50));
	list([...fresh.slice(50), old], { pageNo: 2 });
	const out = await trigger.poll();
	expect(out[0].map((entry) => entry.json.taskId)).toEqual(fresh.map((t) => t.taskId));
	expect(take()).toEqual([listReq(), listReq('b-1', 2)]);

	list([...fresh.slice(0, 50)]);
	expect(await trigger.poll()).toBeNull();
	expect(scope.isDone()).toBe(true);
});

test('Emit On Failure Only filters board tasks too', async () => {
	const { list } = api();
	const trigger = createTrigger(params('b-1', { emitOn: 'failure' }));
	list([]);
	await trigger.poll();
	const ok1 = task('s', 'success', '2025-01-15 11:00:00');
	const bad = task('f', 'fail', '2025-01-15 11:01:00');
	list([bad, ok1]);
	expect(await trigger.poll()).toEqual([[item(bad)]]);
	list([bad, ok1]);
	expect(await trigger.poll()).toBeNull();
});

test('switching to another board starts a new baseline there and stops watching the old one', async () => {
	const { scope, list, take } = api();
	const trigger = createTrigger(params('b-1'));
	list([task('x2', 'running', '2025-01-15 11:10:00')]);
	await trigger.poll();
	take();

	trigger.setParameters(params('b-2'));
	list([task('y2', 'running', '2025-01-15 11:30:00'), task('y1', 'success', '2025-01-15 11:20:00')], { boardId: 'b-2' });
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([listReq('b-2')]);
	expect(state(trigger)).toMatchObject({ configKey: 'board:b-2', pending: ['y2'] });

	const y2 = task('y2', 'success', '2025-01-15 11:30:00');
	list([y2, task('y1', 'success', '2025-01-15 11:20:00')], { boardId: 'b-2' });
	expect(await trigger.poll()).toEqual([[item(y2, 'b-2')]]);
	expect(take()).toEqual([listReq('b-2')]);
	expect(scope.isDone()).toBe(true);
});

describe('Fetch Test Event (manual mode)', () => {
	test('returns the newest finished board task without touching state', async () => {
		const { scope, list, take } = api();
		const trigger = createTrigger(params());
		list([task('x1', 'success', '2025-01-15 11:00:00')]);
		await trigger.poll();
		take();
		const before = JSON.stringify(trigger.staticData);

		const x2 = task('x2', 'fail', '2025-01-15 11:10:00');
		list([task('x3', 'running', '2025-01-15 11:20:00'), x2, task('x1', 'success', '2025-01-15 11:00:00')]);
		expect(await trigger.poll('manual')).toEqual([[item(x2)]]);
		expect(take()).toEqual([listReq()]);
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		expect(scope.isDone()).toBe(true);
	});

	test('shows a sample, saying how to get a real event, when nothing in the board has finished', async () => {
		const { list } = api();
		const trigger = createTrigger(params());
		list([task('x3', 'running', '2025-01-15 11:20:00')]);
		const [[sample]] = await trigger.poll('manual');
		expect(sample.json).toEqual({
			taskId: 'sample-task-id',
			status: 'success',
			errorMsg: '',
			event: 'boardTaskFinished',
			sample: true,
			note: expect.stringContaining('with a board, file it in that board'),
		});
		expect(JSON.stringify(trigger.staticData)).toBe('{}');
	});
});

test('an empty board ID fails with a clear message', async () => {
	const trigger = createTrigger(params(''));
	await expect(trigger.poll()).rejects.toThrow('Board is empty');
});

test('a bad credential on the listing makes the poll throw and leaves the state unchanged', async () => {
	const { scope, list } = api();
	const trigger = createTrigger(params());
	list([task('x2', 'running', '2025-01-15 11:10:00')]);
	await trigger.poll();
	const before = JSON.stringify(trigger.staticData);
	scope.get(LIST).query(true).reply(200, fail('401', 'Unauthorized'));
	const error = await trigger.poll().catch((e) => e);
	expect(error.message).toBe('Topview error 401: Unauthorized');
	expect(JSON.stringify(trigger.staticData)).toBe(before);
	expect(everything(error)).not.toContain(SECRET);
});
