// `npm run bench`: every benchmark, one after another, each printing its ratios against baselines
// measured in the same run. Exits non-zero when a benchmark misses its target. Build first.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const benches = [
	{ file: 'wait.bench.js', title: 'Wait for Completion: 20 items, 4 at a time (issue 8)' },
	{ file: 'upload.bench.js', title: 'Upload memory: 200 MB from the filesystem binary store (issue 5)', flags: ['--expose-gc'] },
	{ file: 'trigger.bench.js', title: 'Trigger: requests and wall time per poll (issue 7)' },
	{ file: 'callback.bench.js', title: 'Callback Trigger: 200 callbacks at once in a real n8n, beside the polling trigger' },
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
