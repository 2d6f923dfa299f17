#!/usr/bin/env node
'use strict';

/**
 * Runs the Topview simulator until SIGINT/SIGTERM.
 *   TOPVIEW_SIM_PORT (4010) · TOPVIEW_SIM_HOST (127.0.0.1) · TOPVIEW_SIM_UID (sim-uid)
 *   TOPVIEW_SIM_KEY (sim-key) · TOPVIEW_SIM_RENDER_MS (3000) · TOPVIEW_SIM_LOG (1 = log requests)
 */

const { startSimulator } = require('./index');

async function main() {
	const env = process.env;
	const port = env.TOPVIEW_SIM_PORT ? Number(env.TOPVIEW_SIM_PORT) : 4010;
	const host = env.TOPVIEW_SIM_HOST || '127.0.0.1';
	const uid = env.TOPVIEW_SIM_UID || 'sim-uid';
	const apiKey = env.TOPVIEW_SIM_KEY || 'sim-key';
	const options = { port, host, accounts: [{ uid, apiKey, credits: 1000, concurrency: 4 }], log: env.TOPVIEW_SIM_LOG === '1' };
	if (env.TOPVIEW_SIM_RENDER_MS) options.renderMs = Number(env.TOPVIEW_SIM_RENDER_MS);

	const sim = await startSimulator(options);
	console.log(`Topview simulator listening on ${sim.url}`);
	console.log(`  Base URL : ${sim.url}`);
	console.log(`  UID      : ${uid}`);
	console.log(`  API key  : ${apiKey}`);
	console.log(`  Controls : ${sim.url}/__sim (e.g. GET ${sim.url}/__sim/tasks)`);

	let stopping = false;
	const stop = (signal) => {
		if (stopping) return;
		stopping = true;
		console.log(`\n${signal}: stopping the Topview simulator`);
		sim.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e) => {
	console.error(`Topview simulator failed to start: ${e && e.message}`);
	process.exit(1);
});
