'use strict';
/*
 * Drive a real, headless n8n with this package installed as a community package.
 * Used by the end-to-end tests (test/e2e), `npm start` (scripts/start.js) and scripts/screenshot.js.
 *
 *   const n8n = require('./scripts/lib/n8n');
 *   const tarball = n8n.packPackage({ destDir });                 // after `npm run build`
 *   const server = await n8n.startN8n({ tarball });               // installs n8n into the cache if missing
 *   const api = await server.client({ owner: true });             // owner account + login
 *   const cred = await api.createCredential({ name, type: 'topviewApi', data: { uid, apiKey, baseUrl } });
 *   const wf = await api.createWorkflow(json, { credentials: { topviewApi: cred } });
 *   const exec = await api.runWorkflow(wf.id);                   // manual run, waits, parsed data
 *   await server.stop();                                          // kills the process group
 *
 * Only loopback addresses are used. Nothing here prints credential data.
 */
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const http = require('http');
const { spawn, spawnSync } = require('child_process');
const { ensureN8n } = require('../e2e/ensure-n8n');

const REPO_DIR = path.resolve(__dirname, '..', '..');
const PACKAGE_NAME = 'n8n-nodes-topview';
const HOST = '127.0.0.1';
const DEFAULT_OWNER = Object.freeze({
	email: 'owner@topview.local',
	firstName: 'Topview',
	lastName: 'Demo',
	password: 'Topview-Demo-1',
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// small helpers

/** A free TCP port on the loopback interface (`avoid` = ports not to return). */
async function freePort(avoid = []) {
	for (let i = 0; i < 20; i++) {
		const port = await new Promise((resolve, reject) => {
			const srv = net.createServer();
			srv.unref();
			srv.on('error', reject);
			srv.listen(0, HOST, () => {
				const { port: p } = srv.address();
				srv.close(() => resolve(p));
			});
		});
		if (!avoid.includes(port)) return port;
	}
	throw new Error('no free port found');
}

/** Whether something listens on HOST:port. */
function isPortTaken(port) {
	return new Promise((resolve) => {
		const sock = net.connect({ host: HOST, port });
		sock.once('connect', () => {
			sock.destroy();
			resolve(true);
		});
		sock.once('error', () => resolve(false));
	});
}

/**
 * flatted (https://github.com/WebReflection/flatted) decoding, as n8n stores execution data: a JSON
 * array whose first entry is the root; inside objects/arrays every string is the index (as a string)
 * of the real value in the array; entries that are strings are plain strings.
 */
function parseFlatted(text) {
	const input = JSON.parse(text);
	if (!Array.isArray(input)) return input;
	const revived = new Map();
	const revive = (index) => {
		if (revived.has(index)) return revived.get(index);
		const value = input[index];
		if (value === null || typeof value !== 'object') return value;
		const out = Array.isArray(value) ? new Array(value.length) : {};
		revived.set(index, out);
		for (const key of Object.keys(value)) {
			const v = value[key];
			out[key] = typeof v === 'string' ? revive(Number(v)) : v;
		}
		return out;
	};
	return revive(0);
}

/** Minimal HTTP JSON client with a cookie jar (one n8n session). */
function httpJson({ method, url, body, headers = {}, timeoutMs = 60000 }) {
	return new Promise((resolve, reject) => {
		const u = new URL(url);
		const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
		const req = http.request(
			{
				method,
				hostname: u.hostname,
				port: u.port,
				path: u.pathname + u.search,
				headers: {
					accept: 'application/json',
					...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
					...headers,
				},
				timeout: timeoutMs,
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let json;
					try {
						json = text ? JSON.parse(text) : undefined;
					} catch {
						json = undefined;
					}
					resolve({ status: res.statusCode, headers: res.headers, text, json });
				});
			},
		);
		req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out after ${timeoutMs} ms`)));
		req.on('error', reject);
		if (payload) req.write(payload);
		req.end();
	});
}

// ---------------------------------------------------------------------------------------------
// packing and installing the package

/** `npm pack` the package (already built by the caller) into destDir; returns the tarball path. */
function packPackage({ repoDir = REPO_DIR, destDir = fs.mkdtempSync(path.join(os.tmpdir(), 'topview-pack-')) } = {}) {
	if (!fs.existsSync(path.join(repoDir, 'dist'))) throw new Error(`${repoDir}/dist is missing: run \`npm run build\` first`);
	fs.mkdirSync(destDir, { recursive: true });
	const res = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destDir], {
		cwd: repoDir,
		encoding: 'utf8',
	});
	if (res.status !== 0) throw new Error(`npm pack failed: ${res.stderr || res.stdout}`);
	const info = JSON.parse(res.stdout.slice(res.stdout.indexOf('[')));
	return path.join(destDir, info[0].filename);
}

