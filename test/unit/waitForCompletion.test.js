const { runTopview } = require('../helpers/engine');
const { topview, ok, fail, recordRequests, everything, networkError } = require('../helpers/http');

const locator = (value) => ({ __rl: true, mode: 'id', value });
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const submitAndWait = (options = {}) => ({
	resource: 'videoAvatar',
	operation: 'submit',
	avatarSourceFrom: 1,
	aiAvatarId: locator('3327'),
	ttsText: '={{ $json.script || "Hello" }}',
	waitForCompletion: true,
	options: { ...fastWait, ...options },
});

function queryReplies(taskId, statuses) {
	const scope = topview();
	for (const status of statuses) {
		const reply =
			typeof status === 'string'
				? ok({
						taskId,
						status,
						errorMsg: status === 'fail' ? 'Face not detected in the video' : null,
						outputVideoUrl: status === 'success' ? `https://cdn.example.com/${taskId}.mp4` : '',
					})
				: status;
		scope.get('/v1/video_avatar/task/query').query({ taskId }).reply(200, reply);
	}
	return scope;
}

test('running → running → success outputs the final query result, after one submit', async () => {
	const submit = topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-1', status: 'init' }));
	const submits = recordRequests(submit);
	const query = queryReplies('task-1', ['init', 'running', 'running', 'success']);
	const queries = recordRequests(query);

	const run = await runTopview(submitAndWait());

	expect(run.error).toBeUndefined();
	expect(submits).toHaveLength(1);
	expect(queries).toHaveLength(4);
	expect(run.items).toEqual([
		{
			json: { taskId: 'task-1', status: 'success', errorMsg: null, outputVideoUrl: 'https://cdn.example.com/task-1.mp4' },
			pairedItem: { item: 0 },
		},
	]);
});

test('fail is an item error naming the task ID and Topview errorMsg', async () => {
	topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-2' }));
	queryReplies('task-2', ['running', 'fail']);

	const run = await runTopview(submitAndWait());

	expect(run.status).toBe('error');
	expect(run.error.message).toBe('Topview Video Avatar task task-2 failed: Face not detected in the video');
	expect(run.error.description).toMatch(/not charged/);
});

test.each(['failed', 'error'])('undocumented status "%s" is a failure too', async (status) => {
	topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-3' }));
	queryReplies('task-3', [ok({ taskId: 'task-3', status, errorMsg: 'boom' })]);

	const run = await runTopview(submitAndWait());

	expect(run.error.message).toBe('Topview Video Avatar task task-3 failed: boom');
});

test('timeout names the task ID, says to use Query later, and makes exactly one POST', async () => {
	const submit = topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-slow' }));
	const submits = recordRequests(submit);
	const query = topview()
		.get('/v1/video_avatar/task/query')
		.query({ taskId: 'task-slow' })
		.times(1000)
		.reply(200, ok({ taskId: 'task-slow', status: 'running' }));
	const queries = recordRequests(query);

	const run = await runTopview(submitAndWait({ timeoutMinutes: 0.005 }));

	expect(run.status).toBe('error');
	expect(run.error.message).toBe('Topview Video Avatar task task-slow did not finish within 300 ms');
	expect(run.error.description).toMatch(/Use the Query operation with task ID task-slow later/);
	expect(run.error.description).toMatch(/was not submitted again/);
	expect(submits).toHaveLength(1);
	expect(queries.length).toBeGreaterThan(0);
});

test('5003 and HTTP 502 while waiting are retried without losing the task', async () => {
	topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-4' }));
	const query = topview();
	query.get('/v1/video_avatar/task/query').query({ taskId: 'task-4' }).reply(200, fail('5003', 'Server busy'));
	query.get('/v1/video_avatar/task/query').query({ taskId: 'task-4' }).reply(502, 'Bad Gateway');
	query.get('/v1/video_avatar/task/query').query({ taskId: 'task-4' }).replyWithError(networkError('ECONNRESET'));
	query.get('/v1/video_avatar/task/query').query({ taskId: 'task-4' }).reply(200, ok({ taskId: 'task-4', status: 'success', outputVideoUrl: 'u' }));

	const run = await runTopview(submitAndWait());

	expect(query.isDone()).toBe(true);
	expect(run.items[0].json).toEqual({ taskId: 'task-4', status: 'success', outputVideoUrl: 'u' });
});

