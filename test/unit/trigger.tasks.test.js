// Topview Trigger, Specific Tasks mode: exactly-once emission through n8n-core's real PollContext.
const { createTrigger } = require('../helpers/engine');
const { topview, ok, fail, recordRequests, nock, everything, networkError, failOnUnmatchedRequests } = require('../helpers/http');
const { queryConcurrency } = require('../../dist/nodes/Topview/trigger/poll.js');

const Q = '/v1/video_avatar/task/query';
const EVENT = 'videoAvatarTaskFinished';
const SECRET = 'sk-test-secret-key';

// Any request nock could not match would be swallowed by the trigger as a failed query, so collect them.
failOnUnmatchedRequests();

const params = (taskIds, extra = {}) => ({
	event: EVENT,
	watch: 'taskIds',
	taskIds,
	emitOn: 'both',
	options: {},
	...extra,
});
const running = (id) => ({ taskId: id, status: 'running', errorMsg: null, outputVideoUrl: null });
const success = (id) => ({ taskId: id, status: 'success', errorMsg: null, outputVideoUrl: `https://cdn.example.com/${id}.mp4` });
const failed = (id) => ({ taskId: id, status: 'fail', errorMsg: 'Audio is too long', outputVideoUrl: null });
const item = (result) => ({ json: { ...result, event: EVENT } });
const notFoundItem = (id) => ({
	json: {
		taskId: id,
		status: 'notFound',
		event: EVENT,
		errorMsg: 'Topview does not know this task on this account (4004); it is no longer watched',
	},
});

/** One nock scope for the whole test, recording every request as "GET /path?query". */
function api() {
	const scope = topview();
	const seen = recordRequests(scope);
	const query = (id, result) => scope.get(Q).query({ taskId: id }).reply(200, ok(result));
	/** The requests made since the last call, sorted (queries run concurrently). */
	const take = () => seen.splice(0).map((r) => `${r.method} ${r.path}`).sort();
	return { scope, query, take };
}
const q = (id) => `GET ${Q}?taskId=${id}`;
const state = (trigger) => trigger.staticData['node:Topview Trigger'].topview;
/** n8n creates the empty node bucket when a poll asks for it; the trigger must not have written into it. */
const noState = (trigger) => JSON.stringify(trigger.staticData['node:Topview Trigger'] ?? {}) === '{}';

test('two tasks finishing on different polls are each emitted once, on the poll where they finish', async () => {
	const { scope, query, take } = api();
	const trigger = createTrigger(params('a, b'));

	query('a', success('a'));
	query('b', running('b'));
	expect(await trigger.poll()).toEqual([[item(success('a'))]]);
	expect(take()).toEqual([q('a'), q('b')]);
	expect(state(trigger)).toEqual({ configKey: 'videoAvatar:taskIds', pending: ['b'], emitted: ['a'] });

	query('b', running('b'));
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([q('b')]);

	query('b', failed('b'));
	expect(await trigger.poll()).toEqual([[item(failed('b'))]]);
	expect(take()).toEqual([q('b')]);

	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([]);
	expect(scope.isDone()).toBe(true);
	expect(state(trigger)).toEqual({ configKey: 'videoAvatar:taskIds', pending: [], emitted: ['a', 'b'] });
});

test('once every listed task is emitted, a poll makes 0 requests', async () => {
	const { query, take } = api();
	const trigger = createTrigger(params('a\nb c'));
	query('a', success('a'));
	query('b', failed('b'));
	query('c', success('c'));
	expect(await trigger.poll()).toEqual([[item(success('a')), item(failed('b')), item(success('c'))]]);
	expect(take()).toEqual([q('a'), q('b'), q('c')]);

	for (let i = 0; i < 3; i++) {
		expect(await trigger.poll()).toBeNull();
		expect(take()).toEqual([]);
	}
});

