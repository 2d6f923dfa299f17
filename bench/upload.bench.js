// Memory of File → Upload for a large file in n8n's filesystem binary mode.
// The node streams the file from the binary store to the pre-signed URL; the baseline reads it whole
// with the buffered approach (getBinaryDataBuffer) and PUTs that buffer. Both run in this process, one
// after the other, against the simulator in a child process (the receiving side is not ours to count);
// peak RSS growth of this process is sampled during each.
//   node --expose-gc bench/upload.bench.js [sizeMB]     (default 200)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Readable } = require('node:stream');
const { spawn } = require('node:child_process');

const sizeMb = Number(process.argv[2] || process.env.BENCH_UPLOAD_MB || 200);
const size = sizeMb * 1024 * 1024;
const target = 0.25;

async function main() {
	// The DI container n8n-core itself uses (it may ship its own copy of @n8n/di).
	const { Container } = require(require.resolve('@n8n/di', { paths: [path.dirname(require.resolve('n8n-core'))] }));
	const { BinaryDataService } = require('n8n-core');
	const { runTopview } = require('../test/helpers/engine');

	const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'topview-bench-binary-'));
	const service = Container.get(BinaryDataService);
	service.config.mode = 'filesystem';
	service.config.localStoragePath = storage;
	await service.init();

	const sim = await startSimulatorProcess();
	const account = { uid: 'sim-uid', apiKey: 'sim-key', baseUrl: sim.url };
	try {
		const chunk = Buffer.alloc(1024 * 1024, 7);
		let left = sizeMb;
		const source = new Readable({
			read() {
				this.push(left-- > 0 ? chunk : null);
			},
		});
		const location = { type: 'execution', workflowId: 'bench', executionId: '1' };
		const binary = await service.store(location, source, { data: '', mimeType: 'video/mp4', fileName: 'large.mp4' });
		console.log(`file: ${sizeMb} MB in n8n's filesystem binary store (${binary.id})`);

		// Warm-up with a small file, so one-time costs (loading modules, JIT, sockets) are not counted.
		const small = await service.store(location, Readable.from([chunk]), { data: '', mimeType: 'video/mp4', fileName: 'warm.mp4' });
		await runTopview(
			{ resource: 'file', operation: 'upload', source: 'binary', binaryPropertyName: 'data' },
			{ items: [{ json: {}, binary: { data: small } }], credentials: account },
		);

		const streamed = await measure(async () => {
			const run = await runTopview(
				{ resource: 'file', operation: 'upload', source: 'binary', binaryPropertyName: 'data' },
				{ items: [{ json: {}, binary: { data: binary } }], credentials: account },
			);
			if (run.error) throw run.error;
			return run.items[0].json.fileId;
		});
		const uploaded = await fetch(`${sim.url}/__sim/uploads/${streamed.value}`).then((res) => res.json());
		if (!uploaded || uploaded.size !== size) throw new Error(`simulator received ${uploaded && uploaded.size} bytes, expected ${size}`);

		const buffered = await measure(async () => {
			const credential = await fetch(`${sim.url}/v1/upload/credential?format=mp4`, {
				headers: { 'Topview-Uid': account.uid, Authorization: `Bearer ${account.apiKey}` },
			}).then((res) => res.json());
			const bytes = await service.getAsBuffer(binary);
			const res = await fetch(credential.result.uploadUrl, { method: 'PUT', body: bytes });
			if (!res.ok) throw new Error(`baseline PUT failed: HTTP ${res.status}`);
			return bytes.length;
		});

		const ratio = (growth) => growth / size;
		console.log('');
		console.log('approach                      | peak RSS growth | growth / file size');
		console.log('------------------------------|-----------------|-------------------');
		console.log(`streamed (this node)          | ${mb(streamed.growth).padStart(12)} MB | ${ratio(streamed.growth).toFixed(3)}`);
		console.log(`buffered (getBinaryDataBuffer) | ${mb(buffered.growth).padStart(11)} MB | ${ratio(buffered.growth).toFixed(3)}`);
		console.log('');
		const pass = ratio(streamed.growth) <= target && streamed.growth < buffered.growth;
		console.log(
			`target: streamed ≤ ${target} of the file size and below the buffered baseline → ${pass ? 'met' : 'NOT met'} ` +
				`(streamed/buffered = ${(streamed.growth / buffered.growth).toFixed(3)})`,
		);
		process.exitCode = pass ? 0 : 1;
	} finally {
		sim.child.kill();
		fs.rmSync(storage, { recursive: true, force: true });
	}
}

/** The simulator CLI in its own process, on a free port. */
async function startSimulatorProcess() {
	const port = 20000 + Math.floor(Math.random() * 20000);
	const child = spawn(process.execPath, [path.join(__dirname, '../test/simulator/cli.js')], {
		env: { ...process.env, TOPVIEW_SIM_PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const url = await new Promise((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (data) => {
			out += data;
			const match = /listening on (http:\/\/\S+)/.exec(out);
			if (match) resolve(match[1]);
		});
		child.once('exit', (code) => reject(new Error(`simulator exited with ${code}: ${out}`)));
	});
	return { url, child };
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

/** Runs `task`, sampling RSS every 10 ms; growth = peak minus the RSS right before it started. */
async function measure(task) {
	if (global.gc) global.gc();
	await new Promise((resolve) => setTimeout(resolve, 200));
	const before = process.memoryUsage().rss;
	let peak = before;
	const timer = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().rss);
	}, 10);
	try {
		const value = await task();
		peak = Math.max(peak, process.memoryUsage().rss);
		return { value, growth: peak - before };
	} finally {
		clearInterval(timer);
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
