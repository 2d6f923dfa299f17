#!/usr/bin/env node
'use strict';
/*
 * `npm start`: a local n8n with this package installed, next to the Topview simulator.
 *
 *   1. builds the package (`npm run build`; skip with --no-build) and packs it;
 *   2. starts the Topview simulator on 127.0.0.1:4010 (TOPVIEW_SIM_PORT; a free port if taken), with
 *      the account uid `sim-uid` / key `sim-key` — unless TOPVIEW_UID and TOPVIEW_API_KEY are set: then
 *      the credential points at the real API (https://api.topview.ai, or TOPVIEW_BASE_URL) instead;
 *   3. starts n8n 2.41.1 (N8N_E2E_VERSION to change) on 127.0.0.1:5678 (N8N_PORT; a free port if taken)
 *      from the cached install (installed on first use: a few minutes), with the packed package;
 *   4. creates the owner account, the credential and the example workflows of examples/, and prints
 *      the URL and the login.
 *
 * The n8n data (owner, credentials, workflows, executions) stays in the cache
 * (${N8N_E2E_CACHE:-~/.cache/n8n-topview-e2e}/start-<version>[-real-api], or N8N_START_USER_FOLDER)
 * between runs; `--fresh` starts over. The API key is only sent to n8n (stored encrypted there), never
 * printed.
 * Ctrl-C, or SIGINT/SIGTERM to the npm process alone (a process manager, an IDE's stop button), stops
 * n8n, its task runner and the simulator: package.json runs this script with `exec`, so npm's signal
 * reaches it directly instead of stopping at the `sh -c` npm runs scripts through.
 * Output to a file or pipe has no spinners or colour codes (see lib/build.js).
 */
const fs = require('fs');
const path = require('path');
const n8n = require('./lib/n8n');
const { runBuild } = require('./lib/build');
const { ensureN8n, cacheRoot, DEFAULT_VERSION } = require('./e2e/ensure-n8n');

const args = new Set(process.argv.slice(2));
if (args.has('--help') || args.has('-h')) {
	process.stdout.write(fs.readFileSync(__filename, 'utf8').split('*/')[0].replace(/^[\s\S]*?\/\*\n?/, '').replace(/^ \* ?/gm, ''));
	process.exit(0);
}

const SIM_CREDENTIAL = 'Topview (local simulator)';
const REAL_CREDENTIAL = 'Topview';
const EXAMPLE_CREDENTIAL_TYPE = 'topviewApi';
const log = (m) => process.stdout.write(`${m}\n`);
const step = (m) => process.stdout.write(`\n▸ ${m}\n`);

async function pickPort(preferred, what) {
	if (!(await n8n.isPortTaken(preferred))) return preferred;
	const port = await n8n.freePort([preferred]);
	log(`  port ${preferred} is taken; ${what} uses ${port} instead`);
	return port;
}

function loadExamples() {
	const dir = path.join(n8n.REPO_DIR, 'examples');
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => ({ file: f, json: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));
}

/**
 * The example with its credentials other than Topview's removed (e.g. the AI agent example's OpenAI
 * credential, which this n8n does not have): n8n refuses a workflow that names an unknown credential,
 * and the editor asks for one when the node is opened.
 */
function withoutOtherCredentials(json) {
	const copy = JSON.parse(JSON.stringify(json));
	for (const node of copy.nodes || []) {
		for (const type of Object.keys(node.credentials || {})) if (type !== EXAMPLE_CREDENTIAL_TYPE) delete node.credentials[type];
	}
	return copy;
}

