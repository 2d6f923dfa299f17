const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, expectRefusedWithoutRequest } = require('../helpers/http');

test('Query sends the task ID and outputs the whole result object', async () => {
	const result = {
		taskId: 'task-1',
		status: 'success',
		errorMsg: null,
		inputVideoFileId: null,
		inputAudioFileId: 'f-a',
		outputVideoUrl: 'https://cdn.example.com/task-1.mp4',
		costCredit: 3,
		someFutureField: { nested: true },
	};
	const scope = topview().get('/v1/video_avatar/task/query').query({ taskId: 'task-1' }).reply(200, ok(result));
	const seen = recordRequests(scope);

	const run = await runTopview({ resource: 'videoAvatar', operation: 'query', taskId: 'task-1' });

	expect(seen).toHaveLength(1);
	expect(seen[0].method).toBe('GET');
	expect(seen[0].headers['topview-uid']).toBe('u-test-1');
	expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
});

test('Query passes needCloudFrontUrl when set', async () => {
	const scope = topview()
		.get('/v1/video_avatar/task/query')
		.query({ taskId: 'task-1', needCloudFrontUrl: 'true' })
		.reply(200, ok({ taskId: 'task-1', status: 'running' }));

	const run = await runTopview({
		resource: 'videoAvatar',
		operation: 'query',
		taskId: 'task-1',
		options: { needCloudFrontUrl: true },
	});

	expect(scope.isDone()).toBe(true);
	expect(run.items[0].json).toEqual({ taskId: 'task-1', status: 'running' });
});

test('Query accepts a numeric success code', async () => {
	topview().get('/v1/video_avatar/task/query').query(true).reply(200, { code: 200, message: 'ok', result: { taskId: 't', status: 'init' } });

	const run = await runTopview({ resource: 'videoAvatar', operation: 'query', taskId: 't' });

	expect(run.items[0].json).toEqual({ taskId: 't', status: 'init' });
});

test('Query of an unknown task fails with 4004 naming the task', async () => {
	topview().get('/v1/video_avatar/task/query').query(true).reply(200, { code: '4004', message: 'Task not found', result: null });

	const run = await runTopview({ resource: 'videoAvatar', operation: 'query', taskId: 'nope-1' });

	expect(run.status).toBe('error');
	expect(run.error.message).toBe('Topview error 4004: Task not found (task nope-1)');
	expect(run.error.description).toMatch(/does not know this ID/);
});

// Every query by task ID shares this check (queryRouting, the Product Avatar versions, Get Scripts, Get Task).
test.each([
	[{ resource: 'videoAvatar', operation: 'query' }],
	[{ resource: 'productAvatar', operation: 'queryReplaceProductImage', version: 'v1' }],
	[{ resource: 'marketingVideo', operation: 'getScripts' }],
	[{ resource: 'board', operation: 'getTask' }],
])('a blank Task ID is refused before any request: %j', async (parameters) => {
	await expectRefusedWithoutRequest(() => runTopview({ ...parameters, taskId: '  ' }), /^Task ID is empty: enter the taskId returned by Submit$/);
});