/**
 * Installs a packed tarball the way n8n's community-package installer leaves it:
 * <userFolder>/.n8n/nodes/node_modules/<name>, with peer/dev/optional dependencies stripped so that
 * nothing else gets installed (imports like zod resolve from n8n's own node_modules).
 */
function installPackage({ tarball, userFolder }) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const pkgDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(pkgDir, { recursive: true, force: true });
	fs.mkdirSync(pkgDir, { recursive: true });
	const res = spawnSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1'], { encoding: 'utf8' });
	if (res.status !== 0) throw new Error(`tar failed: ${res.stderr}`);
	const pkgFile = path.join(pkgDir, 'package.json');
	const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
	for (const k of ['peerDependencies', 'devDependencies', 'optionalDependencies', 'peerDependenciesMeta']) delete pkg[k];
	fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: pkg.version } }, null, 2),
	);
	return { pkgDir, version: pkg.version };
}

// ---------------------------------------------------------------------------------------------
// the n8n process

const PID_FILE = 'n8n.pid';

/**
 * Stops an n8n a previous run started on this user folder and could not stop (its parent was killed
 * with SIGKILL): the pid recorded in <userFolder>/n8n.pid, only if that process is still an n8n.
 */
function killStale(userFolder) {
	const file = path.join(userFolder, PID_FILE);
	let pid;
	try {
		pid = Number(fs.readFileSync(file, 'utf8').trim());
	} catch {
		return false;
	}
	let cmdline = '';
	try {
		cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
	} catch {
		/* gone */
	}
	fs.rmSync(file, { force: true });
	if (!pid || !cmdline.includes(`n8n${path.sep}bin${path.sep}n8n`)) return false;
	try {
		process.kill(-pid, 'SIGKILL');
	} catch {
		/* gone meanwhile */
	}
	return true;
}

const running = new Set();
let exitHookInstalled = false;
function installExitHook() {
	if (exitHookInstalled) return;
	exitHookInstalled = true;
	// last resort: never leave an n8n behind when the parent exits (tests failing, Ctrl-C, crash)
	process.on('exit', () => {
		for (const s of running) s.killNow();
	});
}

