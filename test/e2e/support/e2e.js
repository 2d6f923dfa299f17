'use strict';
/*
 * What an e2e test file needs: a logged-in n8n REST client, the simulator's /__sim controls, the
 * example workflows, and small helpers to read executions.
 */
const fs = require('fs');
const path = require('path');
const n8n = require('../../../scripts/lib/n8n');
const { SIM_ACCOUNT, CREDENTIAL_NAME } = require('./constants');

const EXAMPLES_DIR = path.join(n8n.REPO_DIR, 'examples');

/** The run's setup (from global-setup.js), or the setup's error. */
function setupInfo() {
	if (process.env.TOPVIEW_E2E_SETUP_ERROR) throw new Error(`e2e setup failed:\n${process.env.TOPVIEW_E2E_SETUP_ERROR}`);
	if (!process.env.TOPVIEW_E2E) throw new Error('e2e setup missing: run with -c test/e2e/jest.config.js');
	return JSON.parse(process.env.TOPVIEW_E2E);
}

/** The simulator's HTTP test controls. */
class Sim {
	constructor(url) {
		this.url = url;
	}

	async control(method, urlPath, body) {
		const res = await n8n.httpJson({ method, url: `${this.url}/__sim${urlPath}`, body });
		if (res.status !== 200) throw new Error(`simulator ${method} /__sim${urlPath} → HTTP ${res.status}: ${res.text}`);
		return res.json;
	}

	/** Request log entries (`{ id, method, path, query, body, uid, headers, response }`), filtered. */
	async requests(filter = {}) {
		const qs = new URLSearchParams(Object.entries(filter).filter(([, v]) => v != null).map(([k, v]) => [k, String(v)]));
		return this.control('GET', `/requests?${qs}`);
	}

	/** Id of the newest logged request (use as `sinceId` to see only what a test caused). */
	async lastRequestId() {
		const all = await this.requests();
		return all.length ? all[all.length - 1].id : 0;
	}

	async tasks(filter = {}) {
		const qs = new URLSearchParams(filter);
		return this.control('GET', `/tasks?${qs}`);
	}

	async task(taskId) {
		return this.control('GET', `/tasks/${encodeURIComponent(taskId)}`);
	}

	async callbacks(filter = {}) {
		const qs = new URLSearchParams(filter);
		return this.control('GET', `/callbacks?${qs}`);
	}

	async configure(patch) {
		return this.control('POST', '/config', patch);
	}

	async config() {
		return this.control('GET', '/config');
	}

	async setCredits(uid, credits) {
		return this.control('POST', '/credits', { uid, credits });
	}

	async accounts() {
		return this.control('GET', '/accounts');
	}

	/** Calls a Topview endpoint as the simulator account (setup only, e.g. to find the default board). */
	async topview(method, urlPath, body) {
		const res = await n8n.httpJson({
			method,
			url: `${this.url}${urlPath}`,
			body,
			headers: { 'Topview-Uid': SIM_ACCOUNT.uid, Authorization: `Bearer ${SIM_ACCOUNT.apiKey}` },
		});
		if (!res.json || String(res.json.code) !== '200') throw new Error(`simulator ${method} ${urlPath}: ${res.text}`);
		return res.json.result;
	}
}

/** Connects a test file to the run's n8n (logged in) and simulator. */
async function connect() {
	const info = setupInfo();
	const api = new n8n.N8nClient(info.n8nUrl, { majorVersion: Number(info.version.split('.')[0]) });
	if (info.cookies && Object.keys(info.cookies).length) api.cookies = { ...info.cookies };
	else await api.login(info.owner);
	return { info, api, sim: new Sim(info.simUrl), credential: info.credential };
}

/** An example workflow from examples/, parsed. */
function example(name) {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, name.endsWith('.json') ? name : `${name}.json`), 'utf8'));
}

function isPlainObject(v) {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function merge(target, patch) {
	for (const [k, v] of Object.entries(patch)) {
		if (isPlainObject(v) && isPlainObject(target[k]) && !v.__rl) merge(target[k], v);
		else target[k] = v;
	}
	return target;
}

/** A copy of a workflow with some node parameters changed (deep merge; `null` drops a parameter). */
function withParameters(workflow, nodeName, patch) {
	const wf = JSON.parse(JSON.stringify(workflow));
	const node = wf.nodes.find((n) => n.name === nodeName);
	if (!node) throw new Error(`no node "${nodeName}" in workflow "${wf.name}" (${wf.nodes.map((n) => n.name).join(', ')})`);
	merge(node.parameters, patch);
	for (const [k, v] of Object.entries(node.parameters)) if (v === null) delete node.parameters[k];
	return wf;
}

/** A unique workflow name per test, so the n8n UI of a kept run stays readable. */
function nameFor(workflow, suffix) {
	return `${workflow.name} [e2e ${suffix}]`;
}

/** Describes an execution for assertion messages (status, failing node, error message). */
function describeExecution(exec) {
	const err = exec.error;
	return JSON.stringify({
		id: exec.id,
		status: exec.status,
		lastNodeExecuted: exec.lastNodeExecuted,
		error: err && { message: err.message, description: err.description, node: err.node && err.node.name },
	});
}

/** Polls `fn` until it returns a truthy value (returned) or the time is up (throws with `what`). */
async function eventually(fn, { timeoutMs = 30000, intervalMs = 250, what = 'condition' } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last;
	while (Date.now() < deadline) {
		last = await fn();
		if (last) return last;
		await n8n.sleep(intervalMs);
	}
	throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

module.exports = {
	...n8n,
	SIM_ACCOUNT,
	CREDENTIAL_NAME,
	Sim,
	connect,
	setupInfo,
	example,
	withParameters,
	nameFor,
	describeExecution,
	eventually,
};
