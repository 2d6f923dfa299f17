'use strict';
/*
 * Boards in a real n8n: examples/manage-boards.json creates a board, renames it, reads it and its tasks,
 * and deletes it (simulator); Download Tasks, Get Download and Delete Tasks on a board; Marketing Video Get
 * Many lists m2v tasks.
 */
const { connect, example, nameFor, nodeOutput, describeExecution } = require('./support/e2e');

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

test('Create, Update, Get, Get Tasks and Delete a board (examples/manage-boards.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = example('manage-boards');
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'boards') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const created = nodeOutput(exec, 'Create Board')[0].json;
	expect(created).toEqual({ boardId: expect.any(String), name: 'Campaign Q3' });
	expect(nodeOutput(exec, 'Rename Board')[0].json).toEqual({ boardId: created.boardId, name: 'Campaign Q4' });
	expect(nodeOutput(exec, 'Get Board')[0].json).toMatchObject({ boardId: created.boardId, name: 'Campaign Q4', taskCount: 0 });
	expect(nodeOutput(exec, 'Delete Board')[0].json).toEqual({ deleted: true, boardId: created.boardId });

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/boards/' });
	expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
		'POST /boards/create',
		'PUT /boards/update',
		'GET /boards/detail',
		'GET /boards/tasks/list',
		'DELETE /boards/delete',
	]);
	expect(requests[1].body).toEqual({ boardId: created.boardId, name: 'Campaign Q4' });
	expect(requests[3].query).toMatchObject({ boardId: created.boardId, mediaType: 'video', sortOrder: 'desc' });
	expect(requests[4].query).toEqual({ boardId: created.boardId });
	expect(requests.every((r) => r.response.code === '200')).toBe(true);

	const boards = await ctx.sim.topview('GET', '/boards/list?pageNo=1&pageSize=100');
	expect(boards.list.some((b) => b.boardId === created.boardId)).toBe(false);
});

test('Marketing Video Get Many lists the account’s m2v tasks, Delete removes one', async () => {
	const submitted = await ctx.sim.topview('POST', '/v1/m2v/task/submit', { productLink: 'https://shop.example.com/p/e2e-list' });
	const workflow = {
		name: 'Topview: list marketing video tasks',
		nodes: [
			{ id: 'a1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'a2',
				name: 'List Marketing Videos',
				type: 'n8n-nodes-topview.topview',
				typeVersion: 1,
				position: [220, 0],
				parameters: { resource: 'marketingVideo', operation: 'getAll', returnAll: true },
				credentials: { topviewApi: { id: ctx.credential.id, name: ctx.credential.name } },
			},
			{
				id: 'a3',
				name: 'Delete Marketing Video',
				type: 'n8n-nodes-topview.topview',
				typeVersion: 1,
				position: [440, 0],
				executeOnce: true,
				parameters: { resource: 'marketingVideo', operation: 'delete', taskIds: submitted.taskId },
				credentials: { topviewApi: { id: ctx.credential.id, name: ctx.credential.name } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'List Marketing Videos', type: 'main', index: 0 }]] },
			'List Marketing Videos': { main: [[{ node: 'Delete Marketing Video', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'm2v-list') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);
	const ids = nodeOutput(exec, 'List Marketing Videos').map((item) => item.json.taskId);
	expect(ids).toContain(submitted.taskId);
	expect(nodeOutput(exec, 'Delete Marketing Video')).toEqual([expect.objectContaining({ json: { deleted: true, taskIds: [submitted.taskId] } })]);
	const after = await ctx.sim.topview('GET', '/v1/m2v/task/list?pageNo=1&pageSize=100');
	expect(after.data.map((t) => t.taskId)).not.toContain(submitted.taskId);
});

test('Download Tasks → Get Download → Delete Tasks (Select All) on a board with two tasks', async () => {
	const board = await ctx.sim.topview('POST', '/boards/create', { name: `e2e batch ${Date.now()}` });
	const submit = (n) => ctx.sim.topview('POST', '/v1/scraper/task/submit', { productLink: `https://shop.example.com/p/batch-${n}`, boardId: board.boardId });
	const tasks = [await submit(1), await submit(2)];
	const since = await ctx.sim.lastRequestId();
	const node = (id, name, x, parameters) => ({
		id,
		name,
		type: 'n8n-nodes-topview.topview',
		typeVersion: 1,
		position: [x, 0],
		parameters: { resource: 'board', ...parameters },
		credentials: { topviewApi: { id: ctx.credential.id, name: ctx.credential.name } },
	});
	const boardId = { __rl: true, mode: 'id', value: board.boardId };
	const workflow = {
		name: 'Topview: download and delete the tasks of a board',
		nodes: [
			{ id: 'b1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			node('b2', 'Download Tasks', 220, { operation: 'downloadTasks', boardId, taskIds: tasks.map((t) => t.taskId).join(', ') }),
			node('b3', 'Get Download', 440, { operation: 'getDownload', downloadTaskId: '={{ $json.downloadTaskId }}', boardId }),
			node('b4', 'Delete Tasks', 660, { operation: 'deleteTasks', boardId, selectAll: true, filter: { mediaType: 'all' } }),
		],
		connections: {
			Start: { main: [[{ node: 'Download Tasks', type: 'main', index: 0 }]] },
			'Download Tasks': { main: [[{ node: 'Get Download', type: 'main', index: 0 }]] },
			'Get Download': { main: [[{ node: 'Delete Tasks', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'board-batch') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const download = nodeOutput(exec, 'Download Tasks')[0].json;
	expect(download).toMatchObject({ downloadTaskId: expect.any(String), status: 'init', totalCount: 2 });
	expect(nodeOutput(exec, 'Get Download')[0].json).toMatchObject({
		downloadTaskId: download.downloadTaskId,
		status: 'success',
		fileCount: 2,
		downloadUrl: expect.stringMatching(/\.zip$/),
	});
	expect(nodeOutput(exec, 'Delete Tasks')[0].json).toEqual({ deleted: true, boardId: board.boardId, selectAll: true, filter: { mediaType: 'all' } });

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/boards/' });
	expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
		'POST /boards/tasks/batch-download/submit',
		'GET /boards/tasks/batch-download',
		'POST /boards/tasks/batch-delete',
	]);
	expect(requests[0].body).toEqual({ boardId: board.boardId, selectAll: false, taskIds: tasks.map((t) => t.taskId) });
	expect(requests[1].query).toEqual({ downloadTaskId: download.downloadTaskId, boardId: board.boardId });
	expect(requests[2].body).toEqual({ boardId: board.boardId, selectAll: true, filter: { mediaType: 'all' } });
	expect(requests.every((r) => r.response.code === '200')).toBe(true);
	const left = await ctx.sim.topview('GET', `/boards/tasks/list?boardId=${board.boardId}`);
	expect(left.list).toEqual([]);
});