test('a query that keeps failing ends in an error naming the task, never a resubmit', async () => {
	const submit = topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-5' }));
	const submits = recordRequests(submit);
	topview().get('/v1/video_avatar/task/query').query({ taskId: 'task-5' }).times(20).reply(500, 'down');

	const run = await runTopview(submitAndWait());

	expect(submits).toHaveLength(1);
	expect(run.error.message).toBe('Topview request failed (500): HTTP 500: down (task task-5)');
});

test('12 items with Max Concurrent Tasks 3 never have more than 3 tasks in flight, and all finish', async () => {
	let inFlight = 0;
	let peak = 0;
	let counter = 0;
	const renders = new Map();
	topview()
		.post('/v1/video_avatar/task/submit')
		.times(12)
		.reply(200, () => {
			counter += 1;
			inFlight += 1;
			peak = Math.max(peak, inFlight);
			const taskId = `task-c${counter}`;
			renders.set(taskId, 2);
			return ok({ taskId, status: 'init' });
		});
	topview()
		.get('/v1/video_avatar/task/query')
		.query(true)
		.times(1000)
		.reply(200, (uri) => {
			const taskId = new URL(uri, 'https://x').searchParams.get('taskId');
			const left = renders.get(taskId) - 1;
			renders.set(taskId, left);
			if (left > 0) return ok({ taskId, status: 'running' });
			inFlight -= 1;
			return ok({ taskId, status: 'success', outputVideoUrl: `https://cdn.example.com/${taskId}.mp4` });
		});
	const items = Array.from({ length: 12 }, (_, i) => ({ json: { script: `script ${i}` } }));

	const run = await runTopview(submitAndWait({ maxConcurrentTasks: 3 }), { items });

	expect(run.error).toBeUndefined();
	expect(peak).toBe(3);
	expect(counter).toBe(12);
	expect(run.items).toHaveLength(12);
	expect(run.items.every((item) => item.json.status === 'success')).toBe(true);
	expect(run.items.map((item) => item.pairedItem.item)).toEqual([...Array(12).keys()]);
});

test('without waiting, Max Concurrent Tasks still bounds concurrent submits', async () => {
	let inFlight = 0;
	let peak = 0;
	topview()
		.post('/v1/video_avatar/task/submit')
		.times(10)
		.reply((_uri, _body, callback) => {
			inFlight += 1;
			peak = Math.max(peak, inFlight);
			setTimeout(() => {
				inFlight -= 1;
				callback(null, [200, ok({ taskId: `t-${Math.random()}` })]);
			}, 20);
		});
	const items = Array.from({ length: 10 }, () => ({ json: {} }));

	const run = await runTopview({ ...submitAndWait({ maxConcurrentTasks: 2 }), waitForCompletion: false }, { items });

	expect(run.items).toHaveLength(10);
	expect(peak).toBe(2);
});

test('4007 on submit means not accepted: waits, re-submits, and the item succeeds with one task', async () => {
	const submit = topview();
	submit.post('/v1/video_avatar/task/submit').reply(200, fail('4007', 'Unfinished task exists, please wait for the previous task to complete'));
	submit.post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-6' }));
	const submits = recordRequests(submit);
	queryReplies('task-6', ['success']);

	const run = await runTopview(submitAndWait());

	expect(submits).toHaveLength(2);
	expect(submits[0].body).toEqual(submits[1].body);
	expect(run.items[0].json.taskId).toBe('task-6');
	expect(run.items[0].json.status).toBe('success');
});