test('items come out in list order even when the queries finish out of order', async () => {
	const { scope, take } = api();
	const trigger = createTrigger(params('a, b, c'));
	const slow = (id, ms, result) =>
		scope
			.get(Q)
			.query({ taskId: id })
			.reply((_uri, _body, cb) => setTimeout(() => cb(null, [200, ok(result)]), ms));
	slow('a', 60, success('a'));
	slow('b', 0, failed('b'));
	slow('c', 30, success('c'));
	expect(await trigger.poll()).toEqual([[item(success('a')), item(failed('b')), item(success('c'))]]);
	expect(take()).toEqual([q('a'), q('b'), q('c')]);
});

test('a task whose query fails with HTTP 500 (after retries) stays pending and is emitted on a later poll, once', async () => {
	const { scope, query, take } = api();
	const trigger = createTrigger(params('a, b'));

	query('a', success('a'));
	scope.get(Q).query({ taskId: 'b' }).times(6).reply(500, 'Internal Server Error');
	expect(await trigger.poll()).toEqual([[item(success('a'))]]);
	// 1 try + 5 retries (transport's transient backoff) for b, 1 for a.
	expect(take()).toEqual([q('a'), ...Array(6).fill(q('b'))]);
	expect(state(trigger).pending).toEqual(['b']);
	expect(state(trigger).emitted).toEqual(['a']);

	query('b', success('b'));
	expect(await trigger.poll()).toEqual([[item(success('b'))]]);
	expect(take()).toEqual([q('b')]);

	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([]);
	expect(scope.isDone()).toBe(true);
});

test('a task whose query hits a network error stays pending and is emitted later, once', async () => {
	const { scope, query, take } = api();
	const trigger = createTrigger(params('a, b'));

	query('a', running('a'));
	scope.get(Q).query({ taskId: 'b' }).times(6).replyWithError(networkError('ECONNRESET'));
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([q('a'), ...Array(6).fill(q('b'))]);
	expect(state(trigger).pending).toEqual(['a', 'b']);

	query('a', success('a'));
	query('b', success('b'));
	expect(await trigger.poll()).toEqual([[item(success('a')), item(success('b'))]]);
	expect(take()).toEqual([q('a'), q('b')]);

	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([]);
	expect(scope.isDone()).toBe(true);
});

test('a task ID Topview does not know (4004) is reported once as notFound and never queried again', async () => {
	const { scope, query, take } = api();
	const trigger = createTrigger(params('ghost, b'));

	scope.get(Q).query({ taskId: 'ghost' }).reply(200, fail('4004', 'Task not found'));
	query('b', running('b'));
	expect(await trigger.poll()).toEqual([[notFoundItem('ghost')]]);
	expect(take()).toEqual([q('b'), q('ghost')]);
	expect(state(trigger)).toEqual({ configKey: 'videoAvatar:taskIds', pending: ['b'], emitted: ['ghost'] });

	query('b', success('b'));
	expect(await trigger.poll()).toEqual([[item(success('b'))]]);
	expect(take()).toEqual([q('b')]);

	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([]);
	expect(scope.isDone()).toBe(true);
});

test('a 4004 task is dropped silently when Emit On is Success Only', async () => {
	const { scope, take } = api();
	const trigger = createTrigger(params('ghost', { emitOn: 'success' }));

	scope.get(Q).query({ taskId: 'ghost' }).reply(200, fail('4004', 'Task not found'));
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([q('ghost')]);
	expect(state(trigger)).toEqual({ configKey: 'videoAvatar:taskIds', pending: [], emitted: ['ghost'] });

	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([]);
});

test('after a restart (fresh Workflow from the saved static data) nothing is emitted again', async () => {
	const { scope, query, take } = api();
	const trigger = createTrigger(params('a, b'));

	query('a', success('a'));
	query('b', running('b'));
	expect(await trigger.poll()).toEqual([[item(success('a'))]]);
	take();

	trigger.restart();
	expect(state(trigger)).toEqual({ configKey: 'videoAvatar:taskIds', pending: ['b'], emitted: ['a'] });
	query('b', running('b'));
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([q('b')]);

	trigger.restart();
	query('b', success('b'));
	expect(await trigger.poll()).toEqual([[item(success('b'))]]);
	expect(take()).toEqual([q('b')]);

	trigger.restart();
	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([]);
	expect(scope.isDone()).toBe(true);
});