function n8nEnv({ userFolder, port, brokerPort, extra = {} }) {
	return {
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: HOST,
		N8N_HOST: HOST,
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://${HOST}:${port}/`,
		WEBHOOK_URL: `http://${HOST}:${port}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: HOST,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		N8N_LOG_LEVEL: 'info',
		NODE_ENV: 'production',
		...extra,
	};
}

class N8nServer {
	constructor({ install, userFolder, port, brokerPort, logFile, child, env }) {
		Object.assign(this, { install, userFolder, port, brokerPort, logFile, child, env });
		this.baseUrl = `http://${HOST}:${port}`;
		this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
		this.exitInfo = null;
		this.exited.then((info) => {
			this.exitInfo = info;
			running.delete(this);
		});
	}

	get pid() {
		return this.child.pid;
	}

	/** Last `lines` lines of the n8n log (for error messages). */
	logTail(lines = 40) {
		try {
			return fs.readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
		} catch {
			return '';
		}
	}

	async waitReady(timeoutMs = 120000) {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (this.exitInfo) throw new Error(`n8n exited during start-up (${JSON.stringify(this.exitInfo)}):\n${this.logTail()}`);
			try {
				// readiness = DB migrated; the REST API is mounted a little later (1.x)
				const res = await httpJson({ method: 'GET', url: `${this.baseUrl}/healthz/readiness`, timeoutMs: 2000 });
				if (res.status === 200) {
					const settings = await httpJson({ method: 'GET', url: `${this.baseUrl}/rest/settings`, timeoutMs: 5000 });
					if (settings.status === 200) return;
				}
			} catch {
				/* not listening yet */
			}
			await sleep(250);
		}
		throw new Error(`n8n not ready after ${timeoutMs} ms:\n${this.logTail()}`);
	}

	/**
	 * Problems n8n logged while loading community packages (a missing file, an unresolvable import
	 * such as zod/p-limit on an older n8n …). Empty when the package loaded.
	 */
	packageLoadErrors(name = PACKAGE_NAME) {
		const lines = this.logTail(100000).split('\n');
		const errors = [];
		lines.forEach((line, i) => {
			if (line.includes(`Failed to load package "${name}"`)) {
				errors.push([line, ...lines.slice(i + 1, i + 15).filter((l) => /^(Error|\w*Error)\b|Cannot find|SyntaxError/.test(l))].join('\n'));
			}
		});
		return errors;
	}

	/**
	 * Asks n8n (logged-in `client`) which node types it knows; throws, with the package-related lines
	 * of the n8n log, when this package's nodes are missing (n8n 1.x logs a load failure only as the
	 * bare error message).
	 */
	async assertPackageLoaded(client, nodeTypes = [`${PACKAGE_NAME}.topview`, `${PACKAGE_NAME}.topviewTrigger`]) {
		const types = await client.get('/types/nodes.json');
		const known = new Set((Array.isArray(types) ? types : []).map((t) => t.name));
		const missing = nodeTypes.filter((t) => !known.has(t));
		if (!missing.length) return;
		const lines = this.logTail(100000).split('\n');
		const related = lines.filter((l, i) => l.includes(PACKAGE_NAME) || (lines[i + 1] || '').includes('Require stack'));
		throw new Error(
			`n8n did not load ${missing.join(', ')} from the packed package.\n${this.packageLoadErrors().join('\n') || related.slice(0, 20).join('\n')}\n(n8n log: ${this.logFile})`,
		);
	}

	killNow() {
		try {
			process.kill(-this.child.pid, 'SIGKILL');
		} catch {
			/* already gone */
		}
	}

	/** SIGTERM to the whole process group (n8n + task runners), SIGKILL after `graceMs`. */
	async stop({ graceMs = 8000 } = {}) {
		if (this.exitInfo) return this.exitInfo;
		try {
			process.kill(-this.child.pid, 'SIGTERM');
		} catch {
			/* gone */
		}
		let timer;
		const timeout = new Promise((r) => (timer = setTimeout(r, graceMs, 'timeout')));
		const first = await Promise.race([this.exited, timeout]);
		clearTimeout(timer);
		if (first === 'timeout') {
			this.killNow();
			await this.exited;
		}
		// stray children (runners) of the group
		try {
			process.kill(-this.child.pid, 'SIGKILL');
		} catch {
			/* none */
		}
		fs.rmSync(path.join(this.userFolder, PID_FILE), { force: true });
		return this.exitInfo;
	}

	/** A logged-in REST client. `owner: true` sets the owner up first if needed. */
	async client({ owner = DEFAULT_OWNER, setup = true } = {}) {
		const c = new N8nClient(this.baseUrl, { majorVersion: Number(this.install.version.split('.')[0]) });
		if (setup) await c.setupOwner(owner);
		await c.login(owner);
		return c;
	}

	/**
	 * Runs `n8n <args>` (import:workflow, execute, …) against the same user folder, with its own
	 * runners broker port. Returns { code, stdout, stderr }.
	 */
	async cli(args, { timeoutMs = 120000 } = {}) {
		const brokerPort = await freePort([this.port, this.brokerPort]);
		return new Promise((resolve, reject) => {
			const child = spawn(this.install.nodeBin, [this.install.n8nBin, ...args], {
				env: { ...this.env, N8N_RUNNERS_BROKER_PORT: String(brokerPort), N8N_LOG_LEVEL: 'warn' },
				stdio: ['ignore', 'pipe', 'pipe'],
				detached: true,
			});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			const timer = setTimeout(() => {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					/* gone */
				}
			}, timeoutMs);
			child.on('error', reject);
			child.on('exit', (code) => {
				clearTimeout(timer);
				resolve({ code, stdout, stderr });
			});
		});
	}
}

