#!/usr/bin/env node
// Topview Callback Trigger benchmark, in a real n8n (2.41.1, the e2e install) against the simulator:
// 200 tasks submitted with the trigger's URL as noticeUrl finish at the same moment, so the simulator
// posts 200 callbacks at once. Printed: callback → execution start latency (median, p95), requests to
// Topview per task (goal 1.0: the confirmation query) and executions per task (exactly 1.0), beside
// the Topview Trigger's detection delay measured in the same run (polling every minute, tasks finishing
// at spread moments of one poll interval).
//
// n8n runs with N8N_EXPRESSION_ENGINE=legacy (N8N_BENCH_EXPRESSION_ENGINE to change): 2.41's default
// 'vm' engine holds its one expression isolate (N8N_EXPRESSION_ENGINE_POOL_SIZE, default 1) for the
// whole webhook phase of every webhook node except n8n's own Webhook node, so simultaneous callbacks
// are handled one after another (measured on this 2-core machine: 50 at once, median 21-44 s with 'vm'
// against 0.7 s with 'legacy'). That is n8n's cost, the same for any community webhook trigger.
//
// Run after `npm run build`: node bench/callback.bench.js   (N8N_BENCH_VERSION to change n8n)
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const n8n = require('../scripts/lib/n8n');
const { startSimulator } = require('../test/simulator');

const TASKS = Number(process.env.BENCH_CALLBACKS || 200);
const POLL_TASKS = 10;
const ACCOUNT = { uid: 'sim-uid', apiKey: 'sim-key', credits: 1e6, concurrency: 1000 };
const QUERY_PATH = '/v1/video_avatar/task/query';
const PENDING_MS = 60 * 60 * 1000;
const log = (m) => process.stderr.write(`[bench] ${m}\n`);

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function topview(sim, method, urlPath, body) {
	const res = await n8n.httpJson({
		method,
		url: `${sim.url}${urlPath}`,
		body,
		headers: { 'Topview-Uid': ACCOUNT.uid, Authorization: `Bearer ${ACCOUNT.apiKey}` },
	});
	if (!res.json || res.json.code !== '200') throw new Error(`${method} ${urlPath}: ${res.text}`);
	return res.json.result;
}

const submit = (sim, extra = {}) =>
	topview(sim, 'POST', '/v1/video_avatar/task/submit', { avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 1, ttsText: 'Bench', ...extra });

function workflowOf(nodes, connections, name) {
	return { name, nodes, connections, settings: { executionOrder: 'v1' } };
}

function callbackWorkflow(webhookId) {
	const trigger = {
		id: crypto.randomUUID(),
		name: 'Topview Callback Trigger',
		type: 'n8n-nodes-topview.topviewCallbackTrigger',
		typeVersion: 1,
		position: [0, 0],
		webhookId,
		parameters: { events: ['*'], emitOn: 'both', options: {} },
		credentials: { topviewApi: {} },
	};
	const noOp = { id: crypto.randomUUID(), name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [220, 0], parameters: {} };
	return workflowOf([trigger, noOp], { [trigger.name]: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } }, 'bench: callback trigger');
}

function pollingWorkflow(taskIds, cronSecond) {
	const trigger = {
		id: crypto.randomUUID(),
		name: 'Topview Trigger',
		type: 'n8n-nodes-topview.topviewTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {
			pollTimes: { item: [{ mode: 'custom', cronExpression: `${cronSecond} * * * * *` }] },
			event: 'videoAvatarTaskFinished',
			watch: 'taskIds',
			taskIds: taskIds.join(','),
			emitOn: 'both',
		},
		credentials: { topviewApi: {} },
	};
	return workflowOf([trigger], {}, 'bench: polling trigger');
}

