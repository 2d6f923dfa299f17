'use strict';

const { err } = require('./envelope');
const { formatUtc } = require('./time-format');
const { checkRequired, checkNoticeUrl, collectFileIds, checkOwnedFile, isEmpty } = require('./validation');

/**
 * The one lifecycle engine behind every task family: admission (validation, 4007 concurrency, 4100
 * credits), init → running → success/fail on the simulator clock, charging on success, board entries,
 * and handing finished tasks to the callback dispatcher.
 *
 * A task's status is a function of the clock: `sweep()` moves every unfinished task whose time has come.
 * It runs on each query, after clock changes, and on a timer, so tasks finish (and callbacks fire) even
 * when nobody polls.
 */

const TERMINAL = new Set(['success', 'fail', 'failed', 'error']);
const FORCEABLE = ['success', 'fail', 'failed', 'error', 'stuck'];

function createTaskEngine(sim) {
	const { state, clock } = sim;
	const family = (id) => sim.families.get(id);

	const isTerminal = (task) => TERMINAL.has(task.status);

	function unfinishedTasks(account) {
		const out = [];
		for (const t of state.tasks.values()) if (t.uid === account.uid && !isTerminal(t)) out.push(t);
		return out;
	}

	/**
	 * A task's price: `config.costs[taskType]` or the family's `unitCost` or `config.costPerTask`, times the
	 * units the family counts in the task's input (`unitsOf`, e.g. images × languages; 1 when not set).
	 */
	function costFor(fam, input) {
		if (fam.chargeable === false) return 0;
		const override = sim.config.costs[fam.taskType];
		const unit = override != null ? Number(override) : fam.unitCost != null ? fam.unitCost : sim.config.costPerTask;
		return unit * (fam.unitsOf && input ? fam.unitsOf(input) : 1);
	}

	/** Concurrency (4007) and credits (4100) for `count` new tasks of `fam`. No task is created on failure. */
	function admit(account, fam, count = 1, input) {
		const unfinished = unfinishedTasks(account);
		if (unfinished.length + count > account.concurrency) {
			throw err.unfinished(
				`Unfinished task exists: ${unfinished.length} unfinished, limit ${account.concurrency}. Please wait for the previous task to finish`,
			);
		}
		const reserved = unfinished.reduce((s, t) => s + t.cost, 0);
		const cost = costFor(fam, input) * count;
		const available = account.credits - reserved;
		if (cost > available) throw err.credit(`Credit not enough: this task needs ${cost}, available ${available}`);
	}

	function takeForcedOutcome(fam) {
		const idx = state.forcedOutcomes.findIndex(
			(f) => f.remaining !== 0 && (!f.family || f.family === fam.id) && (!f.taskType || f.taskType === fam.taskType),
		);
		if (idx < 0) return null;
		const f = state.forcedOutcomes[idx];
		if (f.remaining > 0) f.remaining -= 1;
		if (f.remaining === 0) state.forcedOutcomes.splice(idx, 1);
		return f;
	}

	function resolveBoard(account, boardId) {
		if (isEmpty(boardId)) {
			return sim.config.autoBoard ? account.boards.find((b) => b.isSystemDefault) : null;
		}
		const board = account.boards.find((b) => b.boardId === String(boardId));
		if (!board) throw err.notFound(`Board not found: ${boardId}`);
		return board;
	}

	function timing(renderMs, runningAfterMs) {
		const r = Math.max(0, Number(renderMs));
		const run = runningAfterMs == null ? r / 3 : Math.max(0, Math.min(Number(runningAfterMs), r));
		return { renderMs: r, runningAfterMs: run };
	}

	/** Creates a task record (no checks). `publicTaskId` lets sub-jobs (m2v export) report as their parent. */
	function createTask({ account, apiKey, fam, input, params, board, noticeUrl, parentTaskId = null }) {
		const forced = takeForcedOutcome(fam);
		const now = clock.now();
		const t = timing(
			forced && forced.renderMs != null ? forced.renderMs : sim.config.renderMs,
			forced && forced.runningAfterMs != null ? forced.runningAfterMs : sim.config.runningAfterMs,
		);
		const task = {
			taskId: sim.ids.taskId(),
			subTaskId: sim.ids.subTaskId(),
			family: fam.id,
			taskType: fam.taskType,
			bizType: fam.bizType,
			uid: account.uid,
			apiKey,
			params: JSON.parse(JSON.stringify(params || {})),
			input,
			status: 'init',
			createdAt: now,
			runningAt: now + t.runningAfterMs,
			doneAt: now + t.renderMs,
			startedAt: null,
			completedAt: null,
			outcome: forced ? forced.outcome : sim.config.outcome,
			forcedErrorMsg: forced ? forced.errorMsg || null : null,
			errorMsg: null,
			cost: costFor(fam, input),
			charged: 0,
			output: null,
			noticeUrl: noticeUrl || null,
			noticeUuid: noticeUrl ? sim.ids.uuid() : null,
			boardId: null,
			boardTaskId: null,
			parentTaskId,
		};
		state.tasks.set(task.taskId, task);
		if (board) {
			task.boardId = board.boardId;
			task.boardTaskId = sim.ids.numeric('board-task', 500000);
			board.taskIds.push(task.taskId);
		}
		return task;
	}

	function submitResponse(task, fam) {
		const out = { taskId: task.taskId, status: 'init', errorMsg: null, subTaskId: task.subTaskId };
		if (task.noticeUuid) out.noticeUuid = task.noticeUuid;
		if (task.boardId) {
			out.boardId = task.boardId;
			out.boardTaskIds = [task.boardTaskId];
		}
		if (fam.submitExtra) Object.assign(out, fam.submitExtra(task, sim));
		return out;
	}

	/** Validates `ctx.params` for `fam` and creates the task; returns the submit response body. */
	function submit(fam, ctx) {
		const { account, params } = ctx;
		checkRequired(params, fam.required);
		const input = fam.validate ? fam.validate(params, ctx) : { ...params };
		const noticeUrl = checkNoticeUrl(params);
		if (fam.requireNoticeUrl && !noticeUrl) throw err.required('noticeUrl');
		const board = resolveBoard(account, params.boardId);
		if (sim.config.strictFileIds && !fam.ownFileChecks) {
			for (const [field, id] of collectFileIds(params)) checkOwnedFile(sim, account, field, id);
		}
		admit(account, fam, 1, input);
		const task = createTask({ account, apiKey: ctx.apiKey, fam, input, params, board, noticeUrl });
		if (fam.onSubmit) fam.onSubmit(task, sim);
		return submitResponse(task, fam);
	}

	/** Looks a task up for `account`, limited to the given families; unknown or foreign → 4004. */
	function findTask(account, taskId, familyIds) {
		if (isEmpty(taskId)) throw err.required('taskId');
		sweep();
		const task = state.tasks.get(String(taskId));
		if (!task || task.uid !== account.uid || (familyIds && !familyIds.includes(task.family))) {
			throw err.notFound(`Task not found: ${taskId}`);
		}
		return task;
	}

	function query(fam, ctx) {
		const task = findTask(ctx.account, ctx.params.taskId, fam.queryFamilies || [fam.id]);
		return resultOf(task);
	}

	function standardResult(task, fam) {
		const out = { taskId: task.taskId, status: task.status, errorMsg: task.errorMsg };
		if (fam.echo) Object.assign(out, fam.echo(task, sim));
		for (const f of fam.outputFields || []) out[f] = task.output && f in task.output ? task.output[f] : null;
		if (fam.costCredit) out.costCredit = task.charged;
		if (fam.boardFields) {
			out.boardId = task.boardId;
			out.boardTaskId = task.boardTaskId;
		}
		return out;
	}

	/** The object the family's query endpoint returns (also the callback's `result`). */
	function resultOf(task) {
		const fam = family(task.family);
		return fam.result ? fam.result(task, sim, () => standardResult(task, fam)) : standardResult(task, fam);
	}

	/** Board view of a task's result: `{ videoUrl | imageUrl | audioUrl }`, null until success. */
	function boardResultOf(task) {
		const fam = family(task.family);
		if (task.status !== 'success' || !task.output) return null;
		if (fam.boardResult) return fam.boardResult(task, sim);
		const url = task.output[fam.resultUrlField] || null;
		const media = (fam.board && fam.board.mediaType) || 'video';
		const key = media === 'image' ? 'imageUrl' : media === 'audio' ? 'audioUrl' : 'videoUrl';
		return { [key]: url };
	}

	function charge(task) {
		if (task.cost <= 0) return;
		const account = state.accounts.get(task.uid);
		if (!account) return;
		account.credits -= task.cost;
		task.charged = task.cost;
		const now = clock.now();
		account.creditLogs.push({
			uid: account.uid,
			apiKey: task.apiKey,
			date: formatUtc(now),
			costCredit: task.cost,
			taskId: task.parentTaskId || task.taskId,
			taskType: task.taskType,
			time: now,
		});
	}

	/** Moves a task to a terminal status now (outcome success | fail | failed | error). */
	function finish(task, outcome = 'success', errorMsg) {
		if (isTerminal(task)) throw new Error(`Task ${task.taskId} is already ${task.status}`);
		if (!TERMINAL.has(outcome)) throw new Error(`outcome must be one of ${[...TERMINAL].join(', ')}`);
		const fam = family(task.family);
		const now = clock.now();
		if (task.startedAt == null) task.startedAt = now;
		task.completedAt = now;
		if (outcome === 'success') {
			task.status = 'success';
			task.errorMsg = null;
			task.output = fam.produce ? fam.produce(task, sim) : {};
			charge(task);
		} else {
			task.status = outcome;
			task.errorMsg = errorMsg || task.forcedErrorMsg || sim.config.errorMsg;
		}
		if (fam.onFinish) fam.onFinish(task, sim);
		if (task.noticeUrl) sim.callbacks.dispatch(task, callbackPayload(task, fam));
	}

	function callbackPayload(task, fam) {
		const subject = fam.callbackSubject ? fam.callbackSubject(task, sim) : task;
		return {
			uuid: task.noticeUuid,
			bizType: fam.bizType,
			taskId: subject.taskId,
			status: task.status,
			errorMsg: task.errorMsg,
			result: resultOf(subject),
		};
	}

	function sweep() {
		const now = clock.now();
		for (const task of state.tasks.values()) {
			if (isTerminal(task)) continue;
			if (task.outcome !== 'stuck' && now >= task.doneAt) {
				finish(task, task.outcome, task.forcedErrorMsg);
			} else if (task.status === 'init' && now >= task.runningAt) {
				task.status = 'running';
				task.startedAt = now;
			}
		}
	}

	/** Forces the outcome (and optionally timing) of the next `count` tasks (count -1 = until cleared). */
	function forceOutcome({ outcome = 'fail', count = 1, errorMsg, renderMs, runningAfterMs, family: fam, taskType } = {}) {
		if (!FORCEABLE.includes(outcome)) throw new Error(`outcome must be one of ${FORCEABLE.join(', ')}`);
		if (fam && !sim.families.get(fam)) throw new Error(`unknown family ${fam}`);
		const entry = {
			outcome,
			remaining: Number(count),
			errorMsg: errorMsg || null,
			renderMs: renderMs == null ? null : Number(renderMs),
			runningAfterMs: runningAfterMs == null ? null : Number(runningAfterMs),
			family: fam || null,
			taskType: taskType || null,
		};
		state.forcedOutcomes.push(entry);
		return { ...entry };
	}

	/** Changes a task's timing: `renderMs`/`runningAfterMs` count from its creation, `doneInMs` from now. */
	function setTiming(taskId, { renderMs, runningAfterMs, doneInMs, outcome, errorMsg } = {}) {
		const task = state.tasks.get(taskId);
		if (!task) throw new Error(`unknown task ${taskId}`);
		if (isTerminal(task)) throw new Error(`Task ${taskId} is already ${task.status}`);
		if (renderMs != null) task.doneAt = task.createdAt + Number(renderMs);
		if (runningAfterMs != null) task.runningAt = task.createdAt + Number(runningAfterMs);
		if (doneInMs != null) task.doneAt = clock.now() + Number(doneInMs);
		if (task.runningAt > task.doneAt) task.runningAt = task.doneAt;
		if (outcome != null) {
			if (!FORCEABLE.includes(outcome)) throw new Error(`outcome must be one of ${FORCEABLE.join(', ')}`);
			task.outcome = outcome;
		}
		if (errorMsg != null) task.forcedErrorMsg = errorMsg;
		sweep();
		return describeTask(task);
	}

	function remove(taskId) {
		const task = state.tasks.get(taskId);
		if (!task) return false;
		state.tasks.delete(taskId);
		const account = state.accounts.get(task.uid);
		if (account && task.boardId) {
			const board = account.boards.find((b) => b.boardId === task.boardId);
			if (board) board.taskIds = board.taskIds.filter((id) => id !== taskId);
		}
		return true;
	}

	/** A test-facing snapshot of a task with its live status and query result. */
	function describeTask(task) {
		return { ...task, result: resultOf(task) };
	}

	return {
		TERMINAL,
		isTerminal,
		unfinishedTasks,
		costFor,
		admit,
		createTask,
		submit,
		submitResponse,
		resolveBoard,
		findTask,
		query,
		resultOf,
		standardResult,
		boardResultOf,
		finish,
		sweep,
		forceOutcome,
		setTiming,
		remove,
		describeTask,
	};
}

module.exports = { createTaskEngine, TERMINAL };
