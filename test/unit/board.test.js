// Board resource: Create, Get, Get Many, Update, Delete, Get Tasks and Get Task — the exact documented
// request of each (test/contract/fixtures/board/), the items produced, and validation before any request.
const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, expectRefusedWithoutRequest } = require('../helpers/http');
const { fixture, requestProblems, parseRecorded, documentedResponse } = require('../contract/contract');

const locator = (value) => ({ __rl: true, mode: 'id', value });
const run = (operation, parameters = {}) => runTopview({ resource: 'board', operation, ...parameters });

const expectRejected = (operation, parameters, message, description) =>
	expectRefusedWithoutRequest(() => run(operation, parameters), message, description);

describe('Create', () => {
	test('POST /boards/create with the name, as documented; the new board is the item', async () => {
		const fx = fixture('boardCreate');
		const scope = topview().post('/boards/create').reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run('create', { name: '  Campaign Q3 ' });

		expect(seen).toHaveLength(1);
		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(seen[0].body).toEqual({ name: 'Campaign Q3' });
		expect(out.items).toEqual([{ json: { boardId: 'board_789012', name: 'Campaign Q3' }, pairedItem: { item: 0 } }]);
	});

	test('an empty or too long name fails before any request', async () => {
		await expectRejected('create', { name: '  ' }, /Name is empty/);
		await expectRejected('create', { name: 'x'.repeat(201) }, /longer than 200 characters/);
	});
});

describe('Get', () => {
	test('GET /boards/detail?boardId= from the picker', async () => {
		const fx = fixture('boardGet');
		const scope = topview().get('/boards/detail').query({ boardId: 'board_123456' }).reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run('get', { boardId: locator('board_123456') });

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(out.items).toEqual([{ json: documentedResponse(fx).result, pairedItem: { item: 0 } }]);
	});

	test('no board fails before any request', async () => {
		await expectRejected('get', { boardId: locator(' ') }, /Board is empty/);
	});
});

describe('Update', () => {
	test('PUT /boards/update with boardId and the new name', async () => {
		const fx = fixture('boardUpdate');
		const scope = topview().put('/boards/update').reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run('update', { boardId: locator('board_789012'), name: 'Campaign Q4' });

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(seen[0].body).toEqual({ boardId: 'board_789012', name: 'Campaign Q4' });
		expect(out.items[0].json).toEqual({ boardId: 'board_789012', name: 'Campaign Q4' });
	});

	test('an empty new name fails before any request', async () => {
		await expectRejected('update', { boardId: locator('board_789012'), name: '   ' }, /Name is empty/);
	});
});

describe('Delete', () => {
	test('DELETE /boards/delete?boardId=; the item says what was deleted', async () => {
		const fx = fixture('boardDelete');
		const scope = topview().delete('/boards/delete').query({ boardId: 'board_789012' }).reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run('delete', { boardId: locator('board_789012') });

		expect(seen).toHaveLength(1);
		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(out.items).toEqual([{ json: { deleted: true, boardId: 'board_789012' }, pairedItem: { item: 0 } }]);
	});
});

describe('Get Many', () => {
	test('pages /boards/list; each board is an item', async () => {
		topview()
			.get('/boards/list')
			.query({ pageNo: '1', pageSize: '2' })
			.reply(200, ok({ data: [{ boardId: 'b1', name: 'My First Board', isSystemDefault: true }, { boardId: 'b2', name: 'Q3' }], total: 3, pageNo: 1 }));

		const out = await run('getAll', { returnAll: false, limit: 2 });

		expect(out.items).toEqual([
			{ json: { boardId: 'b1', name: 'My First Board', isSystemDefault: true }, pairedItem: { item: 0 } },
			{ json: { boardId: 'b2', name: 'Q3' }, pairedItem: { item: 0 } },
		]);
	});

	test('the array named list, as the reference page has it, is read too', async () => {
		topview()
			.get('/boards/list')
			.query({ pageNo: '1', pageSize: '50' })
			.reply(200, ok({ list: [{ boardId: 'b1', name: 'My First Board' }], total: 1, pageNo: 1 }));

		const out = await run('getAll', { returnAll: false, limit: 50 });

		expect(out.items).toEqual([{ json: { boardId: 'b1', name: 'My First Board' }, pairedItem: { item: 0 } }]);
	});
});

describe('Get Tasks', () => {
	test('GET /boards/tasks/list with the board and every filter; each task is an item', async () => {
		const scope = topview()
			.get('/boards/tasks/list')
			.query(true)
			.reply(200, ok({ list: [{ taskId: 't1', status: 'success', mediaType: 'audio' }], total: 1, pageNo: 1 }));
		const seen = recordRequests(scope);

		const out = await run('getTasks', {
			boardId: locator('board_1'),
			returnAll: true,
			filters: { mediaType: 'audio', rating: 3, sortField: 'completedAt', sortOrder: 'asc', toolCategory: 'voice', toolType: 'text2voice' },
		});

		expect(parseRecorded(seen[0]).query).toEqual({
			boardId: 'board_1',
			mediaType: 'audio',
			rating: '3',
			sortField: 'completedAt',
			sortOrder: 'asc',
			toolCategory: 'voice',
			toolType: 'text2voice',
			pageNo: '1',
			pageSize: '100',
		});
		expect(out.items).toEqual([{ json: { taskId: 't1', status: 'success', mediaType: 'audio' }, pairedItem: { item: 0 } }]);
	});

	test('no board fails before any request', async () => {
		await expectRejected('getTasks', { boardId: locator('  '), returnAll: true }, /Board is empty/);
	});
});

describe('Get Task', () => {
	test('GET /boards/tasks/detail?taskId=', async () => {
		const fx = fixture('boardGetTask');
		const scope = topview().get('/boards/tasks/detail').query({ taskId: 'task_abc123' }).reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run('getTask', { taskId: 'task_abc123' });

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(out.items[0].json).toEqual(documentedResponse(fx).result);
	});
});
