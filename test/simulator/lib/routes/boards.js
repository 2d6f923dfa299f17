'use strict';

const { err } = require('../envelope');
const { isEmpty, requireField } = require('../validation');
const { readPaging, paginate } = require('../paging');
const { addBoard } = require('../accounts');
const { iso } = require('../time-format');

/**
 * Boards (§7.1): one default board per account plus created ones; board task lists show every task
 * submitted with that boardId (or, with config.autoBoard, without one) with its live status and result.
 * Simulator choice: times are ISO 8601 UTC strings.
 */

function boardTasks(sim, board) {
	return board.taskIds.map((id) => sim.state.tasks.get(id)).filter(Boolean);
}

/**
 * A board task entry with the fields of https://docs.topview.ai/reference/listboardtasks (the same on
 * https://docs.topview.ai/reference/getboardtaskdetail). Simulator choices for what the pages do not
 * explain: the submit parameters as `parameters`, no pinning, groups or queue estimate.
 */
function taskItem(sim, task) {
	const fam = sim.families.get(task.family);
	const board = fam.board || {};
	const account = sim.state.accounts.get(task.uid);
	const userName = account ? account.ownerName : null;
	const done = sim.engine.isTerminal(task);
	return {
		taskId: task.taskId,
		boardTaskId: task.boardTaskId,
		boardId: task.boardId,
		sortWeight: task.createdAt,
		uid: task.uid,
		userName,
		toolType: board.toolType || fam.id,
		toolCategory: board.toolCategory || null,
		status: task.status,
		mediaType: board.mediaType || 'video',
		rating: 0,
		parameters: publicParams(task.params),
		result: sim.engine.boardResultOf(task),
		errorMessage: task.errorMsg,
		errorCode: task.errorMsg ? 'TASK_FAILED' : null,
		creditsCost: task.charged,
		creditsPayerUid: task.uid,
		creditsPayerName: userName,
		gmtCreate: iso(task.createdAt),
		gmtModify: iso(task.completedAt ?? task.startedAt ?? task.createdAt),
		completedAt: iso(task.completedAt),
		isPinned: false,
		pinnedOriginalSortWeight: 0,
		groupIds: [],
		unresolvedCount: 0,
		useUnlimitMode: false,
		estimateInfo: {
			queueCount: 0,
			estimatedWaitSeconds: 0,
			estimatedProcessSeconds: done ? 0 : Math.max(0, Math.ceil((task.doneAt - sim.clock.now()) / 1000)),
		},
	};
}

/** The submit parameters a board shows, without the callback address. */
function publicParams(params) {
	const { noticeUrl, ...rest } = params || {};
	return JSON.parse(JSON.stringify(rest));
}

const owner = (account) => ({ uid: account.uid, nickname: account.ownerName, role: 'owner' });

/**
 * A board entry with the fields of https://docs.topview.ai/reference/listboards. Simulator choices: boards
 * are not shared (the owner is the only member, no share tokens), the thumbnails are the covers of its
 * latest finished image or video tasks.
 */
function boardItem(sim, account, b) {
	const tasks = boardTasks(sim, b);
	const thumbnails = tasks
		.map((t) => sim.engine.boardResultOf(t))
		.filter(Boolean)
		.map((r) => r.coverUrl || r.imageUrl || r.videoUrl)
		.filter(Boolean);
	return {
		boardId: b.boardId,
		name: b.name,
		uid: account.uid,
		ownerName: account.ownerName,
		taskCount: tasks.length,
		recentThumbnails: thumbnails.slice(-4).reverse(),
		members: [owner(account)],
		shareTokens: [],
		isSystemDefault: b.isSystemDefault,
		syncFlag: true,
		gmtCreate: iso(b.gmtCreate),
		gmtModify: iso(b.gmtModify ?? b.gmtCreate),
		isOwner: true,
	};
}

function findBoard(account, boardId) {
	const b = account.boards.find((x) => x.boardId === String(boardId));
	if (!b) throw err.notFound(`Board not found: ${boardId}`);
	return b;
}

/**
 * The tasks a batch operation names (https://docs.topview.ai/reference/batchdeletetasks): `taskIds`, or with
 * `selectAll: true` every task of the board matching `filter` except `excludeTaskIds`. Simulator choices: the
 * board is required, a listed task not on the board is 4004, a filter value `all` matches everything and
 * `unrated` matches rating 0.
 */
