// nock helpers: every test starts with no network and asserts every request it expected was made.
// Jest loads nock afresh for every test file, and each load patches Node's http again. Undo the
// previous file's patch before this one applies (afterAll alone is skipped when -t filters a file).
const http = require('node:http');
if (typeof http.__undoTopviewNock === 'function') http.__undoTopviewNock();
const nock = require('nock');
http.__undoTopviewNock = () => {
	nock.cleanAll();
	nock.restore();
	delete http.__undoTopviewNock;
};
const { BASE_URL } = require('./engine');

nock.disableNetConnect();

if (typeof afterAll === 'function') afterAll(() => http.__undoTopviewNock?.());

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

module.exports = { nock, recordRequests, unmatchedRequests, expectRefusedWithoutRequest, topview, ok, fail, everything, networkError };
