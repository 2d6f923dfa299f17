// Boards (the board picker and the Board Task Finished trigger) and the trigger's other sources (the
// account's credit log, task IDs), held to Topview's documented examples.
const { serve, problemsOf, pick, createTrigger, locator } = require('./harness');
const { failOnUnmatchedRequests } = require('../helpers/http');

failOnUnmatchedRequests();

test('the board picker asks the documented GET /boards/list and reads the page\'s list[]', async () => {
	const api = serve('boardsList');
	const found = await pick('listSearch', 'searchBoards', { resource: 'videoAvatar', operation: 'submit' });

	expect(problemsOf(api)).toEqual([[]]);
	expect(found.results).toEqual([{ name: 'My First Board (default)', value: 'string', url: 'https://www.topview.ai/board/string' }]);
});

test('Board Task Finished, Fetch Test Event: the documented board task list; the example task is the event', async () => {
	const api = serve('boardTasksList');
	const trigger = createTrigger({ event: 'boardTaskFinished', boardId: locator('string'), emitOn: 'both', options: {} });

	const out = await trigger.poll('manual');

	expect(problemsOf(api)).toEqual([[]]);
	expect(api.sent()[0].query).toMatchObject({ boardId: 'string', sortField: 'gmtCreate', sortOrder: 'desc' });
	expect(out).toEqual([[{ json: { ...api.example.result.list[0], event: 'boardTaskFinished' } }]]);
});

test('Board Task Finished: a pending task no longer listed is read with the documented GET /boards/tasks/detail', async () => {
	const running = serve('boardTasksList', {
		answer: (example) => ({ ...example, result: { ...example.result, list: [{ ...example.result.list[0], status: 'running' }] } }),
	});
	const trigger = createTrigger({ event: 'boardTaskFinished', boardId: locator('string'), emitOn: 'both', options: {} });
	expect(await trigger.poll()).toBeNull();

	const empty = serve('boardTasksList', { answer: (example) => ({ ...example, result: { ...example.result, list: [], total: 0 } }) });
	const detail = serve('boardTaskDetail');
	const out = await trigger.poll();

	expect(problemsOf(running)).toEqual([[]]);
	expect(problemsOf(empty)).toEqual([[]]);
	expect(problemsOf(detail)).toEqual([[]]);
	expect(out).toEqual([[{ json: { ...detail.example.result, event: 'boardTaskFinished' } }]]);
});

test('Video Avatar Task Finished on the account, Fetch Test Event: the documented credit log and task query', async () => {
	const logs = serve('creditLogs');
	const query = serve('videoAvatarQuery');
	const trigger = createTrigger({ event: 'videoAvatarTaskFinished', watch: 'account', emitOn: 'both', options: {} });

	const out = await trigger.poll('manual');

	expect(problemsOf(logs)).toEqual([[]]);
	expect(logs.sent()[0].query).toMatchObject({ taskType: 'video_avatar' });
	expect(problemsOf(query)).toEqual([[]]);
	expect(out).toEqual([[{ json: { ...query.example.result, event: 'videoAvatarTaskFinished' } }]]);
});

test.each([
	['photoAvatarTaskFinished', 'photoAvatarQuery'],
	['marketingVideoTaskFinished', 'm2vQuery'],
	['scraperTaskFinished', 'scraperQuery'],
	['imageToVideoTaskFinished', 'imageToVideoQuery'],
	['videoToAvatarTaskFinished', 'videoToAvatarQuery'],
	['removeBackgroundTaskFinished', 'removeBackgroundQuery'],
	['voiceCloneTaskFinished', 'voiceCloneQuery'],
	['textToSpeechTaskFinished', 'textToVoiceQuery'],
])('%s on listed task IDs: the documented query; the example answer is the event', async (event, queryFixture) => {
	const query = serve(queryFixture);
	const { taskId } = query.example.result;
	const trigger = createTrigger({ event, watch: 'taskIds', taskIds: taskId, emitOn: 'both', options: {} });

	const out = await trigger.poll();

	expect(problemsOf(query)).toEqual([[]]);
	expect(query.sent()[0].query).toEqual({ taskId });
	expect(out).toEqual([[{ json: { ...query.example.result, event } }]]);
});