function selectedTasks(sim, account, params) {
	sim.engine.sweep();
	const board = findBoard(account, requireField(params, 'boardId'));
	const onBoard = boardTasks(sim, board);
	if (params.selectAll === true || params.selectAll === 'true') {
		const filter = params.filter;
		if (!filter || typeof filter !== 'object' || !Object.keys(filter).length) throw err.required('filter');
		const excluded = new Set(Array.isArray(params.excludeTaskIds) ? params.excludeTaskIds.map(String) : []);
		const matches = (value, wanted) => isEmpty(wanted) || wanted === 'all' || String(value) === String(wanted);
		const tasks = onBoard.filter((task) => {
			const item = taskItem(sim, task);
			const rating = filter.rating === 'unrated' ? '0' : filter.rating;
			return (
				!excluded.has(task.taskId) &&
				matches(item.mediaType, filter.mediaType) &&
				matches(item.toolCategory, filter.toolCategory) &&
				matches(item.toolType, filter.toolType) &&
				matches(item.rating, rating)
			);
		});
		return { board, tasks };
	}
	const taskIds = params.taskIds;
	if (!Array.isArray(taskIds) || !taskIds.length) throw err.required('taskIds');
	const tasks = taskIds.map((id) => {
		const task = onBoard.find((t) => t.taskId === String(id));
		if (!task) throw err.notFound(`Task not on board ${board.boardId}: ${id}`);
		return task;
	});
	return { board, tasks };
}

/** A batch download as Get Batch Download Status answers it; simulator choice: the ZIP is ready at once. */
function downloadItem(sim, download) {
	return {
		downloadTaskId: download.downloadTaskId,
		status: 'success',
		progress: 100,
		processedCount: download.taskIds.length,
		totalCount: download.taskIds.length,
		downloadUrl: sim.resultUrl(`${download.downloadTaskId}.zip`),
		fileCount: download.taskIds.length,
		totalSize: 1024 * download.taskIds.length,
		expiresAt: iso(download.createdAt + 24 * 3600 * 1000),
		gmtCreate: iso(download.createdAt),
		completedAt: iso(download.createdAt),
	};
}

