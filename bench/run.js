// `npm run bench`: every benchmark, one after another, each printing its ratios against baselines
// measured in the same run. Exits non-zero when a benchmark misses its target. Build first.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const benches = [
	{ file: 'wait.bench.js', title: 'Wait for Completion: wall time and status requests for 20 items, 4 at a time, against fixed 5 s polling and one-at-a-time waiting' },
	{ file: 'upload.bench.js', title: 'File → Upload: process memory growth for a 200 MB file from the filesystem binary store, streamed against buffered', flags: ['--expose-gc'] },
	{ file: 'trigger.bench.js', title: 'Topview Trigger: requests and wall time of one poll with 10, 100 and 1,000 pending tasks, against querying one after another' },
	{ file: 'callback.bench.js', title: 'Topview Callback Trigger: callback-to-execution latency, Topview requests and executions per task for 200 callbacks at once in a real n8n, beside the polling trigger\'s detection delay' },
];

let failed = 0;
for (const bench of benches) {
	console.log(`\n=== ${bench.title} ===`);
	const result = spawnSync(process.execPath, [...(bench.flags ?? []), path.join(__dirname, bench.file)], {
		stdio: 'inherit',
		env: { ...process.env, N8N_LOG_LEVEL: 'silent' },
	});
	if (result.status !== 0) failed += 1;
}
console.log(failed ? `\n${failed} benchmark(s) missed their target` : '\nall benchmarks met their targets');
process.exitCode = failed ? 1 : 0;