/**
 * Starts n8n headless on 127.0.0.1 with the package (tarball) installed as a community package.
 * Options: version (default env N8N_E2E_VERSION or 2.41.1), userFolder (default: fresh temp dir),
 * port / brokerPort (default: free ports), tarball (optional: skip installing), env (extra env),
 * logFile, readyTimeoutMs, log (progress messages).
 */
async function startN8n(opts = {}) {
	const log = opts.log || ((m) => process.stderr.write(`[n8n] ${m}\n`));
	const install = opts.install || ensureN8n({ version: opts.version, log });
	const userFolder = opts.userFolder || fs.mkdtempSync(path.join(os.tmpdir(), 'topview-n8n-'));
	fs.mkdirSync(userFolder, { recursive: true });
	if (killStale(userFolder)) log(`stopped an n8n left running on ${userFolder} by an earlier run`);
	if (opts.tarball) installPackage({ tarball: opts.tarball, userFolder });
	const port = opts.port || (await freePort());
	if (opts.port && (await isPortTaken(port))) throw new Error(`port ${port} is already in use`);
	const brokerPort = opts.brokerPort || (await freePort([port]));
	const logFile = opts.logFile || path.join(userFolder, 'n8n.log');
	const env = { ...install.env, ...n8nEnv({ userFolder, port, brokerPort, extra: { ...install.n8nEnv, ...opts.env } }) };
	// The API key of a real Topview account may be in the parent's env (npm start); n8n needs none of it.
	delete env.TOPVIEW_API_KEY;
	const out = fs.openSync(logFile, 'a');
	const child = spawn(install.nodeBin, [install.n8nBin, 'start'], {
		env,
		cwd: userFolder,
		stdio: ['ignore', out, out],
		detached: true, // own process group: stop() kills n8n and its task runners together
	});
	fs.closeSync(out);
	fs.writeFileSync(path.join(userFolder, PID_FILE), String(child.pid));
	const server = new N8nServer({ install, userFolder, port, brokerPort, logFile, child, env });
	installExitHook();
	running.add(server);
	const t0 = Date.now();
	try {
		await server.waitReady(opts.readyTimeoutMs || 180000);
	} catch (err) {
		await server.stop();
		throw err;
	}
	log(`n8n ${install.version} ready on ${server.baseUrl} in ${((Date.now() - t0) / 1000).toFixed(1)} s (log: ${logFile})`);
	return server;
}

// ---------------------------------------------------------------------------------------------
// REST client

const TERMINAL = new Set(['success', 'error', 'crashed', 'canceled', 'cancelled']);

class N8nClient {
	constructor(baseUrl, { majorVersion = 2 } = {}) {
		this.baseUrl = baseUrl;
		this.majorVersion = majorVersion;
		this.cookies = {};
		this.browserId = 'topview-e2e-browser';
	}

