'use strict';
/*
 * The Topview Trigger in an active workflow, polled by n8n's own scheduler.
 *
 * n8n polls once at activation (asynchronously on 2.x), then on `pollTimes` (at most once a minute).
 * To stay fast and still use the real scheduler, the test gives the trigger a custom cron that fires
 * once a minute at a second a few seconds ahead, keeps the watched task pending (simulator render time:
 * 10 min) until the activation poll has seen it, then finishes it through the simulator's controls.
 * "Exactly once" is checked twice: no second execution from the same tick, and none after a
 * deactivate + activate (the activation poll runs again with the static data n8n saved).
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution, eventually, sleep } = require('./support/e2e');

const PENDING_MS = 10 * 60 * 1000;
const QUERY_PATH = '/v1/video_avatar/task/query';
const BOARD_TASKS_PATH = '/boards/tasks/list';

let ctx;
let defaultRenderMs;
beforeAll(async () => {
	ctx = await connect();
	defaultRenderMs = (await ctx.sim.config()).renderMs;
});

/** A cron that fires once a minute, `aheadMs` from now (n8n refuses sub-minute poll times). */
function onceAMinuteIn(aheadMs) {
	const at = new Date(Date.now() + aheadMs);
	return { item: [{ mode: 'custom', cronExpression: `${at.getSeconds()} * * * * *` }], at: at.getTime() };
}

async function createWorkflow(workflow, suffix) {
	return ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, suffix) });
}

/** Runs a submit example with the simulator holding the task pending; returns the submit output. */
async function submitPending(workflow, nodeName, suffix) {
	await ctx.sim.configure({ renderMs: PENDING_MS });
	try {
		const wf = await createWorkflow(workflow, suffix);
		const exec = await ctx.api.runWorkflow(wf.id);
		expect(describeExecution(exec)).toMatch(/"status":"success"/);
		return nodeOutput(exec, nodeName)[0].json;
	} finally {
		await ctx.sim.configure({ renderMs: defaultRenderMs });
	}
}

async function executionsOf(workflowId) {
	return ctx.api.listExecutions(workflowId);
}

/** Waits for the trigger's first execution to finish and returns it parsed. */
async function firstExecution(workflowId, timeoutMs) {
	const [summary] = await eventually(async () => {
		const list = await executionsOf(workflowId);
		return list.length ? list : null;
	}, { timeoutMs, intervalMs: 500, what: `an execution of workflow ${workflowId}` });
	return ctx.api.waitForExecution(summary.id, { timeoutMs: 30000 });
}

/**
 * Activates a workflow and waits until its trigger polled (n8n 2.x activates asynchronously, through
 * its publication outbox): resolves with the simulator requests of that poll.
 */
async function activateAndAwaitPoll(workflowId, path) {
	const since = await ctx.sim.lastRequestId();
	await ctx.api.activate(workflowId);
	await eventually(
		async () => {
			const r = await ctx.sim.requests({ sinceId: since, path });
			return r.length ? r : null;
		},
		{ timeoutMs: 30000, what: `the activation poll (${path})` },
	);
	await sleep(1000); // let the poll finish (and start an execution, if it were to)
	return ctx.sim.requests({ sinceId: since, path });
}

/** Deactivate + activate: the activation poll runs again on the saved state; nothing new may fire. */
async function expectNoRefireAfterReactivation(workflowId, path) {
	await ctx.api.deactivate(workflowId);
	await activateAndAwaitPoll(workflowId, path);
	expect(await executionsOf(workflowId)).toHaveLength(1);
}