/** Every execution of a workflow with the task IDs its trigger emitted. */
async function executionsWithTasks(api, workflowId, nodeName) {
	const list = [];
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	for (let cursor; ; ) {
		const page = await api.get(`/rest/executions?filter=${filter}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
		const results = (page && (page.results || page)) || [];
		list.push(...results);
		cursor = page && page.nextCursor;
		if (!cursor || !results.length) break;
	}
	const out = [];
	for (let i = 0; i < list.length; i += 10) {
		await Promise.all(
			list.slice(i, i + 10).map(async (summary) => {
				const exec = await api.waitForExecution(summary.id, { timeoutMs: 60000 });
				const items = n8n.nodeOutput(exec, nodeName) || [];
				out.push({ startedAt: Date.parse(exec.startedAt), taskIds: items.map((item) => item.json.taskId) });
			}),
		);
	}
	return out;
}

async function main() {
	const t0 = Date.now();
	const sim = await startSimulator({ port: 0, accounts: [ACCOUNT], renderMs: PENDING_MS, callbackTimeoutMs: 60000, requestLogLimit: 10000 });
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'topview-bench-callback-'));
	let server;
	process.exitCode = 1; // until the figures are in
	try {
		const tarball = n8n.packPackage({ destDir: path.join(workDir, 'pack') });
		const engine = process.env.N8N_BENCH_EXPRESSION_ENGINE || 'legacy';
		server = await n8n.startN8n({
			version: process.env.N8N_BENCH_VERSION || '2.41.1',
			tarball,
			userFolder: path.join(workDir, 'user'),
			env: { N8N_EXPRESSION_ENGINE: engine },
			log,
		});
		const api = await server.client();
		const credential = await api.createCredential({ name: 'Topview (bench)', type: 'topviewApi', data: { uid: ACCOUNT.uid, apiKey: ACCOUNT.apiKey, baseUrl: sim.url } });
		const credentials = { topviewApi: credential };

		// The polling baseline: tasks that finish at spread moments of one poll interval.
		const pollTasks = [];
		for (let i = 0; i < POLL_TASKS; i++) pollTasks.push((await submit(sim)).taskId);
		const firstTick = new Date(Date.now() + 8000);
		const polling = await api.createWorkflow(pollingWorkflow(pollTasks, firstTick.getSeconds()), { credentials });
		await api.activate(polling.id);
		const tickAt = Math.floor(firstTick.getTime() / 1000) * 1000 + 60000; // the tick after the first one
		for (const [i, taskId] of pollTasks.entries()) {
			const finishAt = tickAt - 60000 + ((i + 0.5) * 60000) / POLL_TASKS;
			sim.control.setTaskTiming(taskId, { doneInMs: finishAt - Date.now() });
		}

		// The callback trigger, active, its URL accepted by the (simulated) Topview.
		const webhookId = crypto.randomUUID();
		const url = `${server.baseUrl}/webhook/${webhookId}/callback`;
		const wf = await api.createWorkflow(callbackWorkflow(webhookId), { credentials });
		await api.activate(wf.id);
		for (let i = 0; ; i++) {
			const res = await n8n.httpJson({ method: 'POST', url, body: {}, headers: { 'Topview-Uid': ACCOUNT.uid } });
			if (res.status === 422) break;
			if (i > 120) throw new Error(`the callback webhook never registered (HTTP ${res.status})`);
			await n8n.sleep(250);
		}

		const taskIds = [];
		for (let i = 0; i < TASKS; i++) taskIds.push((await submit(sim, { noticeUrl: url })).taskId);
		const firstLogged = sim.state.requests.length ? sim.state.requests.at(-1).id : 0;
		log(`${TASKS} tasks submitted; finishing them at once`);
		for (const taskId of taskIds) sim.control.setTaskTiming(taskId, { doneInMs: 0 });
		const burstAt = Date.now();
		while (!(await sim.control.waitForCallbacks(5000))) {
			const done = sim.state.callbacks.filter((c) => c.done).length;
			log(`${done} of ${TASKS} callbacks answered after ${seconds(Date.now() - burstAt)}`);
			if (Date.now() - burstAt > 180000) throw new Error('callbacks still pending after 180 s');
		}
		log(`all callbacks answered after ${seconds(Date.now() - burstAt)}`);

		const callbacks = taskIds.map((taskId) => sim.control.listCallbacks({ taskId })[0]);
		const acknowledged = callbacks.filter((c) => c.acknowledged && c.statusCode === 200).length;
		const attempts = callbacks.reduce((sum, c) => sum + c.attempts.length, 0);
		const wanted = new Set(taskIds);
		let executions;
		for (let i = 0; ; i++) {
			executions = await executionsWithTasks(api, wf.id, 'Topview Callback Trigger');
			if (executions.length >= TASKS || i > 40) break;
			await n8n.sleep(500);
		}
		const perTask = new Map(taskIds.map((id) => [id, []]));
		for (const exec of executions) for (const id of exec.taskIds) if (perTask.has(id)) perTask.get(id).push(exec.startedAt);
		const latencies = callbacks.map((c) => Math.min(...perTask.get(c.taskId)) - c.attempts[0].startedAt).filter(Number.isFinite);
		const queries = sim.control
			.listRequests({ path: QUERY_PATH })
			.filter((r) => r.id > firstLogged && wanted.has(r.query.taskId)).length;
		const executionsPerTask = [...perTask.values()].reduce((sum, list) => sum + list.length, 0) / TASKS;
		const requestsPerTask = queries / TASKS;

		// Wait for the polling tick that sees the spread finishes.
		const waitMs = tickAt + 5000 - Date.now();
		if (waitMs > 0) {
			log(`waiting ${seconds(waitMs)} for the polling trigger's tick`);
			await n8n.sleep(waitMs);
		}
		let pollExecutions;
		for (let i = 0; ; i++) {
			pollExecutions = await executionsWithTasks(api, polling.id, 'Topview Trigger');
			const seen = new Set(pollExecutions.flatMap((e) => e.taskIds));
			if (pollTasks.every((id) => seen.has(id)) || i > 40) break;
			await n8n.sleep(500);
		}
		const detection = pollTasks.flatMap((taskId) => {
			const exec = pollExecutions.find((e) => e.taskIds.includes(taskId));
			const task = sim.control.getTask(taskId);
			return exec && task.completedAt ? [exec.startedAt - task.completedAt] : [];
		});

		console.log(`Callback Trigger, ${TASKS} callbacks posted at once to n8n ${server.install.version} (N8N_EXPRESSION_ENGINE=${engine}):`);
		console.log(`  callback → execution start   median ${seconds(percentile(latencies, 50))}, p95 ${seconds(percentile(latencies, 95))} (${latencies.length} of ${TASKS} tasks started)`);
		console.log(`  requests to Topview per task  ${requestsPerTask.toFixed(2)} (goal 1.0: the confirmation query)`);
		console.log(`  executions per task           ${executionsPerTask.toFixed(2)} (must be 1.00)`);
		console.log(`  acknowledged                  ${acknowledged} of ${TASKS} (${attempts} delivery attempts)`);
		console.log(`Topview Trigger, same run, polling every minute, ${POLL_TASKS} tasks finishing across one interval:`);
		console.log(`  finish → execution start      median ${seconds(percentile(detection, 50))}, max ${seconds(Math.max(...detection))} (${detection.length} of ${POLL_TASKS} detected)`);
		console.log(`  ratio (polling median / callback median): ${(percentile(detection, 50) / percentile(latencies, 50)).toFixed(0)}×`);
		console.log(`(bench wall time ${seconds(Date.now() - t0)})`);

		const ok = executionsPerTask === 1 && [...perTask.values()].every((list) => list.length === 1) && requestsPerTask === 1 && acknowledged === TASKS;
		if (!ok) console.log('TARGET MISSED: every task must start exactly one execution after exactly one confirmation query, and be acknowledged');
		process.exitCode = ok ? 0 : 1;
	} finally {
		if (server) await server.stop();
		await sim.close();
		if (process.exitCode) log(`kept ${workDir} (n8n log: user/n8n.log)`);
		else fs.rmSync(workDir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