	async request(method, urlPath, body, { expectStatus = [200], timeoutMs } = {}) {
		const cookie = Object.entries(this.cookies)
			.map(([k, v]) => `${k}=${v}`)
			.join('; ');
		const res = await httpJson({
			method,
			url: this.baseUrl + urlPath,
			body,
			timeoutMs,
			headers: { ...(cookie ? { cookie } : {}), 'browser-id': this.browserId },
		});
		for (const c of [].concat(res.headers['set-cookie'] || [])) {
			const [pair] = c.split(';');
			const i = pair.indexOf('=');
			this.cookies[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
		}
		if (expectStatus && !expectStatus.includes(res.status)) {
			const msg = (res.json && (res.json.message || res.json.error)) || res.text.slice(0, 500);
			const err = new Error(`${method} ${urlPath} → HTTP ${res.status}: ${msg}`);
			err.status = res.status;
			err.response = res;
			throw err;
		}
		return res.json && Object.prototype.hasOwnProperty.call(res.json, 'data') ? res.json.data : res.json;
	}

	get(p, o) {
		return this.request('GET', p, undefined, o);
	}
	post(p, b, o) {
		return this.request('POST', p, b === undefined ? {} : b, o);
	}
	patch(p, b, o) {
		return this.request('PATCH', p, b, o);
	}
	delete(p, o) {
		return this.request('DELETE', p, undefined, o);
	}

	/** Creates the instance owner unless one exists already (then it is a no-op). */
	async setupOwner(owner = DEFAULT_OWNER) {
		const settings = await this.get('/rest/settings');
		const showSetup = settings && settings.userManagement && settings.userManagement.showSetupOnFirstLoad;
		if (showSetup === false) return false;
		await this.post('/rest/owner/setup', {
			email: owner.email,
			firstName: owner.firstName,
			lastName: owner.lastName,
			password: owner.password,
		});
		return true;
	}

	async login(owner = DEFAULT_OWNER) {
		return this.post('/rest/login', { emailOrLdapLoginId: owner.email, password: owner.password });
	}

	// credentials ------------------------------------------------------------------------------

	async createCredential({ name, type, data }) {
		const c = await this.post('/rest/credentials', { name, type, data });
		return { id: c.id, name: c.name, type: c.type };
	}

	async updateCredential(id, { name, type, data }) {
		const c = await this.patch(`/rest/credentials/${id}`, { name, type, data });
		return { id: c.id, name: c.name, type: c.type };
	}

	async listCredentials() {
		return this.get('/rest/credentials');
	}

	async deleteCredential(id) {
		return this.delete(`/rest/credentials/${id}`);
	}

	/**
	 * Runs the credential type's test, as the editor's "Retry"/"Test" does. `id` of a saved credential
	 * (its stored data is merged with `data`), or '' for unsaved data (owner only on 2.x).
	 * Returns { status: 'OK' | 'Error', message }.
	 */
	async testCredential({ id = '', name = '', type, data }) {
		return this.post('/rest/credentials/test', { credentials: { id, name, type, ...(data ? { data } : {}) } });
	}

	// workflows --------------------------------------------------------------------------------

	/**
	 * Creates a workflow from an exported JSON (examples/*.json). `credentials` maps a credential type
	 * to { id, name }: every node credential of that type is pointed at it.
	 */
	async createWorkflow(json, { credentials = {}, name } = {}) {
		const wf = prepareWorkflow(json, { credentials, name });
		const created = await this.post('/rest/workflows', wf);
		return created;
	}

	async getWorkflow(id) {
		return this.get(`/rest/workflows/${id}`);
	}

	async updateWorkflow(id, patch) {
		const current = await this.getWorkflow(id);
		return this.patch(`/rest/workflows/${id}`, { ...patch, versionId: current.versionId });
	}

	async listWorkflows() {
		return this.get('/rest/workflows');
	}

	/** Activates (publishes) a workflow: triggers start, a poller polls once at once. */
	async activate(id) {
		const wf = await this.getWorkflow(id);
		if (this.majorVersion >= 2) return this.post(`/rest/workflows/${id}/activate`, { versionId: wf.versionId });
		return this.patch(`/rest/workflows/${id}`, { active: true, versionId: wf.versionId });
	}

	async deactivate(id) {
		const wf = await this.getWorkflow(id);
		if (this.majorVersion >= 2) return this.post(`/rest/workflows/${id}/deactivate`, { versionId: wf.versionId });
		return this.patch(`/rest/workflows/${id}`, { active: false, versionId: wf.versionId });
	}

	/**
	 * Starts a manual run of a saved workflow (as the editor's "Execute workflow" button) and returns
	 * the execution id. `triggerToStartFrom` names a trigger node (e.g. a poller's "Fetch test event").
	 */
	async startRun(id, { triggerToStartFrom, destinationNode } = {}) {
		const workflowData = await this.getWorkflow(id);
		if (!triggerToStartFrom && !destinationNode) {
			const trigger = (workflowData.nodes || []).find((n) => /manualTrigger$/.test(n.type)) ||
				(workflowData.nodes || []).find((n) => /trigger$/i.test(n.type));
			if (trigger) triggerToStartFrom = trigger.name;
		}
		// 2.x reads the saved workflow and needs a start condition; 1.x needs workflowData
		const body = { workflowData };
		if (triggerToStartFrom) body.triggerToStartFrom = { name: triggerToStartFrom };
		if (destinationNode) body.destinationNode = destinationNode;
		const res = await this.post(`/rest/workflows/${id}/run`, body);
		if (!res || !res.executionId) throw new Error(`manual run of ${id} did not start an execution: ${JSON.stringify(res)}`);
		return res.executionId;
	}

	/** Manual run + wait for the end. Returns the parsed execution (see getExecution). */
	async runWorkflow(id, { timeoutMs = 120000, ...opts } = {}) {
		const executionId = await this.startRun(id, opts);
		return this.waitForExecution(executionId, { timeoutMs });
	}

	/** Executions of a workflow, newest first (summaries, no data). */
	async listExecutions(workflowId, { limit = 50 } = {}) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const res = await this.get(`/rest/executions?filter=${filter}&limit=${limit}`);
		return (res && (res.results || res)) || [];
	}

