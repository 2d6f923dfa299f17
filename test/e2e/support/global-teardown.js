'use strict';
/*
 * Stops what global-setup.js started: n8n (whole process group) and the simulator, and removes the
 * run's work folder (packed package, n8n user folder and log) unless TOPVIEW_E2E_KEEP=1.
 */
const fs = require('fs');

module.exports = async function globalTeardown() {
	const state = globalThis.__TOPVIEW_E2E__ || {};
	try {
		if (state.server) await state.server.stop();
	} finally {
		if (state.sim) await state.sim.close();
		if (state.removeSignalHandlers) state.removeSignalHandlers();
		if (state.workDir && process.env.TOPVIEW_E2E_KEEP !== '1') {
			fs.rmSync(state.workDir, { recursive: true, force: true });
			process.stderr.write(`[e2e] removed ${state.workDir} (TOPVIEW_E2E_KEEP=1 keeps it, with the n8n log)\n`);
		}
	}
};
