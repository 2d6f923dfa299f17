'use strict';

const http = require('node:http');
const { ApiError, success, failure } = require('./envelope');
const { readBody, parseJsonBody, queryToObject, send, sendJson } = require('./http-io');
const { authenticate } = require('./auth');
const { truncateJson } = require('./faults');
const { handleUploadPut, handleFile } = require('./routes/uploads');

/**
 * The HTTP pipeline for one request:
 *   /__sim/…  → test controls (no auth, no faults, not logged)
 *   otherwise → read body (streamed for uploads) → request log → injected fault? → route:
 *               /__upload/… (PUT), /files/… (GET/HEAD), Topview paths (auth, JSON, envelope).
 */

const JSON_HEADERS = { 'Content-Type': 'application/json;charset=UTF-8' };
const jsonOut = (status, envelope, headers = {}) => ({ status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(envelope), envelope });

function createServer(sim, controlHttp) {
	const delays = new Map(); // timer → resolve
	let closed = false;

	const wait = (ms) =>
		new Promise((resolve) => {
			const t = setTimeout(() => {
				delays.delete(t);
				resolve();
			}, ms);
			delays.set(t, resolve);
		});

	async function dispatch(ctx) {
		const { method, path } = ctx;
		if (path.startsWith('/__upload/')) return handleUploadPut(ctx);
		if (path.startsWith('/files/')) return handleFile(ctx);
		const { route, allowed } = sim.router.lookup(method, path);
		if (!route && !allowed) return jsonOut(404, failure('4004', `Not found: ${method} ${path}`));
		if (!route) return jsonOut(405, failure('4004', `Method ${method} not allowed for ${path}; use ${allowed.join(', ')}`), { Allow: allowed.join(', ') });
		try {
			const auth = authenticate(sim, ctx.headers);
			ctx.entry.authOk = true;
			ctx.account = auth.account;
			ctx.apiKey = auth.apiKey;
			if (!ctx.parsed.ok) throw new ApiError('4001', `Request data format does not match: invalid JSON (${ctx.parsed.error})`);
			const body = ctx.parsed.value;
			if (body !== undefined && method !== 'GET' && (body === null || typeof body !== 'object' || Array.isArray(body))) {
				throw new ApiError('4001', 'Request data format does not match: the body must be a JSON object');
			}
			ctx.body = method === 'GET' ? undefined : body;
			ctx.params = method === 'GET' ? { ...ctx.query } : { ...ctx.query, ...(body || {}) };
			const undocumented = sim.contract.checkRequest(method, path, { query: ctx.query, body: ctx.body }, sim.config.contractRequired);
			if (undocumented.length) ctx.entry.undocumentedFields = undocumented;
			const result = await route.handler(ctx);
			const gaps = sim.contract.responseGaps(method, path, result);
			if (gaps.length) ctx.entry.contractGaps = gaps;
			return jsonOut(200, success(result));
		} catch (e) {
			if (e instanceof ApiError) {
				if (e.code === '401') ctx.entry.authOk = false;
				return jsonOut(e.httpStatus, failure(e.code, e.message));
			}
			sim.logger(`internal error on ${method} ${path}: ${e && e.stack}`);
			return jsonOut(200, failure('5000', `Internal server error (simulator): ${e && e.message}`));
		}
	}

	function write(req, res, out, entry) {
		entry.response = { httpStatus: out.status, code: out.envelope ? out.envelope.code : null };
		sim.logger(`${req.method} ${entry.path} → HTTP ${out.status}${out.envelope ? ` code ${out.envelope.code}` : ''}`);
		if (req.method === 'HEAD') {
			const len = Buffer.isBuffer(out.body) ? out.body.length : Buffer.byteLength(out.body || '');
			if (!res.headersSent) res.writeHead(out.status, { ...out.headers, 'Content-Length': len });
			res.end();
			return;
		}
		send(res, out.status, out.body, out.headers);
	}

	async function handle(req, res) {
		const u = new URL(req.url, 'http://simulator.invalid');
		const path = u.pathname;
		const method = req.method.toUpperCase();
		const query = queryToObject(u.searchParams);
		if (path === '/__sim' || path.startsWith('/__sim/')) return controlHttp.handle(req, res, { method, path, query });

		const isUpload = path.startsWith('/__upload/');
		let bodyInfo;
		try {
			bodyInfo = await readBody(req, { mode: isUpload ? 'stream' : 'buffer', keepBytes: sim.config.uploadKeepBytes });
		} catch {
			return; // client went away
		}
		const parsed = isUpload ? { ok: true, value: undefined, text: '' } : parseJsonBody(bodyInfo.buffer);
		const entry = sim.requestLog.record({
			method,
			path,
			query,
			headers: req.headers,
			body: isUpload ? null : parsed.ok ? (parsed.value === undefined ? null : parsed.value) : undefined,
			bodyText: isUpload ? null : parsed.text.slice(0, 65536),
			bodySize: bodyInfo.size,
			sha256: isUpload ? bodyInfo.sha256 : null,
		});
		const ctx = { sim, req, method, path, query, headers: req.headers, bodyInfo, parsed, entry };

		const fault = sim.faults.take(method, path);
		if (fault) {
			entry.fault = { id: fault.id, kind: fault.kind, process: fault.process };
			if (fault.delayMs > 0) {
				await wait(fault.delayMs);
				if (closed || res.destroyed) return;
			}
			if (!fault.process) {
				if (fault.kind === 'drop') {
					entry.response = { dropped: true };
					req.socket.destroy();
					return;
				}
				if (fault.kind === 'code') return write(req, res, jsonOut(200, failure(fault.code, fault.message)), entry);
				if (fault.kind === 'http') {
					return write(req, res, { status: fault.status, headers: { 'Content-Type': fault.contentType, ...fault.headers }, body: fault.body }, entry);
				}
				if (fault.kind === 'malformed') {
					return write(req, res, { status: 200, headers: JSON_HEADERS, body: truncateJson(null) }, entry);
				}
			}
		}

		const out = await dispatch(ctx);
		if (fault && fault.process && fault.kind === 'drop') {
			entry.response = { dropped: true, processed: { httpStatus: out.status, code: out.envelope ? out.envelope.code : null } };
			req.socket.destroy();
			return;
		}
		if (fault && fault.process && fault.kind === 'malformed') {
			return write(req, res, { status: out.status, headers: out.headers, body: truncateJson(String(out.body)), envelope: out.envelope }, entry);
		}
		write(req, res, out, entry);
	}

	const server = http.createServer((req, res) => {
		handle(req, res).catch((e) => {
			sim.logger(`unhandled: ${e && e.stack}`);
			if (!res.headersSent) sendJson(res, 500, failure('5000', 'Internal server error (simulator)'));
		});
	});
	server.keepAliveTimeout = 1000;

	function close() {
		closed = true;
		for (const [t, resolve] of delays) {
			clearTimeout(t);
			resolve();
		}
		delays.clear();
		return new Promise((resolve) => {
			server.close(() => resolve());
			server.closeAllConnections();
		});
	}

	return { server, close };
}

module.exports = { createServer };
