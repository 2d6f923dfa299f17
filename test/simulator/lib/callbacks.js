'use strict';

const http = require('node:http');
const https = require('node:https');

/**
 * Callback delivery (§8): when a task with `noticeUrl` ends, POST the payload with `Topview-Uid` (the
 * task owner's UID, no Authorization) and a JSON content type, asynchronously. A non-2xx answer or a
 * failed connection is retried `callbackRetries` times, the delay doubling from `callbackRetryDelayMs`.
 * Every attempt and the receiver's reply (status, body) or error is recorded; whatever the receiver
 * does, the task is not changed.
 */
function createCallbackDispatcher(sim) {
	const inFlight = new Set(); // pending promises
	const requests = new Set(); // live http.ClientRequest objects
	const timers = new Map(); // retry-delay timer → its resolve
	let closed = false;

	function post(url, headers, body, timeoutMs) {
		return new Promise((resolve) => {
			let u;
			try {
				u = new URL(url);
			} catch (e) {
				resolve({ error: `invalid URL: ${e.message}` });
				return;
			}
			const lib = u.protocol === 'https:' ? https : http;
			const req = lib.request(u, { method: 'POST', headers, agent: false, timeout: timeoutMs, rejectUnauthorized: false }, (res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					requests.delete(req);
					resolve({ statusCode: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
				});
				res.on('error', (e) => {
					requests.delete(req);
					resolve({ statusCode: res.statusCode, error: e.message });
				});
			});
			requests.add(req);
			req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
			req.on('error', (e) => {
				requests.delete(req);
				resolve({ error: e.message || String(e) });
			});
			req.end(body);
		});
	}

	const sleep = (ms) =>
		new Promise((resolve) => {
			const t = setTimeout(() => {
				timers.delete(t);
				resolve();
			}, ms);
			timers.set(t, resolve);
		});

	async function deliver(record) {
		const cfg = sim.config;
		const body = JSON.stringify(record.payload);
		const headers = {
			'Content-Type': 'application/json',
			'Topview-Uid': record.uid,
			'Content-Length': Buffer.byteLength(body),
			'User-Agent': 'topview-simulator',
		};
		record.headers = { ...headers };
		const maxAttempts = 1 + Number(cfg.callbackRetries || 0);
		for (let attempt = 1; attempt <= maxAttempts && !closed; attempt++) {
			const startedAt = sim.clock.now();
			const r = await post(record.url, headers, body, cfg.callbackTimeoutMs);
			let json = null;
			if (r.body !== undefined) {
				try {
					json = JSON.parse(r.body);
				} catch {
					json = null;
				}
			}
			const a = {
				attempt,
				startedAt,
				finishedAt: sim.clock.now(),
				statusCode: r.statusCode == null ? null : r.statusCode,
				responseBody: r.body == null ? null : r.body,
				responseJson: json,
				error: r.error || null,
			};
			record.attempts.push(a);
			Object.assign(record, {
				statusCode: a.statusCode,
				responseBody: a.responseBody,
				responseJson: a.responseJson,
				error: a.error,
				delivered: !a.error && a.statusCode >= 200 && a.statusCode < 300,
				acknowledged: !!(json && String(json.code) === '200'),
			});
			if (record.delivered) break;
			if (attempt < maxAttempts) await sleep(cfg.callbackRetryDelayMs * 2 ** (attempt - 1));
		}
		record.done = true;
	}

	/** Queues delivery of `payload` for a finished task (never throws, never blocks the caller). */
	function dispatch(task, payload) {
		const record = {
			id: sim.state.callbacks.length + 1,
			taskId: payload.taskId,
			internalTaskId: task.taskId,
			uid: task.uid,
			url: task.noticeUrl,
			bizType: payload.bizType,
			uuid: payload.uuid,
			payload,
			headers: null,
			queuedAt: sim.clock.now(),
			attempts: [],
			statusCode: null,
			responseBody: null,
			responseJson: null,
			error: null,
			delivered: false,
			acknowledged: false,
			done: false,
		};
		sim.state.callbacks.push(record);
		if (closed) {
			record.error = 'simulator closed';
			record.done = true;
			return record;
		}
		const p = new Promise((resolve) => setImmediate(resolve))
			.then(() => deliver(record))
			.catch((e) => {
				record.error = e.message;
				record.done = true;
			})
			.finally(() => inFlight.delete(p));
		inFlight.add(p);
		return record;
	}

	/** Resolves once no delivery is pending (or after timeoutMs). */
	async function waitForIdle(timeoutMs = 5000) {
		const deadline = Date.now() + timeoutMs;
		while (inFlight.size > 0) {
			if (Date.now() > deadline) return false;
			await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, 50).unref())]);
		}
		return true;
	}

	function close() {
		closed = true;
		for (const [t, resolve] of timers) {
			clearTimeout(t);
			resolve();
		}
		timers.clear();
		for (const r of requests) r.destroy(new Error('simulator closed'));
		requests.clear();
		return Promise.allSettled([...inFlight]);
	}

	return { dispatch, waitForIdle, close, pendingCount: () => inFlight.size };
}

module.exports = { createCallbackDispatcher };
