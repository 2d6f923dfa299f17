#!/usr/bin/env node
// Topview Trigger benchmark: requests and wall time per poll with 10, 100 and 1,000 pending tasks,
// against a local fake Topview (node:http on 127.0.0.1, fixed latency per query), next to querying
// the same tasks one after another through the same fake, measured in the same run.
//
// Run after `npm run build`: node bench/trigger.bench.js
// The poll runs through n8n-core's real PollContext (test/helpers/engine.js). No nock is loaded.
const http = require('node:http');
const path = require('node:path');

const { createTrigger } = require(path.join(__dirname, '../test/helpers/engine'));
const { queryConcurrency } = require(path.join(__dirname, '../dist/nodes/Topview/trigger/poll.js'));

const LATENCY_MS = 20;
const SIZES = [10, 100, 1000];
const QUERY_PATH = '/v1/video_avatar/task/query';

/** A fake Topview answering task queries after LATENCY_MS; every task is still running. */
function startFake() {
	const stats = { requests: 0, inFlight: 0, peak: 0, other: 0 };
	const server = http.createServer((req, res) => {
		const url = new URL(req.url, 'http://127.0.0.1');
		if (req.method !== 'GET' || url.pathname !== QUERY_PATH) {
			stats.other++;
			res.writeHead(404, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ code: '4004', message: 'Not found', result: null }));
			return;
		}
		stats.requests++;
		stats.inFlight++;
		stats.peak = Math.max(stats.peak, stats.inFlight);
		const taskId = url.searchParams.get('taskId');
		setTimeout(() => {
			stats.inFlight--;
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ code: '200', message: 'Success', result: { taskId, status: 'running' } }));
		}, LATENCY_MS);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const baseUrl = `http://127.0.0.1:${server.address().port}`;
			const reset = () => Object.assign(stats, { requests: 0, inFlight: 0, peak: 0, other: 0 });
			resolve({ server, baseUrl, stats, reset });
		});
	});
}

/** The baseline: the same queries, one after another, over a keep-alive connection. */
async function querySequentially(baseUrl, taskIds) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	const headers = { 'Topview-Uid': 'u-bench', Authorization: 'Bearer sk-bench' };
	try {
		for (const taskId of taskIds) {
			await new Promise((resolve, reject) => {
				const req = http.get(`${baseUrl}${QUERY_PATH}?taskId=${encodeURIComponent(taskId)}`, { agent, headers }, (res) => {
					let body = '';
					res.setEncoding('utf8');
					res.on('data', (chunk) => (body += chunk));
					res.on('end', () => {
						const envelope = JSON.parse(body);
						if (envelope.code !== '200') reject(new Error(`query failed: ${body}`));
						else resolve();
					});
				});
				req.on('error', reject);
			});
		}
	} finally {
		agent.destroy();
	}
}

const taskIdsOf = (n, prefix) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);
const params = (taskIds) => ({
	event: 'videoAvatarTaskFinished',
	watch: 'taskIds',
	taskIds: taskIds.join(','),
	emitOn: 'both',
	options: {},
});

function table(rows) {
	const header = ['pending', 'requests', 'req/pending', 'poll ms', 'sequential ms', 'sequential/poll', 'peak in flight'];
	const cells = rows.map((r) => [
		r.label ?? String(r.pending),
		String(r.requests),
		r.pending ? (r.requests / r.pending).toFixed(2) : '-',
		r.pollMs.toFixed(0),
		r.seqMs === undefined ? '-' : r.seqMs.toFixed(0),
		r.seqMs === undefined ? '-' : `${(r.seqMs / r.pollMs).toFixed(1)}x`,
		String(r.peak),
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
	const line = (c) => c.map((v, i) => v.padStart(widths[i])).join(' | ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

async function main() {
	const started = Date.now();
	const fake = await startFake();
	const rows = [];
	let ok = true;
	try {
		// Warm-up (module loading, first credential decrypt), not measured.
		await createTrigger(params(taskIdsOf(3, 'warm')), { credentials: { baseUrl: fake.baseUrl } }).poll();

		for (const n of SIZES) {
			const taskIds = taskIdsOf(n, `n${n}`);
			const trigger = createTrigger(params(taskIds), { credentials: { baseUrl: fake.baseUrl } });

			fake.reset();
			const t0 = process.hrtime.bigint();
			const out = await trigger.poll();
			const pollMs = Number(process.hrtime.bigint() - t0) / 1e6;
			const polled = { ...fake.stats };
			if (out !== null || polled.other) ok = false;

			fake.reset();
			const t1 = process.hrtime.bigint();
			await querySequentially(fake.baseUrl, taskIds);
			const seqMs = Number(process.hrtime.bigint() - t1) / 1e6;
			if (fake.stats.requests !== n) ok = false;

			rows.push({ pending: n, requests: polled.requests, pollMs, seqMs, peak: polled.peak });
			if (polled.requests !== n || polled.peak > queryConcurrency) ok = false;
		}

		// Specific Tasks with nothing pending: a poll makes no request at all.
		const finishedIds = taskIdsOf(5, 'done');
		const idle = createTrigger(params(finishedIds), {
			credentials: { baseUrl: fake.baseUrl },
			staticData: {
				'node:Topview Trigger': {
					topview: { configKey: 'videoAvatar:taskIds', pending: [], emitted: finishedIds },
				},
			},
		});
		fake.reset();
		const t2 = process.hrtime.bigint();
		await idle.poll();
		rows.push({ label: '0 (idle)', pending: 0, requests: fake.stats.requests, pollMs: Number(process.hrtime.bigint() - t2) / 1e6, peak: fake.stats.peak });
		if (fake.stats.requests !== 0) ok = false;
	} finally {
		fake.server.close();
	}

	console.log(
		`Topview Trigger poll benchmark: fake Topview on 127.0.0.1, ${LATENCY_MS} ms per query, ` +
			`queryConcurrency ${queryConcurrency}, Specific Tasks mode, every task still running.`,
	);
	console.log('');
	console.log(table(rows));
	console.log('');
	console.log('req/pending target: 1.00 (one query per pending task per poll; 0 requests when nothing is pending).');
	console.log('sequential = the same queries one after another through the same fake; sequential/poll = speed-up.');
	console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s; ${ok ? 'all checks passed' : 'CHECKS FAILED'}`);
	process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
