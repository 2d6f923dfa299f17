// Board → Delete Tasks, Download Tasks and Get Download: the exact documented requests
// (test/contract/fixtures/board/boardTasksBatch*.json), the items produced, and validation before any request.
const { runTopview } = require('../helpers/engine');
const { topview, recordRequests, nock, expectRefusedWithoutRequest } = require('../helpers/http');
const { fixture, requestProblems, parseRecorded, documentedResponse } = require('../contract/contract');


const locator = (value) => ({ __rl: true, mode: 'id', value });
const run = (operation, parameters = {}) => runTopview({ resource: 'board', operation, ...parameters });

describe('Delete Tasks', () => {
	test('POST /boards/tasks/batch-delete with the listed task IDs, as documented; the item says what was deleted', async () => {
		const fx = fixture('boardTasksBatchDelete');
		const seen = recordRequests(topview().post('/boards/tasks/batch-delete').reply(200, documentedResponse(fx)));

		const out = await run('deleteTasks', { boardId: locator('board_123456'), taskIds: ' task_1, task_2 ,' });

		expect(seen).toHaveLength(1);
		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(seen[0].body).toEqual(fx.request.example);
		expect(out.items).toEqual([
			{ json: { deleted: true, boardId: 'board_123456', taskIds: ['task_1', 'task_2'] }, pairedItem: { item: 0 } },
		]);
	});

	test('Select All sends the filter and excluded tasks, not task IDs; an answer from Topview is kept', async () => {
		const fx = fixture('boardTasksBatchDelete');
		const answer = { ...documentedResponse(fx), result: { deletedCount: 4 } };
		const seen = recordRequests(topview().post('/boards/tasks/batch-delete').reply(200, answer));

		const out = await run('deleteTasks', {
			boardId: locator('board_123456'),
			selectAll: true,
			taskIds: 'ignored',
			filter: { mediaType: 'video', toolType: 'image2video' },
			excludeTaskIds: ['task_3'],
		});

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(seen[0].body).toEqual({
			boardId: 'board_123456',
			selectAll: true,
			filter: { mediaType: 'video', toolType: 'image2video' },
			excludeTaskIds: ['task_3'],
		});
		expect(out.items[0].json).toEqual({
			deleted: true,
			boardId: 'board_123456',
			selectAll: true,
			filter: { mediaType: 'video', toolType: 'image2video' },
			result: { deletedCount: 4 },
		});
	});

	test.each([
		['no task IDs', { boardId: locator('b1'), taskIds: ' , ' }, /^Task IDs is empty: enter the taskIds to delete/, 'taskIds'],
		['Select All without a filter', { boardId: locator('b1'), selectAll: true }, /^Select All needs a filter/, 'filter'],
		['no board', { boardId: locator(' '), taskIds: 't1' }, /^Board is empty/, 'boardId'],
	])('%s is refused before any request', async (_name, parameters, message, field) => {
		const out = await expectRefusedWithoutRequest(() => run('deleteTasks', parameters), message);
		expect(out.error.description).toContain(`Parameter: ${field}.`);
	});
});

describe('Download Tasks', () => {
	test('POST /boards/tasks/batch-download/submit, as documented; the download task is the item', async () => {
		const fx = fixture('boardTasksBatchDownloadSubmit');
		const seen = recordRequests(topview().post('/boards/tasks/batch-download/submit').reply(200, documentedResponse(fx)));

		const out = await run('downloadTasks', { boardId: locator('board_123456'), taskIds: ['task_1', 'task_2'] });

		expect(seen).toHaveLength(1);
		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(seen[0].body).toEqual(fx.request.example);
		expect(out.items).toEqual([{ json: documentedResponse(fx).result, pairedItem: { item: 0 } }]);
	});

	test('no task IDs is refused before any request', async () => {
		await expectRefusedWithoutRequest(
			() => run('downloadTasks', { boardId: locator('b1'), taskIds: ' , ' }),
			/^Task IDs is empty: enter the taskIds to download/,
		);
	});
});

describe('Get Download', () => {
	test('GET /boards/tasks/batch-download?downloadTaskId=&boardId=, as documented; the status with its URL is the item', async () => {
		const fx = fixture('boardTasksBatchDownload');
		const scope = topview().get('/boards/tasks/batch-download').query({ downloadTaskId: 'dl_1', boardId: 'board_123456' }).reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run('getDownload', { downloadTaskId: ' dl_1 ', boardId: locator('board_123456') });

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(parseRecorded(seen[0]).query).toEqual(fx.request.example);
		expect(out.items).toEqual([{ json: documentedResponse(fx).result, pairedItem: { item: 0 } }]);
	});

	test('the board is optional: only downloadTaskId is sent', async () => {
		const fx = fixture('boardTasksBatchDownload');
		const seen = recordRequests(topview().get('/boards/tasks/batch-download').query({ downloadTaskId: 'dl_1' }).reply(200, documentedResponse(fx)));

		const out = await run('getDownload', { downloadTaskId: 'dl_1' });

		expect(out.error).toBeUndefined();
		expect(parseRecorded(seen[0]).query).toEqual({ downloadTaskId: 'dl_1' });
	});

	test('no download task ID is refused before any request', async () => {
		await expectRefusedWithoutRequest(() => run('getDownload', { downloadTaskId: ' ' }), /^Download Task ID is empty/);
	});
});
