'use strict';
/*
 * Starts, once per e2e run: the Topview simulator (in this process), and n8n (cached install, see
 * scripts/e2e/ensure-n8n.js) with the packed package installed as a community package, an owner
 * account and a "Topview (local simulator)" credential. The tests reach both over HTTP; what they need
 * is passed in process.env.TOPVIEW_E2E. A failure here does not abort jest: it is passed on in
 * TOPVIEW_E2E_SETUP_ERROR and every test fails with it (so the JSON report still lists the tests).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const n8n = require('../../../scripts/lib/n8n');
const { ensureN8n, DEFAULT_VERSION } = require('../../../scripts/e2e/ensure-n8n');
const { SIM_ACCOUNT, CREDENTIAL_NAME } = require('./constants');

const log = (m) => process.stderr.write(`[e2e] ${m}\n`);

module.exports = async function globalSetup() {
	const t0 = Date.now();
	const version = process.env.N8N_E2E_VERSION || DEFAULT_VERSION;
	const state = {};
	globalThis.__TOPVIEW_E2E__ = state;
	delete process.env.TOPVIEW_E2E_SETUP_ERROR;
	const onSignal = (sig) => {
		if (state.server) state.server.killNow();
		if (state.workDir && process.env.TOPVIEW_E2E_KEEP !== '1') fs.rmSync(state.workDir, { recursive: true, force: true });
		process.exit(sig === 'SIGINT' ? 130 : 143);
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	state.removeSignalHandlers = () => {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	};
	try {
		const built = path.join(n8n.REPO_DIR, 'dist', 'nodes', 'Topview', 'Topview.node.js');
		if (!fs.existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` before the e2e tests`);

		const install = ensureN8n({ version, log });
		const { startSimulator } = require('../../simulator');
		state.sim = await startSimulator({ port: 0, accounts: [{ ...SIM_ACCOUNT }], renderMs: 1500, contractRequired: true });

		// One folder per run (parallel runs do not share one), removed by global-teardown.js, also after
		// failures; TOPVIEW_E2E_KEEP=1 keeps it (n8n log). N8N_E2E_WORKDIR: a fixed folder instead, wiped
		// at the start (an n8n a SIGKILLed earlier run left there is stopped first).
		let workDir = process.env.N8N_E2E_WORKDIR;
		if (workDir) {
			n8n.killStale(path.join(workDir, 'user'));
			fs.rmSync(workDir, { recursive: true, force: true });
		} else {
			workDir = fs.mkdtempSync(path.join(os.tmpdir(), `n8n-topview-e2e-${version}-`));
		}
		state.workDir = workDir;
		const tarball = n8n.packPackage({ destDir: path.join(workDir, 'pack') });
		state.server = await n8n.startN8n({ install, tarball, userFolder: path.join(workDir, 'user'), log });
		const api = await state.server.client();
		await state.server.assertPackageLoaded(api);
		const credential = await api.createCredential({
			name: CREDENTIAL_NAME,
			type: 'topviewApi',
			data: { uid: SIM_ACCOUNT.uid, apiKey: SIM_ACCOUNT.apiKey, baseUrl: state.sim.url },
		});
		process.env.TOPVIEW_E2E = JSON.stringify({
			version,
			nodeVersion: install.nodeVersion,
			n8nUrl: state.server.baseUrl,
			simUrl: state.sim.url,
			owner: n8n.DEFAULT_OWNER,
			credential,
			// One login for the run: n8n rate-limits /rest/login, and every test file needs a session.
			cookies: api.cookies,
			logFile: state.server.logFile,
			tarball,
		});
		log(`n8n ${version} (node ${install.nodeVersion}) at ${state.server.baseUrl}, simulator at ${state.sim.url}; set up in ${((Date.now() - t0) / 1000).toFixed(1)} s; n8n log: ${state.server.logFile}`);
	} catch (err) {
		process.env.TOPVIEW_E2E_SETUP_ERROR = (err && err.stack) || String(err);
		log(`SETUP FAILED: ${process.env.TOPVIEW_E2E_SETUP_ERROR}`);
	}
};
