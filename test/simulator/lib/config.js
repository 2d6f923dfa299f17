'use strict';

/**
 * Simulator settings (changeable at run time with control.configure / POST /__sim/config).
 * Account-level settings (credits, concurrency) live on the accounts, not here.
 */

const OUTCOMES = ['success', 'fail', 'failed', 'error', 'stuck'];

const DEFAULT_ACCOUNTS = [{ uid: 'sim-uid', apiKey: 'sim-key', credits: 1000, concurrency: 4 }];

function defaultConfig() {
	return {
		/**
		 * Refuse requests missing a field the endpoint's contract fixture marks required (4003), before the
		 * simulator's own checks. On for node-facing runs (e2e, npm start); the simulator's own tests check
		 * its validation order without it.
		 */
		contractRequired: false,
		/** Time from submit to a terminal status, ms. */
		renderMs: 3000,
		/** Time from submit to `running`, ms; null → renderMs / 3. */
		runningAfterMs: null,
		/** Credits charged per successful task (unless `costs[taskType]` says otherwise). */
		costPerTask: 1,
		/** Per-taskType cost overrides, e.g. `{ video_avatar: 5 }`. */
		costs: {},
		/** Outcome of tasks not forced otherwise: success | fail | failed | error | stuck (never ends). */
		outcome: 'success',
		/** errorMsg of failed tasks. */
		errorMsg: 'Task failed (simulated)',
		/** After a PUT, `/v1/upload/check` answers false this many more times before true. */
		uploadCheckDelay: 0,
		/** Keep at most this many bytes of each upload in memory (size and sha256 are always kept). */
		uploadKeepBytes: 8 * 1024 * 1024,
		/**
		 * Callback delivery: timeout per attempt, extra attempts after a non-2xx answer or a failed
		 * connection, and the delay before the first retry (doubling after each). Topview documents no
		 * retry policy; retrying is what lets a receiver answer "not yet" (simulator choice).
		 */
		callbackTimeoutMs: 5000,
		callbackRetries: 3,
		callbackRetryDelayMs: 500,
		/** Put tasks submitted without boardId on the account's default board. */
		autoBoard: false,
		/**
		 * Shape of /v1/ethnicity/list result: 'array' (documented, test/contract/fixtures/lookups/ethnicityList.json)
		 * or 'paged' ({ data, total, pageNo, pageSize }, so clients can be tested against both).
		 */
		ethnicityListShape: 'array',
		/** When set, result URLs carry `?expires=<ms>` and /files answers 403 after it (real: 7 days). */
		urlTtlMs: null,
		/** `…FileId`/`fileIds` fields must name files the account uploaded (or a task produced) → else 4004. */
		strictFileIds: true,
		/** Period of the sweep that finishes tasks and fires callbacks when nobody queries, ms. */
		sweepMs: 25,
		/** Number of requests kept in the request log. */
		requestLogLimit: 2000,
		/** Log each request to the console. */
		log: false,
	};
}

function normalizeConfig(current, patch = {}) {
	const next = { ...current };
	for (const [key, value] of Object.entries(patch || {})) {
		if (!(key in next)) continue; // unknown keys are ignored (accounts etc. are handled elsewhere)
		next[key] = value;
	}
	if (!OUTCOMES.includes(next.outcome)) throw new Error(`outcome must be one of ${OUTCOMES.join(', ')}`);
	for (const k of ['renderMs', 'costPerTask', 'uploadCheckDelay', 'callbackTimeoutMs', 'callbackRetries', 'callbackRetryDelayMs', 'sweepMs']) {
		const n = Number(next[k]);
		if (!Number.isFinite(n) || n < 0) throw new Error(`${k} must be a non-negative number`);
		next[k] = n;
	}
	if (next.runningAfterMs != null) next.runningAfterMs = Number(next.runningAfterMs);
	if (!['paged', 'array'].includes(next.ethnicityListShape)) throw new Error("ethnicityListShape must be 'paged' or 'array'");
	next.costs = { ...(next.costs || {}) };
	return next;
}

module.exports = { defaultConfig, normalizeConfig, OUTCOMES, DEFAULT_ACCOUNTS };
