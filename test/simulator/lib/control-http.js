'use strict';

const { readBody, parseJsonBody, sendJson, send } = require('./http-io');

/**
 * The /__sim/… HTTP test controls (no auth, not faulted, not logged). Plain JSON in and out (no
 * Topview envelope); errors → HTTP 400 `{ error }`, unknown control → 404 `{ error }`.
 */
function createControlHttp(control) {
	const routes = [
		['GET', /^\/__sim\/?$/, () => control.summary()],
		['POST', /^\/__sim\/reset$/, (b) => control.reset(b)],
		['GET', /^\/__sim\/config$/, () => control.getConfig()],
		['POST', /^\/__sim\/config$/, (b) => control.configure(b)],
		['GET', /^\/__sim\/accounts$/, () => control.listAccounts()],
		['POST', /^\/__sim\/accounts$/, (b) => control.upsertAccount(b)],
		['POST', /^\/__sim\/credits$/, (b) => control.setCredits(b.uid == null ? null : b.uid, b.credits)],
		['POST', /^\/__sim\/concurrency$/, (b) => control.setConcurrency(b.uid == null ? null : b.uid, b.concurrency)],
		['GET', /^\/__sim\/outcomes$/, () => control.listOutcomes()],
		['POST', /^\/__sim\/outcomes$/, (b) => control.forceOutcome(b)],
		['DELETE', /^\/__sim\/outcomes$/, () => (control.clearOutcomes(), { cleared: true })],
		['GET', /^\/__sim\/faults$/, () => control.listFaults()],
		['POST', /^\/__sim\/faults$/, (b) => control.injectFault(b)],
		['DELETE', /^\/__sim\/faults$/, () => (control.clearFaults(), { cleared: true })],
		['GET', /^\/__sim\/clock$/, () => control.clock()],
		['POST', /^\/__sim\/clock\/advance$/, (b) => control.advanceClock(b.ms)],
		['POST', /^\/__sim\/clock\/set$/, (b) => control.setClock(b.time)],
		['POST', /^\/__sim\/sweep$/, () => (control.sweep(), control.clock())],
		['GET', /^\/__sim\/tasks$/, (b, q) => control.listTasks(q)],
		['GET', /^\/__sim\/tasks\/([^/]+)$/, (b, q, m) => control.getTask(m[1]) || notFound(`task ${m[1]}`)],
		['POST', /^\/__sim\/tasks\/([^/]+)\/finish$/, (b, q, m) => control.finishTask(m[1], b.outcome || 'success', b.errorMsg)],
		['POST', /^\/__sim\/tasks\/([^/]+)\/timing$/, (b, q, m) => control.setTaskTiming(m[1], b)],
		['GET', /^\/__sim\/uploads$/, (b, q) => control.listUploads({ uid: q.uid, uploaded: q.uploaded == null ? null : q.uploaded === 'true' })],
		['GET', /^\/__sim\/uploads\/([^/]+)$/, (b, q, m) => control.getUpload(m[1]) || notFound(`upload ${m[1]}`)],
		['GET', /^\/__sim\/uploads\/([^/]+)\/content$/, (b, q, m) => raw(control.getUploadBytes(m[1]), m[1])],
		['GET', /^\/__sim\/callbacks$/, (b, q) => control.listCallbacks(q)],
		['POST', /^\/__sim\/callbacks\/wait$/, async (b) => ({ idle: await control.waitForCallbacks(b.timeoutMs) })],
		['GET', /^\/__sim\/requests$/, (b, q) => control.listRequests(q)],
		['DELETE', /^\/__sim\/requests$/, () => (control.clearRequests(), { cleared: true })],
		['GET', /^\/__sim\/families$/, () => control.listFamilies()],
		['GET', /^\/__sim\/routes$/, () => control.listRoutes()],
	];

	class HttpError extends Error {
		constructor(status, message) {
			super(message);
			this.status = status;
		}
	}
	function notFound(what) {
		throw new HttpError(404, `unknown ${what}`);
	}
	function raw(bytes, fileId) {
		if (!bytes) notFound(`upload content ${fileId}`);
		return { __raw: bytes };
	}

	async function handle(req, res, { method, path, query }) {
		let body = {};
		try {
			const info = await readBody(req);
			const parsed = parseJsonBody(info.buffer);
			if (!parsed.ok) return sendJson(res, 400, { error: `invalid JSON: ${parsed.error}` });
			body = parsed.value || {};
		} catch {
			return undefined;
		}
		const matching = routes.filter(([, re]) => re.test(path));
		const hit = matching.find(([m]) => m === method);
		if (!hit) {
			if (matching.length) return sendJson(res, 405, { error: `use ${matching.map(([m]) => m).join(', ')} for ${path}` });
			return sendJson(res, 404, { error: `unknown control ${method} ${path}` });
		}
		try {
			const out = await hit[2](body, query, path.match(hit[1]));
			if (out && out.__raw) return send(res, 200, out.__raw, { 'Content-Type': 'application/octet-stream' });
			return sendJson(res, 200, out === undefined ? { ok: true } : out);
		} catch (e) {
			return sendJson(res, e.status || 400, { error: e.message });
		}
	}

	return { handle };
}

module.exports = { createControlHttp };