test('5003 and HTTP 429 on submit are re-sent; 4100 is not', async () => {
	const submit = topview();
	submit.post('/v1/video_avatar/task/submit').reply(200, fail('5003', 'Server busy'));
	submit.post('/v1/video_avatar/task/submit').reply(429, 'Too Many Requests');
	submit.post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-7' }));
	const submits = recordRequests(submit);

	const accepted = await runTopview({ ...submitAndWait(), waitForCompletion: false });
	expect(submits).toHaveLength(3);
	expect(accepted.items[0].json).toEqual({ taskId: 'task-7' });

	const refused = topview().post('/v1/video_avatar/task/submit').reply(200, fail('4100', 'Credit not enough'));
	const refusedRequests = recordRequests(refused);
	const run = await runTopview({ ...submitAndWait(), waitForCompletion: false });
	expect(refusedRequests).toHaveLength(1);
	expect(run.error.message).toBe('Topview error 4100: Credit not enough');
});

test('a dropped connection on submit is a clear error and is never re-sent', async () => {
	const submit = topview().post('/v1/video_avatar/task/submit').replyWithError(networkError('ECONNRESET'));
	const submits = recordRequests(submit);
	const extra = topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'double-charge' }));

	const run = await runTopview(submitAndWait());

	expect(submits).toHaveLength(1);
	expect(extra.isDone()).toBe(false);
	expect(run.error.message).toBe('Topview request failed (ECONNRESET): socket hang up');
	expect(run.error.description).toMatch(/may have reached Topview and created a task; it was not sent again/);
	expect(run.error.description).toMatch(/credit logs/);
	expect(everything(run)).not.toContain('sk-test-secret-key');
});

test('a refused connection on submit never reached Topview, so it is retried', async () => {
	const submit = topview();
	submit.post('/v1/video_avatar/task/submit').replyWithError(networkError('ECONNREFUSED', 'connect ECONNREFUSED'));
	submit.post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-8' }));

	const run = await runTopview({ ...submitAndWait(), waitForCompletion: false });

	expect(submit.isDone()).toBe(true);
	expect(run.items[0].json).toEqual({ taskId: 'task-8' });
});

test('continue on fail keeps the other items\' results', async () => {
	topview()
		.post('/v1/video_avatar/task/submit')
		.times(3)
		.reply(200, (_uri, body) => ok({ taskId: `task-${body.ttsText}` }));
	queryReplies('task-a', ['success']);
	queryReplies('task-b', ['running', 'fail']);
	queryReplies('task-c', ['running', 'success']);
	const items = ['a', 'b', 'c'].map((script) => ({ json: { script } }));

	const run = await runTopview(submitAndWait(), { items, continueOnFail: true });

	expect(run.status).toBe('success');
	expect(run.items.map((item) => item.json.status ?? item.json.error)).toEqual([
		'success',
		'Topview Video Avatar task task-b failed: Face not detected in the video',
		'success',
	]);
	expect(run.items.map((item) => item.pairedItem.item)).toEqual([0, 1, 2]);
});

test('stopping the execution ends the wait at once, without further queries', async () => {
	topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-stop' }));
	const query = topview()
		.get('/v1/video_avatar/task/query')
		.query({ taskId: 'task-stop' })
		.times(100)
		.reply(200, ok({ taskId: 'task-stop', status: 'running' }));
	const queries = recordRequests(query);
	const started = Date.now();

	const run = await runTopview(
		submitAndWait({ firstCheckDelaySeconds: 0.05, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 0.5 }),
		{ cancelAfterMs: 300 },
	);
	const queriesAtStop = queries.length;
	// Longer than the poll interval: a wait that ignored the stop would have queried again by now.
	await new Promise((resolve) => setTimeout(resolve, 1200));

	expect(run.status).toBe('canceled');
	expect(Date.now() - started).toBeLessThan(3000);
	expect(queriesAtStop).toBe(1);
	expect(queries).toHaveLength(1);
});
