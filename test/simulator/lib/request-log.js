'use strict';

/**
 * The request log: every non-control request (method, path, query, headers with the Authorization
 * value redacted, parsed body, and the answer's HTTP status and envelope code), so end-to-end tests can
 * assert on exactly what a client sent.
 */

function redactAuthorization(value) {
	if (value == null) return value;
	const v = String(value);
	return v.startsWith('Bearer ') ? 'Bearer [redacted]' : '[redacted]';
}

function redactHeaders(headers) {
	const out = {};
	for (const [k, v] of Object.entries(headers || {})) {
		out[k] = k.toLowerCase() === 'authorization' ? redactAuthorization(v) : v;
	}
	return out;
}

function createRequestLog(sim) {
	let nextId = 1;

	function record({ method, path, query, headers, body, bodyText, bodySize, sha256 }) {
		const entry = {
			id: nextId++,
			time: sim.clock.now(),
			method,
			path,
			query,
			headers: redactHeaders(headers),
			contentType: headers['content-type'] || null,
			body,
			bodyText,
			bodySize,
			sha256: sha256 || null,
			uid: headers['topview-uid'] || null,
			authOk: null,
			fault: null,
			response: null,
		};
		const log = sim.state.requests;
		log.push(entry);
		const limit = Number(sim.config.requestLogLimit) || 2000;
		if (log.length > limit) log.splice(0, log.length - limit);
		return entry;
	}

	/** Filter: `{ path, pathPrefix, method, uid, sinceId }`. */
	function list(filter = {}) {
		return sim.state.requests
			.filter(
				(e) =>
					(!filter.path || e.path === filter.path) &&
					(!filter.pathPrefix || e.path.startsWith(filter.pathPrefix)) &&
					(!filter.method || e.method === String(filter.method).toUpperCase()) &&
					(!filter.uid || e.uid === filter.uid) &&
					(!filter.sinceId || e.id > Number(filter.sinceId)),
			)
			.map((e) => ({ ...e }));
	}

	function clear() {
		sim.state.requests.length = 0;
	}

	return { record, list, clear };
}

module.exports = { createRequestLog, redactHeaders, redactAuthorization };
