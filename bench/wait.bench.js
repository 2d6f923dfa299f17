// Submit with Wait for Completion at scale: 20 items, Max Concurrent Tasks 4, each task
// rendering R at the simulator. Time is scaled (R = 5 min becomes R_SCALED), and the node's wait
// options are scaled by the same factor, so the schedule behaves as it would at full size.
// Printed against two baselines measured in this run: fixed 5 s polling, and one task at a time.
//   node bench/wait.bench.js
const R_REAL_S = 300;
const SCALE = Number(process.env.BENCH_WAIT_SCALE || 0.01); // 5 min → 3 s
const R_MS = R_REAL_S * 1000 * SCALE;
const ITEMS = 20;
const CONCURRENCY = 4;
const targets = { wall: 1.15, requests: 0.25, delay: 0.15 };

const scaled = (seconds) => seconds * SCALE;
const nodeDefaults = { firstCheckDelaySeconds: scaled(5), pollIntervalSeconds: scaled(5), maxPollIntervalSeconds: scaled(30) };
const fixedFive = { firstCheckDelaySeconds: scaled(5), pollIntervalSeconds: scaled(5), maxPollIntervalSeconds: scaled(5) };

async function run(sim, label, options, concurrency, items = ITEMS) {
	const { runTopview } = require('../test/helpers/engine');
	await fetch(`${sim.url}/__sim/reset`, { method: 'POST', body: JSON.stringify({ renderMs: R_MS }) });
	await fetch(`${sim.url}/__sim/concurrency`, { method: 'POST', body: JSON.stringify({ concurrency: 30 }) });
	const started = Date.now();
	const result = await runTopview(
		{
			resource: 'videoAvatar',
			operation: 'submit',
			avatarSourceFrom: 1,
			aiAvatarId: { __rl: true, mode: 'id', value: '3327' },
			ttsText: '={{ "Item " + $json.n }}',
			waitForCompletion: true,
			options: { ...options, maxConcurrentTasks: concurrency, timeoutMinutes: 60 },
		},
		{
			items: Array.from({ length: items }, (_, n) => ({ json: { n } })),
			credentials: { uid: 'sim-uid', apiKey: 'sim-key', baseUrl: sim.url },
		},
	);
	const wallMs = Date.now() - started;
	if (result.error) throw result.error;
	if (result.items.length !== items || result.items.some((item) => item.json.status !== 'success')) {
		throw new Error(`${label}: not every item succeeded`);
	}
	const log = await fetch(`${sim.url}/__sim/requests?path=/v1/video_avatar/task/query`).then((res) => res.json());
	const queries = (Array.isArray(log) ? log : log.requests ?? log.data ?? []).filter((entry) => entry.method === 'GET');
	const tasks = await fetch(`${sim.url}/__sim/tasks`).then((res) => res.json());
	const taskList = Array.isArray(tasks) ? tasks : tasks.tasks ?? tasks.data ?? [];
	// Delay: from the moment a task finished at the simulator to the query that saw it finished.
	const delays = taskList.map((task) => {
		const finishedAt = Number(task.doneAt);
		const seen = queries
			.filter((entry) => entry.query?.taskId === task.taskId)
			.map((entry) => Number(entry.time))
			.filter((time) => time >= finishedAt)
			.sort((a, b) => a - b)[0];
		return seen - finishedAt;
	});
	delays.sort((a, b) => a - b);
	return { label, wallMs, queriesPerTask: queries.length / items, medianDelayMs: delays[Math.floor(delays.length / 2)] };
}

async function main() {
	const { startSimulator } = require('../test/simulator');
	const sim = await startSimulator({ port: 0, renderMs: R_MS, accounts: [{ uid: 'sim-uid', apiKey: 'sim-key', credits: 1e6, concurrency: 30 }] });
	try {
		const ideal = Math.ceil(ITEMS / CONCURRENCY) * R_MS;
		const ours = await run(sim, 'node (5 s → 30 s backoff)', nodeDefaults, CONCURRENCY);
		const fixed = await run(sim, 'fixed 5 s polling', fixedFive, CONCURRENCY);
		const sequential = await run(sim, 'one task at a time', nodeDefaults, 1);

		const row = (r) =>
			`${r.label.padEnd(28)} | ${(r.wallMs / 1000).toFixed(2).padStart(7)} s | ${(r.wallMs / ideal).toFixed(3).padStart(10)} | ${r.queriesPerTask.toFixed(1).padStart(13)} | ${(r.medianDelayMs / R_MS).toFixed(3).padStart(15)}`;
		console.log(`${ITEMS} items, Max Concurrent Tasks ${CONCURRENCY}, R = ${R_REAL_S} s scaled by ${SCALE} (${R_MS} ms); ideal ceil(${ITEMS}/${CONCURRENCY}) × R = ${ideal} ms`);
		console.log('');
		console.log('run                          |    wall   | wall/ideal | queries/task | median delay/R');
		console.log('-----------------------------|-----------|------------|---------------|----------------');
		for (const r of [ours, fixed, sequential]) console.log(row(r));
		const wallRatio = ours.wallMs / ideal;
		const requestRatio = ours.queriesPerTask / fixed.queriesPerTask;
		const delayRatio = ours.medianDelayMs / R_MS;
		console.log('');
		console.log(`wall / ideal:                     ${wallRatio.toFixed(3)} (target ≤ ${targets.wall}); one at a time: ${(sequential.wallMs / ideal).toFixed(2)}`);
		console.log(`queries / fixed 5 s polling:      ${requestRatio.toFixed(3)} (target ≤ ${targets.requests})`);
		console.log(`median finish→noticed delay / R:  ${delayRatio.toFixed(3)} (target ≤ ${targets.delay})`);
		const pass = wallRatio <= targets.wall && requestRatio <= targets.requests && delayRatio <= targets.delay;
		console.log(pass ? 'all targets met' : 'TARGET MISSED');
		process.exitCode = pass ? 0 : 1;
	} finally {
		await sim.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
