'use strict';

const { defaultMessage } = require('./envelope');

/**
 * Injected faults for the next N requests, optionally limited to one path (exact, or a prefix ending
 * in `*`) and method. Kinds:
 *  - code:      HTTP 200 with `{ code, message, result: null }` (e.g. "5003")
 *  - http:      HTTP `status` (e.g. 500, 429, 503) with a text body (`body`, `contentType`, `headers`)
 *  - delay:     wait `delayMs`, then answer normally (delayMs also combines with the other kinds)
 *  - drop:      destroy the socket after the request body was read; with `process: true` (alias
 *               `createTask`) the request is handled first (a submit creates its task) and only the
 *               answer is lost
 *  - malformed: HTTP 200, JSON content type, a truncated JSON body; with `process: true` the request is
 *               handled and its real answer is truncated
 * `count` is how many matching requests it hits (default 1; -1 = until cleared).
 */

const KINDS = ['code', 'http', 'delay', 'drop', 'malformed'];

function inferKind(spec) {
	if (spec.kind) return spec.kind;
	if (spec.drop) return 'drop';
	if (spec.malformed) return 'malformed';
	if (spec.code != null) return 'code';
	if (spec.status != null || spec.httpStatus != null) return 'http';
	if (spec.delayMs != null) return 'delay';
	return 'code';
}

function createFaults(state) {
	let nextId = 1;

	function inject(spec = {}) {
		const kind = inferKind(spec);
		if (!KINDS.includes(kind)) throw new Error(`fault kind must be one of ${KINDS.join(', ')}`);
		const count = spec.count == null ? 1 : Number(spec.count);
		if (!Number.isInteger(count) || count === 0 || count < -1) throw new Error('fault count must be a positive integer or -1');
		const status = Number(spec.status != null ? spec.status : spec.httpStatus != null ? spec.httpStatus : 503);
		const fault = {
			id: nextId++,
			kind,
			remaining: count,
			hits: 0,
			path: spec.path || null,
			method: spec.method ? String(spec.method).toUpperCase() : null,
			code: spec.code != null ? String(spec.code) : '5003',
			message: spec.message || null,
			status,
			body: spec.body != null ? String(spec.body) : null,
			contentType: spec.contentType || 'text/plain; charset=utf-8',
			headers: spec.headers || {},
			delayMs: spec.delayMs != null ? Number(spec.delayMs) : 0,
			process: !!(spec.process || spec.createTask),
		};
		if (kind === 'code') fault.message = fault.message || defaultMessage(fault.code);
		if (kind === 'http' && fault.body == null) fault.body = httpText(status);
		state.faults.push(fault);
		return { ...fault };
	}

	function matches(fault, method, path) {
		if (fault.method && fault.method !== method) return false;
		if (!fault.path) return true;
		if (fault.path.endsWith('*')) return path.startsWith(fault.path.slice(0, -1));
		return fault.path === path;
	}

	/** Takes the first fault that matches this request (consuming one of its hits), or null. */
	function take(method, path) {
		const idx = state.faults.findIndex((f) => matches(f, method, path));
		if (idx < 0) return null;
		const f = state.faults[idx];
		f.hits += 1;
		if (f.remaining > 0) f.remaining -= 1;
		if (f.remaining === 0) state.faults.splice(idx, 1);
		return { ...f };
	}

	function list() {
		return state.faults.map((f) => ({ ...f }));
	}

	function clear() {
		state.faults.length = 0;
	}

	return { inject, take, list, clear, KINDS };
}

function httpText(status) {
	return (
		{
			400: 'Bad Request',
			403: 'Forbidden',
			429: 'Too Many Requests',
			500: 'Internal Server Error',
			502: 'Bad Gateway',
			503: 'Service Unavailable',
			504: 'Gateway Timeout',
		}[status] || `HTTP ${status}`
	);
}

/** A JSON text cut in the middle (invalid JSON). */
function truncateJson(text) {
	const t = text && text.length > 4 ? text : '{"code":"200","message":"Success","result":{"taskId":"x"}}';
	return t.slice(0, Math.max(3, Math.floor(t.length / 2)));
}

module.exports = { createFaults, truncateJson, KINDS };
