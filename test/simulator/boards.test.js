'use strict';

const { startSimulator } = require('./index');
const { apiClient } = require('./test-client');

let sim;
let api;

beforeAll(async () => {
	sim = await startSimulator({ port: 0 });
	api = apiClient(sim);
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const defaultBoard = async () => (await api.get('/boards/list')).result.list.find((b) => b.isSystemDefault);

describe('boards (§7.1, §11.12)', () => {
	test('one default board "My First Board"', async () => {
		const r = await api.get('/boards/list', { pageNo: 1, pageSize: 20 });
		expect(r.result).toMatchObject({ total: 1, pageNo: 1 });
		// The fields of https://docs.topview.ai/reference/listboards.
		expect(r.result.list[0]).toEqual({
			boardId: expect.any(String),
			name: 'My First Board',
			uid: 'sim-uid',
			ownerName: expect.any(String),
			taskCount: 0,
			recentThumbnails: [],
			members: [{ uid: 'sim-uid', nickname: expect.any(String), role: 'owner' }],
			shareTokens: [],
			isSystemDefault: true,
			syncFlag: true,
			gmtCreate: expect.any(String),
			gmtModify: expect.any(String),
			isOwner: true,
		});
	});

	test('create: name required (4003), ≤ 200 chars (4000), duplicate (4005); detail', async () => {
		expect((await api.post('/boards/create', {})).code).toBe('4003');
		expect((await api.post('/boards/create', { name: 'x'.repeat(201) })).code).toBe('4000');
		const c = await api.post('/boards/create', { name: 'Campaign' });
		expect(c.result).toEqual({ boardId: expect.any(String), name: 'Campaign' });
		expect((await api.post('/boards/create', { name: 'Campaign' })).code).toBe('4005');
		const list = await api.get('/boards/list');
		expect(list.result.total).toBe(2);
		const d = await api.get('/boards/detail', { boardId: c.result.boardId });
		expect(d.result).toMatchObject({
			name: 'Campaign',
			taskCount: 0,
			ownerName: expect.any(String),
			gmtCreate: expect.any(String),
			members: [{ uid: 'sim-uid', nickname: expect.any(String), role: 'owner' }],
		});
		expect((await api.get('/boards/detail', { boardId: 'nope' })).code).toBe('4004');
	});

	test('tasks submitted with boardId appear with live status and result, newest first, paged', async () => {
		const board = await defaultBoard();
		const va = await api.post('/v1/video_avatar/task/submit', { avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 1, ttsText: 'Hi', boardId: board.boardId });
		expect(va.result).toMatchObject({ boardId: board.boardId, boardTaskIds: [expect.any(String)] });
		sim.control.advanceClock(10);
		const img = await api.post('/v2/product_anyShoot/task/product_model/submit', { boardId: board.boardId });
		sim.control.advanceClock(10);
		await api.post('/v1/scraper/task/submit', { productLink: 'https://shop.example/p' }); // no boardId

		let r = await api.get('/boards/tasks/list', { boardId: board.boardId });
		expect(r.result.total).toBe(2);
		expect(r.result.list.map((t) => t.taskId)).toEqual([img.result.taskId, va.result.taskId]);
		// The fields of https://docs.topview.ai/reference/listboardtasks.
		expect(r.result.list[1]).toEqual({
			taskId: va.result.taskId,
			boardTaskId: va.result.boardTaskIds[0],
			boardId: board.boardId,
			sortWeight: expect.any(Number),
			uid: 'sim-uid',
			userName: expect.any(String),
			toolType: 'video_avatar',
			toolCategory: 'avatar',
			status: 'init',
			mediaType: 'video',
			rating: 0,
			parameters: { avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 1, ttsText: 'Hi', boardId: board.boardId },
			result: null,
			errorMessage: null,
			errorCode: null,
			creditsCost: 0,
			creditsPayerUid: 'sim-uid',
			creditsPayerName: expect.any(String),
			gmtCreate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
			gmtModify: expect.any(String),
			completedAt: null,
			isPinned: false,
			pinnedOriginalSortWeight: 0,
			groupIds: [],
			unresolvedCount: 0,
			useUnlimitMode: false,
			estimateInfo: { queueCount: 0, estimatedWaitSeconds: 0, estimatedProcessSeconds: expect.any(Number) },
		});
		sim.control.advanceClock(3000);
		r = await api.get('/boards/tasks/list', { boardId: board.boardId });
		expect(r.result.list[1]).toMatchObject({ status: 'success', creditsCost: 1, result: { videoUrl: `${sim.url}/files/${va.result.taskId}.mp4` } });
		expect(r.result.list[0]).toMatchObject({ mediaType: 'image', result: { imageUrl: expect.stringContaining('.png') } });

		const videos = await api.get('/boards/tasks/list', { boardId: board.boardId, mediaType: 'video' });
		expect(videos.result.list.map((t) => t.taskId)).toEqual([va.result.taskId]);
		const page2 = await api.get('/boards/tasks/list', { boardId: board.boardId, pageNo: 2, pageSize: 1 });
		expect(page2.result).toMatchObject({ total: 2, pageNo: 2 });
		expect(page2.result.list.map((t) => t.taskId)).toEqual([va.result.taskId]);
		const asc = await api.get('/boards/tasks/list', { boardId: board.boardId, sortOrder: 'asc' });
		expect(asc.result.list[0].taskId).toBe(va.result.taskId);
		expect((await api.get('/boards/list')).result.list[0].taskCount).toBe(2);
	});

	test('board task detail; boardId required and checked', async () => {
		sim.control.forceOutcome({ outcome: 'fail', errorMsg: 'No face' });
		const board = await defaultBoard();
		const t = await api.post('/v1/photo_avatar/task/submit', { avatarId: '6001', boardId: board.boardId });
		sim.control.advanceClock(3000);
		const d = await api.get('/boards/tasks/detail', { taskId: t.result.taskId });
		expect(d.result).toMatchObject({
			taskId: t.result.taskId,
			boardId: board.boardId,
			status: 'fail',
			errorMessage: 'No face',
			completedAt: expect.any(String),
			result: null,
		});
		expect((await api.get('/boards/tasks/list')).code).toBe('4003');
		expect((await api.post('/v1/scraper/task/submit', { productLink: 'https://x.example', boardId: 'nope' })).code).toBe('4004');
	});

	test('autoBoard puts tasks without boardId on the default board', async () => {
		sim.control.configure({ autoBoard: true });
		await api.post('/v1/scraper/task/submit', { productLink: 'https://x.example' });
		const board = await defaultBoard();
		expect(board.taskCount).toBe(1);
	});

	test('batch delete and batch download: listed task IDs, or Select All with a filter; answers as documented', async () => {
		const board = await defaultBoard();
		const submit = async (body) => (await api.post('/v1/scraper/task/submit', { productLink: 'https://x.example', boardId: board.boardId, ...body })).result.taskId;
		const [a, b, c] = [await submit(), await submit(), await submit()];

		expect((await api.post('/boards/tasks/batch-download/submit', { boardId: board.boardId })).code).toBe('4003');
		expect((await api.post('/boards/tasks/batch-download/submit', { boardId: board.boardId, selectAll: true })).code).toBe('4003');
		expect((await api.post('/boards/tasks/batch-delete', { boardId: board.boardId, taskIds: ['nope'] })).code).toBe('4004');

		const dl = await api.post('/boards/tasks/batch-download/submit', { boardId: board.boardId, selectAll: false, taskIds: [a, b] });
		expect(dl.result).toMatchObject({ downloadTaskId: expect.any(String), status: 'init', totalCount: 2 });
		const got = await api.get('/boards/tasks/batch-download', { boardId: board.boardId, downloadTaskId: dl.result.downloadTaskId });
		expect(got.result).toMatchObject({ status: 'success', fileCount: 2, downloadUrl: expect.stringMatching(/\.zip$/), expiresAt: expect.any(String) });
		expect((await api.get('/boards/tasks/batch-download', { downloadTaskId: 'nope' })).code).toBe('4004');

		const del = await api.post('/boards/tasks/batch-delete', { boardId: board.boardId, selectAll: true, filter: { mediaType: 'all' }, excludeTaskIds: [c] });
		expect(del.code).toBe('200');
		const left = await api.get('/boards/tasks/list', { boardId: board.boardId });
		expect(left.result.list.map((t) => t.taskId)).toEqual([c]);
		const batch = sim.control.listRequests().filter((r) => r.path.startsWith('/boards/tasks/batch'));
		expect(batch.filter((r) => r.response.code === '200')).toHaveLength(3);
		expect(batch.filter((r) => r.contractGaps)).toEqual([]);
	});
});