test('Topview Trigger (task IDs) fires exactly once when a watched task finishes', async () => {
	// Two watched tasks: A finishes during the test, B stays pending (every poll queries it, which tells
	// the test when a poll ran); B is failed at the end, which "Success Only" must not emit either.
	const submit = example('video-avatar-submit-and-query');
	const a = (await submitPending(submit, 'Submit Video Avatar Task', 'trigger-submit-a')).taskId;
	const b = (await submitPending(submit, 'Submit Video Avatar Task', 'trigger-submit-b')).taskId;

	const schedule = onceAMinuteIn(6000);
	const workflow = withParameters(example('trigger-on-finished-task'), 'Topview Trigger', {
		taskIds: `${a}, ${b}`,
		emitOn: 'success',
		pollTimes: { item: schedule.item },
	});
	const wf = await createWorkflow(workflow, 'trigger-taskIds');
	try {
		// the activation poll looks at both tasks, finds them unfinished, and starts nothing
		const polled = await activateAndAwaitPoll(wf.id, QUERY_PATH);
		expect([...new Set(polled.map((r) => r.query.taskId))].sort()).toEqual([a, b].sort());
		expect(await executionsOf(wf.id)).toHaveLength(0);

		await ctx.sim.control('POST', `/tasks/${a}/finish`, { outcome: 'success' });
		const exec = await firstExecution(wf.id, 75000);
		expect(describeExecution(exec)).toMatch(/"status":"success"/);
		expect(exec.mode).toBe('trigger');
		const items = nodeOutput(exec, 'Topview Trigger');
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			taskId: a,
			status: 'success',
			event: 'videoAvatarTaskFinished',
			outputVideoUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/files\//),
		});
		expect(nodeOutput(exec, 'Use the Finished Video')).toHaveLength(1);

		await sleep(Math.max(0, schedule.at + 1500 - Date.now()));
		expect(await executionsOf(wf.id)).toHaveLength(1);
		await expectNoRefireAfterReactivation(wf.id, QUERY_PATH);

		// B fails: watched, but "Success Only" → still one execution after the next poll
		await ctx.sim.control('POST', `/tasks/${b}/finish`, { outcome: 'fail' });
		await ctx.api.deactivate(wf.id);
		await activateAndAwaitPoll(wf.id, QUERY_PATH);
		expect(await executionsOf(wf.id)).toHaveLength(1);
	} finally {
		await ctx.api.deactivate(wf.id).catch(() => undefined);
		for (const taskId of [a, b]) await ctx.sim.control('POST', `/tasks/${taskId}/finish`, { outcome: 'fail' }).catch(() => undefined);
	}
});

test('Topview Trigger (board) fires once for a task submitted to the board (submit-to-board + trigger-on-board)', async () => {
	const boards = await ctx.sim.topview('GET', '/boards/list?pageNo=1&pageSize=50');
	const board = boards.list.find((b) => b.isSystemDefault) || boards.list[0];
	expect(board).toBeDefined();
	const { boardId } = board;

	const schedule = onceAMinuteIn(9000);
	const triggerWorkflow = withParameters(example('trigger-on-board'), 'Topview Board Trigger', {
		boardId: { __rl: true, mode: 'id', value: boardId },
		emitOn: 'success',
		pollTimes: { item: schedule.item },
	});
	const wf = await createWorkflow(triggerWorkflow, 'trigger-board');
	try {
		await activateAndAwaitPoll(wf.id, BOARD_TASKS_PATH); // baseline: what is on the board now never fires
		expect(await executionsOf(wf.id)).toHaveLength(0);

		const submitWorkflow = withParameters(example('submit-to-board'), 'Submit to Board', { additionalFields: { boardId } });
		const submitted = await submitPending(submitWorkflow, 'Submit to Board', 'board-submit');
		const { taskId } = submitted;
		const task = await ctx.sim.task(taskId);
		expect(task.boardId).toBe(boardId);

		await ctx.sim.control('POST', `/tasks/${taskId}/finish`, { outcome: 'success' });
		const exec = await firstExecution(wf.id, 75000);
		expect(describeExecution(exec)).toMatch(/"status":"success"/);
		const items = nodeOutput(exec, 'Topview Board Trigger');
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ taskId, status: 'success', event: 'boardTaskFinished' });

		await sleep(Math.max(0, schedule.at + 1500 - Date.now()));
		expect(await executionsOf(wf.id)).toHaveLength(1);
		await expectNoRefireAfterReactivation(wf.id, BOARD_TASKS_PATH);
	} finally {
		await ctx.api.deactivate(wf.id).catch(() => undefined);
	}
});
