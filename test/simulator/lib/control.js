'use strict';

const { normalizeConfig } = require('./config');
const { normalizeAccountSpec, createAccount, describeAccount } = require('./accounts');

/**
 * Test controls as functions (the same operations as the /__sim HTTP controls). Every function is
 * synchronous except waitForCallbacks.
 */
function createControl(sim, { initialConfig, initialAccounts, restartSweep }) {
	const { state, engine } = sim;

	function accountOf(uid) {
		const account = uid == null ? state.accounts.values().next().value : state.accounts.get(uid);
		if (!account) throw new Error(`unknown account ${uid}`);
		return account;
	}

	function setConfig(next) {
		const before = sim.config.sweepMs;
		for (const k of Object.keys(sim.config)) delete sim.config[k];
		Object.assign(sim.config, next);
		if (before !== sim.config.sweepMs) restartSweep();
	}

	function loadAccounts(specs) {
		state.accounts.clear();
		specs.forEach((s, i) => {
			const spec = normalizeAccountSpec(s, i);
			state.accounts.set(spec.uid, createAccount(sim, spec));
		});
	}

	const describeUpload = (u) => {
		const out = { ...u, bytesKept: u.bytes ? u.bytes.length : 0 };
		delete out.bytes;
		delete out.sig;
		return out;
	};

	const control = {
		/** Back to the start state (fresh accounts, no tasks/uploads/callbacks/requests/faults, clock offset 0). `options` may carry config fields and `accounts`. */
		reset(options = {}) {
			const { accounts, ...cfg } = options || {};
			setConfig(normalizeConfig(initialConfig, cfg));
			state.tasks.clear();
			state.uploads.clear();
			state.callbacks.length = 0;
			state.requests.length = 0;
			state.faults.length = 0;
			state.forcedOutcomes.length = 0;
			sim.clock.reset();
			loadAccounts(accounts || initialAccounts);
			return control.summary();
		},
		/** Changes settings (see lib/config.js); returns the whole config. */
		configure(patch = {}) {
			const { accounts, ...cfg } = patch || {};
			setConfig(normalizeConfig(sim.config, cfg));
			if (accounts) for (const a of accounts) control.upsertAccount(a);
			return control.getConfig();
		},
		getConfig: () => ({ ...sim.config, costs: { ...sim.config.costs } }),

		/** Adds an account or updates credits/concurrency/keys of an existing one. */
		upsertAccount(spec) {
			const existing = spec && state.accounts.get(spec.uid);
			if (existing) {
				if (spec.credits != null) existing.credits = Number(spec.credits);
				if (spec.concurrency != null) existing.concurrency = Number(spec.concurrency);
				if (spec.apiKey || spec.apiKeys) existing.apiKeys = [].concat(spec.apiKeys || [], spec.apiKey || []);
				return describeAccount(existing, engine.unfinishedTasks(existing));
			}
			const account = createAccount(sim, normalizeAccountSpec(spec, state.accounts.size));
			state.accounts.set(account.uid, account);
			return describeAccount(account, []);
		},
		listAccounts: () => [...state.accounts.values()].map((a) => describeAccount(a, engine.unfinishedTasks(a))),
		/** setCredits(credits) for the first account, or setCredits(uid, credits). */
		setCredits(uidOrCredits, maybeCredits) {
			const [uid, credits] = maybeCredits === undefined ? [null, uidOrCredits] : [uidOrCredits, maybeCredits];
			const a = accountOf(uid);
			a.credits = Number(credits);
			return describeAccount(a, engine.unfinishedTasks(a));
		},
		/** setConcurrency(n) for the first account, or setConcurrency(uid, n). */
		setConcurrency(uidOrN, maybeN) {
			const [uid, n] = maybeN === undefined ? [null, uidOrN] : [uidOrN, maybeN];
			const a = accountOf(uid);
			a.concurrency = Number(n);
			return describeAccount(a, engine.unfinishedTasks(a));
		},

		/** Forces the outcome of the next `count` tasks: `{ outcome, count, errorMsg, renderMs, runningAfterMs, family, taskType }`. */
		forceOutcome: (spec) => engine.forceOutcome(spec),
		listOutcomes: () => state.forcedOutcomes.map((f) => ({ ...f })),
		clearOutcomes() {
			state.forcedOutcomes.length = 0;
		},

		injectFault: (spec) => sim.faults.inject(spec),
		listFaults: () => sim.faults.list(),
		clearFaults: () => sim.faults.clear(),

		advanceClock(ms) {
			const r = sim.clock.advance(ms);
			engine.sweep();
			return r;
		},
		setClock(time) {
			const r = sim.clock.set(time);
			engine.sweep();
			return r;
		},
		now: () => sim.clock.now(),
		clock: () => sim.clock.describe(),
		sweep() {
			engine.sweep();
		},

		/** Filter `{ uid, family, taskType, status }`; oldest first. */
		listTasks(filter = {}) {
			engine.sweep();
			return [...state.tasks.values()]
				.filter(
					(t) =>
						(!filter.uid || t.uid === filter.uid) &&
						(!filter.family || t.family === filter.family) &&
						(!filter.taskType || t.taskType === filter.taskType) &&
						(!filter.status || t.status === filter.status),
				)
				.map(engine.describeTask);
		},
		getTask(taskId) {
			engine.sweep();
			const t = state.tasks.get(taskId);
			return t ? engine.describeTask(t) : null;
		},
		/** Ends a task now: outcome success | fail | failed | error. */
		finishTask(taskId, outcome = 'success', errorMsg) {
			engine.sweep();
			const t = state.tasks.get(taskId);
			if (!t) throw new Error(`unknown task ${taskId}`);
			engine.finish(t, outcome, errorMsg);
			return engine.describeTask(t);
		},
		/** `{ renderMs, runningAfterMs }` from creation, or `{ doneInMs }` from now; optional `outcome`, `errorMsg`. */
		setTaskTiming: (taskId, timing) => engine.setTiming(taskId, timing),

		/** Filter `{ uid, uploaded }`. */
		listUploads(filter = {}) {
			return [...state.uploads.values()]
				.filter((u) => (!filter.uid || u.uid === filter.uid) && (filter.uploaded == null || u.uploaded === filter.uploaded))
				.map(describeUpload);
		},
		getUpload(fileId) {
			const u = state.uploads.get(fileId);
			return u ? describeUpload(u) : null;
		},
		/** The kept bytes of an upload (complete up to config.uploadKeepBytes), or null. */
		getUploadBytes(fileId) {
			const u = state.uploads.get(fileId);
			return u && u.bytes ? Buffer.from(u.bytes) : null;
		},

		/** Filter `{ taskId, uid, bizType }`. */
		listCallbacks(filter = {}) {
			return state.callbacks
				.filter((c) => (!filter.taskId || c.taskId === filter.taskId || c.internalTaskId === filter.taskId) && (!filter.uid || c.uid === filter.uid) && (!filter.bizType || c.bizType === filter.bizType))
				.map((c) => JSON.parse(JSON.stringify(c)));
		},
		/** Resolves true once no callback delivery is pending (false on timeout). */
		waitForCallbacks: (timeoutMs = 5000) => sim.callbacks.waitForIdle(timeoutMs),

		/** Filter `{ path, pathPrefix, method, uid, sinceId }`. */
		listRequests: (filter) => sim.requestLog.list(filter),
		clearRequests: () => sim.requestLog.clear(),

		listFamilies: () =>
			[...sim.families.values()].map((f) => ({
				id: f.id,
				label: f.label,
				taskType: f.taskType,
				bizType: f.bizType,
				submitPath: f.submitPath || null,
				queryPath: f.queryPath || null,
				resultUrlField: f.resultUrlField || null,
				required: f.required || [],
			})),
		listRoutes: () => sim.router.list(),

		summary: () => ({
			url: sim.url,
			accounts: control.listAccounts(),
			config: control.getConfig(),
			clock: sim.clock.describe(),
			counts: {
				tasks: state.tasks.size,
				uploads: state.uploads.size,
				callbacks: state.callbacks.length,
				requests: state.requests.length,
				faults: state.faults.length,
				forcedOutcomes: state.forcedOutcomes.length,
			},
		}),
	};
	return control;
}

module.exports = { createControl };