test('editing the task list: new IDs start, removed ones stop, nothing re-emits', async () => {
	const { scope, query, take } = api();
	const trigger = createTrigger(params('a, b, c'));

	query('a', success('a'));
	query('b', running('b'));
	query('c', running('c'));
	expect(await trigger.poll()).toEqual([[item(success('a'))]]);
	expect(take()).toEqual([q('a'), q('b'), q('c')]);

	// b removed (stops), d added (starts), a still listed (already emitted).
	trigger.setParameters(params('a, c, d'));
	query('c', success('c'));
	query('d', running('d'));
	expect(await trigger.poll()).toEqual([[item(success('c'))]]);
	expect(take()).toEqual([q('c'), q('d')]);
	expect(state(trigger).pending).toEqual(['d']);

	// a and c removed and listed again, as an array expression: neither re-emits; d still watched.
	trigger.setParameters(params('={{ ["d", "a", "c"] }}'));
	query('d', success('d'));
	expect(await trigger.poll()).toEqual([[item(success('d'))]]);
	expect(take()).toEqual([q('d')]);

	// b comes back: it was never emitted, so it is watched again.
	trigger.setParameters(params('a, b, c, d'));
	query('b', success('b'));
	expect(await trigger.poll()).toEqual([[item(success('b'))]]);
	expect(take()).toEqual([q('b')]);

	expect(await trigger.poll()).toBeNull();
	expect(take()).toEqual([]);
	expect(scope.isDone()).toBe(true);
});

describe('Emit On', () => {
	const run = async (emitOn) => {
		const { query, take } = api();
		const trigger = createTrigger(params('s, f, r', { emitOn }));
		query('s', success('s'));
		query('f', failed('f'));
		query('r', running('r'));
		const first = await trigger.poll();
		expect(take()).toEqual([q('f'), q('r'), q('s')]);
		// Filtered-out finished tasks are still done: they are not queried again.
		query('r', success('r'));
		const second = await trigger.poll();
		expect(take()).toEqual([q('r')]);
		expect(state(trigger).emitted).toEqual(['s', 'f', 'r']);
		return [first, second];
	};

	test('both emits successes and failures', async () => {
		expect(await run('both')).toEqual([[[item(success('s')), item(failed('f'))]], [[item(success('r'))]]]);
	});

	test('success emits only successes', async () => {
		expect(await run('success')).toEqual([[[item(success('s'))]], [[item(success('r'))]]]);
	});

	test('failure emits only failures', async () => {
		expect(await run('failure')).toEqual([[[item(failed('f'))]], null]);
	});
});

describe('Fetch Test Event (manual mode)', () => {
	test('returns the most recent finished listed task and leaves static data byte-identical', async () => {
		const { scope, query, take } = api();
		const trigger = createTrigger(params('a, b, c'));
		query('a', success('a'));
		query('b', running('b'));
		query('c', running('c'));
		await trigger.poll();
		take();
		const before = JSON.stringify(trigger.staticData);

		// Newest listed first: c is running, b failed → b is the sample (a is not queried).
		query('c', running('c'));
		query('b', failed('b'));
		expect(await trigger.poll('manual')).toEqual([[item(failed('b'))]]);
		expect(take()).toEqual([q('b'), q('c')]);
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		expect(scope.isDone()).toBe(true);

		// The real poll afterwards still emits b, once.
		query('b', failed('b'));
		query('c', running('c'));
		expect(await trigger.poll()).toEqual([[item(failed('b'))]]);
	});

	test('on a fresh trigger it creates no static data', async () => {
		const { query } = api();
		const trigger = createTrigger(params('a'));
		query('a', success('a'));
		expect(await trigger.poll('manual')).toEqual([[item(success('a'))]]);
		expect(JSON.stringify(trigger.staticData)).toBe('{}');
	});

	test('shows a sample marked as such, no error, when no listed task has finished', async () => {
		const { scope, query } = api();
		const trigger = createTrigger(params('a, b'));
		query('b', running('b'));
		query('a', running('a'));
		const [[sample]] = await trigger.poll('manual');
		expect(sample.json).toMatchObject({ taskId: 'sample-task-id', status: 'success', sample: true });
		expect(sample.json.note).toMatch(/list the ID of a task that has finished, then fetch again/);
		expect(scope.isDone()).toBe(true);
		expect(JSON.stringify(trigger.staticData)).toBe('{}');
	});
});

