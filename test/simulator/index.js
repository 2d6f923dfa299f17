'use strict';

/**
 * Local Topview API simulator, answering as the contract fixtures in test/contract/fixtures/ document.
 *
 *   const { startSimulator } = require('./test/simulator');
 *   const sim = await startSimulator({ port: 0, renderMs: 200 });
 *   // sim.url, sim.port, sim.control.*, sim.state, await sim.close()
 *
 * No third-party dependencies: node: built-ins only.
 */

const { createClock } = require('./lib/clock');
const { createIdFactory } = require('./lib/ids');
const { defaultConfig, normalizeConfig, DEFAULT_ACCOUNTS } = require('./lib/config');
const { buildCatalog } = require('./lib/fixtures');
const { buildRegistry } = require('./lib/families');
const { buildRouter } = require('./lib/router');
const { createTaskEngine } = require('./lib/task-engine');
const { createCallbackDispatcher } = require('./lib/callbacks');
const { createFaults } = require('./lib/faults');
const { createRequestLog } = require('./lib/request-log');
const { createControl } = require('./lib/control');
const { createControlHttp } = require('./lib/control-http');
const { createServer } = require('./lib/server');
const { createContract } = require('./lib/contract');

/**
 * @param {object} [options]
 * @param {number} [options.port=0]           0 = a free port
 * @param {string} [options.host='127.0.0.1']
 * @param {Array<{uid:string, apiKey:string, apiKeys?:string[], credits?:number, concurrency?:number}>} [options.accounts]
 * @param {number} [options.renderMs=3000]    submit → terminal status
 * @param {number} [options.runningAfterMs]   submit → running (default renderMs / 3)
 * @param {number} [options.costPerTask=1]
 * @param {boolean} [options.log=false]
 * Any other lib/config.js setting (outcome, costs, uploadCheckDelay, autoBoard, urlTtlMs …) may be given too.
 * @returns {Promise<{url:string, port:number, host:string, state:object, control:object, close():Promise<void>}>}
 */
async function startSimulator(options = {}) {
	const { port = 0, host = '127.0.0.1', accounts = DEFAULT_ACCOUNTS, ...rest } = options;
	const initialConfig = normalizeConfig(defaultConfig(), rest);
	const initialAccounts = JSON.parse(JSON.stringify(accounts));

	const state = { accounts: new Map(), tasks: new Map(), uploads: new Map(), callbacks: [], requests: [], faults: [], forcedOutcomes: [] };
	const sim = {
		config: { ...initialConfig },
		state,
		clock: createClock(),
		ids: createIdFactory(),
		url: null,
		logger: (msg) => {
			if (sim.config.log) console.log(`[topview-sim] ${msg}`);
		},
		fileUrl: (name) => `${sim.url}/files/${name}`,
		/** Result URLs; with config.urlTtlMs they carry `?expires=` and stop working after it. */
		resultUrl(name) {
			const base = sim.fileUrl(name);
			return sim.config.urlTtlMs ? `${base}?expires=${sim.clock.now() + Number(sim.config.urlTtlMs)}` : base;
		},
	};
	const registry = buildRegistry();
	sim.families = registry.families;
	sim.router = buildRouter(registry);
	sim.contract = createContract();
	sim.faults = createFaults(state);
	sim.requestLog = createRequestLog(sim);
	sim.engine = createTaskEngine(sim);
	sim.callbacks = createCallbackDispatcher(sim);

	let sweepTimer = null;
	const startSweep = () => {
		if (sweepTimer) clearInterval(sweepTimer);
		sweepTimer = setInterval(() => {
			try {
				sim.engine.sweep();
			} catch (e) {
				sim.logger(`sweep failed: ${e && e.stack}`);
			}
		}, Math.max(5, sim.config.sweepMs));
		sweepTimer.unref();
	};

	const control = createControl(sim, { initialConfig, initialAccounts, restartSweep: startSweep });
	const { server, close: closeServer } = createServer(sim, createControlHttp(control));

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const actualPort = server.address().port;
	const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
	sim.url = `http://${urlHost}:${actualPort}`;
	sim.catalog = buildCatalog(sim.fileUrl);
	control.reset();
	startSweep();

	let closing = null;
	return {
		url: sim.url,
		port: actualPort,
		host,
		state,
		control,
		/** Internals (engine, families, config …) for advanced tests. */
		sim,
		close() {
			if (!closing) {
				clearInterval(sweepTimer);
				closing = Promise.all([sim.callbacks.close(), closeServer()]).then(() => undefined);
			}
			return closing;
		},
	};
}

module.exports = { startSimulator };