const stack = { sim: null, server: null };
let stopping = false;
async function stop(code) {
	if (stopping) return;
	stopping = true;
	const what = [stack.server && 'n8n', stack.sim && 'the simulator'].filter(Boolean).join(' and ');
	if (what) log('\nStopping …');
	try {
		if (stack.server) await stack.server.stop();
	} finally {
		if (stack.sim) await stack.sim.close();
	}
	if (what) log(`Stopped ${what}.`);
	process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function main() {
	const started = Date.now();
	const version = process.env.N8N_E2E_VERSION || DEFAULT_VERSION;
	const real = Boolean(process.env.TOPVIEW_UID && process.env.TOPVIEW_API_KEY);

	if (!args.has('--no-build')) {
		step('Building the package (npm run build)');
		runBuild({ cwd: n8n.REPO_DIR, log });
	}
	step('Packing the package');
	const packDir = path.join(cacheRoot(), 'start-pack');
	fs.rmSync(packDir, { recursive: true, force: true });
	const tarball = n8n.packPackage({ destDir: packDir });
	log(`  ${path.basename(tarball)}`);

	step(`Preparing n8n ${version} (cached in ${cacheRoot()})`);
	const install = ensureN8n({ version, log: (m) => log(`  ${m}`) });
	log(`  n8n ${version} on node ${install.nodeVersion}`);

	let credentialData;
	let credentialName;
	if (real) {
		credentialName = REAL_CREDENTIAL;
		credentialData = {
			uid: process.env.TOPVIEW_UID,
			apiKey: process.env.TOPVIEW_API_KEY,
			baseUrl: process.env.TOPVIEW_BASE_URL || 'https://api.topview.ai',
		};
		step(`Using the real Topview API (${credentialData.baseUrl}) with TOPVIEW_UID/TOPVIEW_API_KEY; no simulator`);
	} else {
		step('Starting the Topview simulator');
		const { startSimulator } = require('../test/simulator');
		const simPort = await pickPort(Number(process.env.TOPVIEW_SIM_PORT) || 4010, 'the simulator');
		stack.sim = await startSimulator({ port: simPort, host: n8n.HOST, contractRequired: true });
		credentialName = SIM_CREDENTIAL;
		credentialData = { uid: 'sim-uid', apiKey: 'sim-key', baseUrl: stack.sim.url };
		log(`  ${stack.sim.url}  (uid sim-uid, API key sim-key)`);
	}

	step(`Starting n8n ${version}`);
	// one n8n data folder per mode, so the example workflows point at the right credential
	const userFolder = process.env.N8N_START_USER_FOLDER || path.join(cacheRoot(), `start-${version}${real ? '-real-api' : ''}`);
	if (args.has('--fresh')) fs.rmSync(userFolder, { recursive: true, force: true });
	const reused = fs.existsSync(path.join(userFolder, '.n8n', 'database.sqlite'));
	const port = await pickPort(Number(process.env.N8N_PORT) || 5678, 'n8n');
	fs.mkdirSync(userFolder, { recursive: true });
	fs.rmSync(path.join(userFolder, 'n8n.log'), { force: true });
	stack.server = await n8n.startN8n({ install, tarball, userFolder, port, log: (m) => log(`  ${m}`) });
	const owner = n8n.DEFAULT_OWNER;
	const api = await stack.server.client({ owner });
	await stack.server.assertPackageLoaded(api);

	step(`Credential "${credentialName}"`);
	const existing = (await api.listCredentials()).find((c) => c.name === credentialName && c.type === EXAMPLE_CREDENTIAL_TYPE);
	const credential = existing
		? await api.updateCredential(existing.id, { name: credentialName, type: EXAMPLE_CREDENTIAL_TYPE, data: credentialData })
		: await api.createCredential({ name: credentialName, type: EXAMPLE_CREDENTIAL_TYPE, data: credentialData });
	log(`  ${existing ? 'updated' : 'created'} (base URL ${credentialData.baseUrl})`);

	step('Example workflows');
	const workflows = await api.listWorkflows();
	const imported = [];
	for (const { file, json } of loadExamples()) {
		const found = (workflows || []).find((w) => w.name === json.name);
		const wf = found || (await api.createWorkflow(withoutOtherCredentials(json), { credentials: { [EXAMPLE_CREDENTIAL_TYPE]: credential } }));
		imported.push({ file, name: json.name, id: wf.id, kept: Boolean(found) });
		log(`  ${found ? 'kept    ' : 'imported'} ${file.padEnd(36)} ${stack.server.baseUrl}/workflow/${wf.id}`);
	}

	const secs = ((Date.now() - started) / 1000).toFixed(0);
	log(`
──────────────────────────────────────────────────────────────────────
 n8n ${version} with n8n-nodes-topview is running (ready in ${secs} s${reused ? ', data reused' : ''})

   URL:       ${stack.server.baseUrl}
   Email:     ${owner.email}
   Password:  ${owner.password}
   Topview:   ${real ? `real API, credential "${credentialName}"` : `simulator ${stack.sim.url}, credential "${credentialName}"`}

 Open "${imported.find((w) => w.file === 'video-avatar-submit-and-wait.json')?.name || imported[0]?.name}"
 and click "Execute workflow" to get a finished video URL${real ? ' (uses credits!)' : ' from the simulator'}.
 n8n log: ${stack.server.logFile}
 Press Ctrl-C to stop (or send SIGINT/SIGTERM to the npm process).
──────────────────────────────────────────────────────────────────────`);

	const exit = await stack.server.exited;
	if (!stopping) {
		log(`n8n exited unexpectedly (${JSON.stringify(exit)}); see ${stack.server.logFile}`);
		await stop(1);
	}
}

main().catch(async (err) => {
	process.stderr.write(`\nnpm start failed: ${err.message}\n`);
	await stop(1);
});
