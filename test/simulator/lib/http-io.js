'use strict';

const crypto = require('node:crypto');

const MAX_JSON_BODY = 16 * 1024 * 1024;

/**
 * Reads a request body. mode 'buffer' keeps it whole (JSON requests, capped at 16 MB);
 * mode 'stream' keeps only size + sha256 and at most `keepBytes` bytes (uploads of any size).
 * Resolves `{ size, sha256, buffer, truncated, tooLarge }`.
 */
function readBody(req, { mode = 'buffer', keepBytes = 8 * 1024 * 1024 } = {}) {
	return new Promise((resolve, reject) => {
		const hash = crypto.createHash('sha256');
		const chunks = [];
		let kept = 0;
		let size = 0;
		let truncated = false;
		const limit = mode === 'stream' ? keepBytes : MAX_JSON_BODY;
		req.on('data', (chunk) => {
			size += chunk.length;
			hash.update(chunk);
			if (kept < limit) {
				const room = limit - kept;
				const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
				chunks.push(part);
				kept += part.length;
				if (part.length < chunk.length) truncated = true;
			} else {
				truncated = true;
			}
		});
		req.on('end', () =>
			resolve({
				size,
				sha256: hash.digest('hex'),
				buffer: Buffer.concat(chunks, kept),
				truncated,
				tooLarge: mode !== 'stream' && truncated,
			}),
		);
		req.on('error', reject);
		req.on('aborted', () => reject(new Error('request aborted')));
	});
}

/** Parses a JSON body. Returns `{ ok, value, text }`; an empty body is `ok` with `value` undefined. */
function parseJsonBody(buffer) {
	const text = buffer.toString('utf8');
	if (text.trim() === '') return { ok: true, value: undefined, text };
	try {
		return { ok: true, value: JSON.parse(text), text };
	} catch (e) {
		return { ok: false, value: undefined, text, error: e.message };
	}
}

/** URLSearchParams → plain object; a repeated key becomes an array. */
function queryToObject(searchParams) {
	const out = {};
	for (const [k, v] of searchParams) {
		if (k in out) out[k] = [].concat(out[k], v);
		else out[k] = v;
	}
	return out;
}

function send(res, status, body, headers = {}) {
	if (res.headersSent || res.destroyed || res.writableEnded) return;
	const buf = body == null ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(String(body));
	res.writeHead(status, { 'Content-Length': buf.length, ...headers });
	res.end(buf);
}

function sendJson(res, status, value, headers = {}) {
	send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json;charset=UTF-8', ...headers });
}

function sendText(res, status, text, headers = {}) {
	send(res, status, text, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
}

module.exports = { readBody, parseJsonBody, queryToObject, send, sendJson, sendText };