describe('bad credentials', () => {
	test('body code 401 on every query makes the poll throw and leaves the state unchanged', async () => {
		const { scope, query, take } = api();
		const trigger = createTrigger(params('a, b'));
		query('a', success('a'));
		query('b', running('b'));
		await trigger.poll();
		take();
		const before = JSON.stringify(trigger.staticData);

		trigger.setParameters(params('b, c'));
		scope.get(Q).query(true).times(2).reply(200, fail('401', 'Unauthorized'));
		const error = await trigger.poll().catch((e) => e);
		expect(error).toBeInstanceOf(Error);
		expect(error.message).toMatch(/^Topview error 401: Unauthorized \(task [bc]\)$/);
		expect(take()).toEqual([q('b'), q('c')]);
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		expect(everything(error)).not.toContain(SECRET);
	});

	test('activation (first poll) with a bad credential throws and writes no state', async () => {
		const { scope } = api();
		const trigger = createTrigger(params('a'), { credentials: { apiKey: 'sk-wrong' } });
		scope.get(Q).query({ taskId: 'a' }).reply(200, fail('401', 'Unauthorized'));
		await expect(trigger.poll()).rejects.toThrow('Topview error 401: Unauthorized (task a)');
		expect(noState(trigger)).toBe(true);
		expect(scope.isDone()).toBe(true);
	});

	test('sends the credential as headers and never leaks the key into items', async () => {
		const scope = topview();
		const seen = recordRequests(scope);
		scope.get(Q).query({ taskId: 'a' }).reply(200, ok(success('a')));
		const trigger = createTrigger(params('a'));
		const out = await trigger.poll();
		expect(seen[0].headers['topview-uid']).toBe('u-test-1');
		expect(seen[0].headers.authorization).toBe(`Bearer ${SECRET}`);
		expect(everything(out)).not.toContain(SECRET);
		expect(everything(trigger.staticData)).not.toContain(SECRET);
	});
});

