// nock helpers for unit and contract tests. test/helpers/setup.js loads nock for each test file, blocks
// the network and removes every interceptor after each test.
const nock = require('nock');
const { BASE_URL } = require('./engine');

/** A network failure as Node reports it (nock needs a real Error: a plain object hangs n8n's client). */
function networkError(code, message = 'socket hang up') {
	return Object.assign(new Error(message), { code });
}

/** Records every request nock answers for `scope`, with headers and parsed body. */
function recordRequests(scope) {
	const seen = [];
	scope.on('request', (req, _interceptor, body) => {
		let parsed = body;
		try {
			parsed = body ? JSON.parse(body) : undefined;
		} catch {
			/* raw body */
		}
		seen.push({ method: req.method, path: req.path, headers: req.headers, body: parsed });
	});
	return seen;
}

/** Collects requests nock could not match, as "METHOD path"; a validation failure must make none. */
function unmatchedRequests() {
	const requests = [];
	const listener = (req) => requests.push(`${req.method} ${req.path}`);
	nock.emitter.on('no match', listener);
	return { requests, stop: () => nock.emitter.removeListener('no match', listener) };
}

/**
 * Fails every test of the file that made a request nock could not match: the trigger would otherwise
 * swallow it as a failed query.
 */
function failOnUnmatchedRequests() {
	let unmatched;
	beforeEach(() => {
		unmatched = unmatchedRequests();
	});
	afterEach(() => {
		unmatched.stop();
		expect(unmatched.requests).toEqual([]);
	});
}

function topview() {
	return nock(BASE_URL);
}

const ok = (result) => ({ code: '200', message: 'Success', result });
const fail = (code, message) => ({ code, message, result: null });

/**
 * Runs the node (`runNode()` → runTopview's result) and expects the item refused before any request: an
 * error matching `message`, a description matching `description`, and no request made.
 */
async function expectRefusedWithoutRequest(runNode, message, description = /Nothing was sent to Topview/) {
	const unmatched = unmatchedRequests();
	try {
		const out = await runNode();
		expect(out.status).toBe('error');
		expect(out.error.message).toMatch(message);
		expect(out.error.description).toMatch(description);
		expect(unmatched.requests).toHaveLength(0);
		return out;
	} finally {
		unmatched.stop();
	}
}

/** Everything the test's requests and errors could reveal, for checking that no secret leaks. */
function everything(value) {
	const seen = new WeakSet();
	return JSON.stringify(value, (_key, v) => {
		if (v instanceof Error) {
			const plain = { message: v.message, description: v.description, stack: v.stack, cause: v.cause, context: v.context };
			for (const key of Object.keys(v)) plain[key] = v[key];
			return plain;
		}
		if (v && typeof v === 'object') {
			if (seen.has(v)) return '[circular]';
			seen.add(v);
		}
		return v;
	});
}

module.exports = { nock, recordRequests, unmatchedRequests, failOnUnmatchedRequests, expectRefusedWithoutRequest, topview, ok, fail, everything, networkError };
