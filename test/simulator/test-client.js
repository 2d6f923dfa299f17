'use strict';

/**
 * Helpers for the simulator's own tests (and for end-to-end tests that want a thin client):
 * `apiClient(sim, { uid, apiKey })` sends authenticated requests and returns `{ http, code, message,
 * result, headers }`; `uploadFile(sim, api, format, bytes)` runs the 3-step upload and returns the fileId.
 */

function apiClient(sim, { uid = 'sim-uid', apiKey = 'sim-key', headers: extra = {} } = {}) {
	const auth = { 'Topview-Uid': uid, Authorization: `Bearer ${apiKey}`, ...extra };

	async function request(method, path, { query, body, headers = {}, noAuth = false } = {}) {
		const url = new URL(path, sim.url);
		for (const [k, v] of Object.entries(query || {})) if (v !== undefined) url.searchParams.set(k, String(v));
		const h = { ...(noAuth ? {} : auth), ...headers };
		const init = { method, headers: h };
		if (body !== undefined) {
			init.body = typeof body === 'string' ? body : JSON.stringify(body);
			if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['Content-Type'] = 'application/json';
		}
		const res = await fetch(url, init);
		const text = await res.text();
		let json = null;
		try {
			json = JSON.parse(text);
		} catch {
			json = null;
		}
		return { http: res.status, headers: res.headers, text, ...(json && typeof json === 'object' && !Array.isArray(json) ? json : {}) };
	}

	return {
		request,
		get: (path, query, opts = {}) => request('GET', path, { ...opts, query }),
		post: (path, body, opts = {}) => request('POST', path, { ...opts, body }),
		del: (path, query, opts = {}) => request('DELETE', path, { ...opts, query }),
	};
}

async function uploadFile(sim, api, format = 'mp4', bytes = Buffer.from(`sample ${format} bytes`)) {
	const cred = await api.get('/v1/upload/credential', { format });
	if (cred.code !== '200') throw new Error(`credential failed: ${cred.code} ${cred.message}`);
	const put = await fetch(cred.result.uploadUrl, { method: 'PUT', body: bytes });
	if (put.status !== 200) throw new Error(`PUT failed: HTTP ${put.status}`);
	await put.arrayBuffer();
	return cred.result.fileId;
}

/** POSTs /__sim/… controls over HTTP. */
async function simControl(sim, method, path, body) {
	const res = await fetch(`${sim.url}/__sim${path}`, {
		method,
		headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = text;
	}
	return { http: res.status, body: json };
}

module.exports = { apiClient, uploadFile, simControl };