describe('Download Result', () => {
	test('attaches the video of successful tasks only, as <taskId>.mp4 video/mp4', async () => {
		const { query, take } = api();
		const cdn = nock('https://cdn.example.com');
		const cdnSeen = recordRequests(cdn);
		cdn.get('/a.mp4').reply(200, Buffer.from('MP4-A'), { 'Content-Type': 'video/mp4' });
		const trigger = createTrigger(params('a, b', { options: { downloadResult: true, binaryPropertyName: 'video' } }));
		query('a', success('a'));
		query('b', failed('b'));

		const out = await trigger.poll();
		expect(take()).toEqual([q('a'), q('b')]);
		expect(cdnSeen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /a.mp4']);
		// Pre-signed storage URL: no Topview headers go to it.
		expect(cdnSeen[0].headers.authorization).toBeUndefined();
		expect(cdnSeen[0].headers['topview-uid']).toBeUndefined();
		expect(out).toHaveLength(1);
		const [a, b] = out[0];
		expect(a.json).toEqual(item(success('a')).json);
		expect(Object.keys(a.binary)).toEqual(['video']);
		expect(a.binary.video).toMatchObject({ fileName: 'a.mp4', mimeType: 'video/mp4', fileExtension: 'mp4' });
		expect(Buffer.from(a.binary.video.data, 'base64').toString()).toBe('MP4-A');
		expect(b).toEqual(item(failed('b')));
		expect(cdn.isDone()).toBe(true);
	});

	test('falls back to video/mp4 when the storage sends no content type, and defaults the field to data', async () => {
		const { query } = api();
		const cdn = nock('https://cdn.example.com');
		cdn.get('/a.mp4').reply(200, Buffer.from('MP4-A'));
		const trigger = createTrigger(params('a', { options: { downloadResult: true } }));
		query('a', success('a'));
		const [[a]] = await trigger.poll();
		expect(Object.keys(a.binary)).toEqual(['data']);
		expect(a.binary.data).toMatchObject({ fileName: 'a.mp4', mimeType: 'video/mp4' });
	});

	test('a download that fails does not lose the task or block the others: it is emitted on a later poll', async () => {
		const { scope, query, take } = api();
		const cdn = nock('https://cdn.example.com');
		cdn.get('/a.mp4').reply(403, 'Forbidden');
		cdn.get('/b.mp4').reply(200, Buffer.from('MP4-B'), { 'Content-Type': 'video/mp4' });
		const trigger = createTrigger(params('a, b', { options: { downloadResult: true } }));
		query('a', success('a'));
		query('b', success('b'));

		const first = await trigger.poll();
		expect(take()).toEqual([q('a'), q('b')]);
		expect(first[0].map((entry) => entry.json.taskId)).toEqual(['b']);
		expect(state(trigger)).toEqual({ configKey: 'videoAvatar:taskIds', pending: ['a'], emitted: ['b'] });

		// Next poll: a fresh query (fresh URL), the download works, a is emitted once.
		query('a', success('a'));
		cdn.get('/a.mp4').reply(200, Buffer.from('MP4-A'), { 'Content-Type': 'video/mp4' });
		const second = await trigger.poll();
		expect(take()).toEqual([q('a')]);
		expect(second[0].map((entry) => entry.json.taskId)).toEqual(['a']);
		expect(second[0][0].binary.data.fileName).toBe('a.mp4');
		expect(await trigger.poll()).toBeNull();
		expect(scope.isDone()).toBe(true);
		expect(cdn.isDone()).toBe(true);
	});

	test('when every download fails and nothing else is emitted, the poll throws and keeps the state', async () => {
		const { query } = api();
		const cdn = nock('https://cdn.example.com');
		cdn.get('/a.mp4').reply(404, 'Not Found');
		const trigger = createTrigger(params('a', { options: { downloadResult: true } }));
		query('a', success('a'));
		const error = await trigger.poll().catch((e) => e);
		expect(error.message).toMatch(/downloading the result failed/);
		expect(error.message).toMatch(/task a/);
		expect(noState(trigger)).toBe(true);
		expect(everything(error)).not.toContain(SECRET);
	});

	test('downloads run with bounded concurrency', async () => {
		const ids = Array.from({ length: 30 }, (_, i) => `d${i}`);
		const { query } = api();
		for (const id of ids) query(id, success(id));
		let inFlight = 0;
		let peak = 0;
		nock('https://cdn.example.com')
			.get(/\/d\d+\.mp4/)
			.times(ids.length)
			.reply((_uri, _body, cb) => {
				inFlight++;
				peak = Math.max(peak, inFlight);
				setTimeout(() => {
					inFlight--;
					cb(null, [200, Buffer.from('x'), { 'Content-Type': 'video/mp4' }]);
				}, 5);
			});
		const trigger = createTrigger(params(ids.join(','), { options: { downloadResult: true } }));
		const out = await trigger.poll();
		expect(out[0].map((entry) => entry.binary.data.fileName)).toEqual(ids.map((id) => `${id}.mp4`));
		expect(peak).toBeLessThanOrEqual(queryConcurrency);
	});
});

test('overlapping polls of the same trigger never emit a task twice', async () => {
	const { scope, take } = api();
	const trigger = createTrigger(params('a'));
	scope
		.get(Q)
		.query({ taskId: 'a' })
		.times(2)
		.reply((_uri, _body, cb) => setTimeout(() => cb(null, [200, ok(success('a'))]), 50));
	const [first, second] = await Promise.all([trigger.poll(), trigger.poll()]);
	const emitted = [first, second].filter(Boolean).flatMap((out) => out[0]);
	expect(emitted).toEqual([item(success('a'))]);
	expect(take()).toEqual([q('a')]);
	expect(await trigger.poll()).toBeNull();
	nock.cleanAll();
});

test('an empty task list fails with a clear message', async () => {
	const trigger = createTrigger(params(' , '));
	await expect(trigger.poll()).rejects.toThrow('Task IDs is empty');
});