const routes = [
	{
		method: 'GET',
		path: '/boards/list',
		handler({ sim, account, params }) {
			const page = paginate(account.boards, readPaging(params));
			// The reference page names the array list[] (the official client reads data[]; the node reads both):
			// https://docs.topview.ai/reference/listboards
			return {
				list: page.items.map((b) => boardItem(sim, account, b)),
				total: page.total,
				pageNo: page.pageNo,
				pageSize: page.pageSize,
			};
		},
	},
	{
		method: 'POST',
		path: '/boards/create',
		handler({ sim, account, params }) {
			const name = String(requireField(params, 'name')).trim();
			if (name.length > 200) throw err.param('name must be at most 200 characters');
			if (account.boards.some((b) => b.name === name)) throw err.duplicated(`Board name already exists: ${name}`);
			const b = addBoard(sim, account, name, false);
			return { boardId: b.boardId, name: b.name };
		},
	},
	{
		method: 'GET',
		path: '/boards/detail',
		handler({ sim, account, params }) {
			const b = findBoard(account, requireField(params, 'boardId'));
			return {
				boardId: b.boardId,
				name: b.name,
				taskCount: boardTasks(sim, b).length,
				isSystemDefault: b.isSystemDefault,
				ownerName: account.ownerName,
				gmtCreate: iso(b.gmtCreate),
				// Members as Topview's client prints them (nickname, role): https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/board.py
				members: [owner(account)],
			};
		},
	},
	{
		// Rename, as Topview's official client calls it (PUT, body { boardId, name }).
		method: 'PUT',
		path: '/boards/update',
		handler({ sim, account, params }) {
			const b = findBoard(account, requireField(params, 'boardId'));
			const name = String(requireField(params, 'name')).trim();
			if (name.length > 200) throw err.param('name must be at most 200 characters');
			if (account.boards.some((x) => x !== b && x.name === name)) throw err.duplicated(`Board name already exists: ${name}`);
			b.name = name;
			b.gmtModify = sim.clock.now();
			return { boardId: b.boardId, name: b.name };
		},
	},
	{
		// DELETE ?boardId=… as Topview's official client calls it. Simulator choice: the default board
		// cannot be deleted (4006), and the deleted board's tasks stay queryable by their family.
		method: 'DELETE',
		path: '/boards/delete',
		handler({ account, params }) {
			const b = findBoard(account, requireField(params, 'boardId'));
			if (b.isSystemDefault) throw err.refused('The default board cannot be deleted');
			account.boards.splice(account.boards.indexOf(b), 1);
			return null;
		},
	},
	{
		method: 'GET',
		path: '/boards/tasks/list',
		handler({ sim, account, params }) {
			sim.engine.sweep();
			const b = findBoard(account, requireField(params, 'boardId'));
			const paging = readPaging(params);
			let items = boardTasks(sim, b).map((t) => taskItem(sim, t));
			if (!isEmpty(params.mediaType)) items = items.filter((i) => i.mediaType === params.mediaType);
			if (!isEmpty(params.toolType)) items = items.filter((i) => i.toolType === params.toolType);
			if (!isEmpty(params.toolCategory)) items = items.filter((i) => i.toolCategory === params.toolCategory);
			if (!isEmpty(params.rating)) items = items.filter((i) => i.rating === Number(params.rating));
			const asc = String(params.sortOrder || 'desc').toLowerCase() === 'asc';
			// Newest first by default; ties (same ms) keep submission order reversed.
			items = items.map((x, i) => [x, i]).sort((a, c) => (asc ? 1 : -1) * (Date.parse(a[0].gmtCreate) - Date.parse(c[0].gmtCreate) || a[1] - c[1]));
			const page = paginate(
				items.map(([x]) => x),
				paging,
			);
			return { list: page.items, total: page.total, pageNo: page.pageNo, pageSize: page.pageSize };
		},
	},
	{
		// Synchronous; the page documents no result fields. Simulator choice: the tasks leave the board and
		// stay queryable by their family.
		method: 'POST',
		path: '/boards/tasks/batch-delete',
		handler({ sim, account, params }) {
			const { board, tasks } = selectedTasks(sim, account, params);
			const gone = new Set(tasks.map((t) => t.taskId));
			board.taskIds = board.taskIds.filter((id) => !gone.has(id));
			return {};
		},
	},
	{
		// https://docs.topview.ai/reference/submitbatchdownload
		method: 'POST',
		path: '/boards/tasks/batch-download/submit',
		handler({ sim, account, params }) {
			const { board, tasks } = selectedTasks(sim, account, params);
			if (!tasks.length) throw err.param('No task to download');
			account.boardDownloads = account.boardDownloads || new Map();
			const download = {
				downloadTaskId: sim.ids.numeric('download', 50000),
				boardId: board.boardId,
				taskIds: tasks.map((t) => t.taskId),
				createdAt: sim.clock.now(),
			};
			account.boardDownloads.set(download.downloadTaskId, download);
			return {
				downloadTaskId: download.downloadTaskId,
				status: 'init',
				progress: 0,
				processedCount: 0,
				totalCount: download.taskIds.length,
				gmtCreate: iso(download.createdAt),
			};
		},
	},
	{
		// https://docs.topview.ai/reference/getbatchdownloadstatus
		method: 'GET',
		path: '/boards/tasks/batch-download',
		handler({ sim, account, params }) {
			const id = String(requireField(params, 'downloadTaskId'));
			const download = account.boardDownloads && account.boardDownloads.get(id);
			if (!download || (!isEmpty(params.boardId) && String(params.boardId) !== download.boardId)) {
				throw err.notFound(`Download task not found: ${id}`);
			}
			return downloadItem(sim, download);
		},
	},
	{
		method: 'GET',
		path: '/boards/tasks/detail',
		handler({ sim, account, params }) {
			const taskId = requireField(params, 'taskId');
			sim.engine.sweep();
			const task = sim.state.tasks.get(String(taskId));
			if (!task || task.uid !== account.uid || !task.boardId) throw err.notFound(`Board task not found: ${taskId}`);
			return taskItem(sim, task);
		},
	},
];

module.exports = { routes };