	/** One execution with `data` decoded; adds `runData` and `error` shortcuts. */
	async getExecution(id) {
		const e = await this.get(`/rest/executions/${id}`);
		const data = typeof e.data === 'string' ? parseFlatted(e.data) : e.data;
		const resultData = (data && data.resultData) || {};
		return { ...e, data, runData: resultData.runData || {}, error: resultData.error, lastNodeExecuted: resultData.lastNodeExecuted };
	}

	/** Polls an execution until it reached a terminal status (or `until` returns true). */
	async waitForExecution(id, { timeoutMs = 120000, intervalMs = 300, statuses = TERMINAL } = {}) {
		const deadline = Date.now() + timeoutMs;
		let last;
		while (Date.now() < deadline) {
			try {
				last = await this.get(`/rest/executions/${id}`);
			} catch (err) {
				if (err.status !== 404) throw err; // not saved yet
			}
			if (last && (statuses.has(last.status) || (last.finished && statuses === TERMINAL))) return this.getExecution(id);
			await sleep(intervalMs);
		}
		throw new Error(`execution ${id} not finished after ${timeoutMs} ms (status ${last && last.status})`);
	}
}

/** Output items (json) of a node's run in a parsed execution: nodeOutput(exec, 'Topview')[0].json */
function nodeOutput(execution, nodeName, { run = -1, output = 0 } = {}) {
	const runs = execution.runData[nodeName];
	if (!runs || !runs.length) return undefined;
	const r = runs.at(run);
	const main = r && r.data && r.data.main;
	return main ? main[output] || [] : [];
}

/** The error of a node's run (or of the execution), if any: { message, description, ... }. */
function nodeError(execution, nodeName) {
	const runs = execution.runData[nodeName];
	const r = runs && runs.at(-1);
	return (r && r.error) || execution.error;
}

/**
 * Prepares an exported workflow for POST /rest/workflows: keeps the importable fields, points
 * credentials of the given types at the given { id, name }.
 */
function prepareWorkflow(json, { credentials = {}, name } = {}) {
	const wf = JSON.parse(JSON.stringify(json));
	for (const node of wf.nodes || []) {
		for (const type of Object.keys(node.credentials || {})) {
			if (credentials[type]) node.credentials[type] = { id: credentials[type].id, name: credentials[type].name };
		}
	}
	return {
		name: name || wf.name || 'Workflow',
		nodes: wf.nodes,
		connections: wf.connections || {},
		settings: wf.settings || { executionOrder: 'v1' },
		pinData: wf.pinData || {},
		active: false,
		...(wf.staticData ? { staticData: wf.staticData } : {}),
	};
}

module.exports = {
	REPO_DIR,
	PACKAGE_NAME,
	HOST,
	DEFAULT_OWNER,
	freePort,
	isPortTaken,
	killStale,
	parseFlatted,
	httpJson,
	packPackage,
	installPackage,
	startN8n,
	N8nServer,
	N8nClient,
	nodeOutput,
	nodeError,
	prepareWorkflow,
	sleep,
};
