// Topview's documented examples, one fixture per endpoint (test/contract/fixtures/<area>/<name>.json),
// and the checks that hold the node and the simulator to them. Fixture shape:
//
// {
//   "endpoint": "POST /v1/video_avatar/task/submit",
//   "status": "documented",              // or "assumed": no public page shows this endpoint
//   "sources": [{ "url": "https://docs.topview.ai/reference/…", "read": "2026-12-03" }],
//   "note": "where sources disagree, which reading wins and why (optional)",
//   "request": {
//     "in": "body",                      // "body" (JSON) or "query"
//     "fields": { "taskId": "string", "languages": "array", "avatarSourceFrom": "number|string" },
//     "required": ["taskId"],
//     "example": { "taskId": "…" }       // the page's example request, transcribed
//   },
//   "response": { "example": { "code": "200", "message": "Success", "result": { … } } }
// }
const fs = require('node:fs');
const path = require('node:path');

const FIXTURES = path.join(__dirname, 'fixtures');

function listFixtureFiles(dir = FIXTURES) {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) =>
			entry.isDirectory() ? listFixtureFiles(path.join(dir, entry.name)) : entry.name.endsWith('.json') ? [path.join(dir, entry.name)] : [],
		);
}

/** Every fixture, keyed by its file name without folder and extension (e.g. `anyShootSubmit`). */
function allFixtures() {
	const byName = {};
	for (const file of listFixtureFiles()) {
		const name = path.basename(file, '.json');
		if (byName[name]) throw new Error(`two fixtures named ${name}`);
		byName[name] = { name, file: path.relative(FIXTURES, file), ...JSON.parse(fs.readFileSync(file, 'utf8')) };
	}
	return byName;
}

function fixture(name) {
	const found = allFixtures()[name];
	if (!found) throw new Error(`no contract fixture ${name}`);
	return found;
}

/** `{ method, path }` of a fixture's endpoint. */
function endpointOf(fx) {
	const [method, urlPath] = fx.endpoint.split(' ');
	return { method, path: urlPath };
}

function jsonType(value) {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

/**
 * Differences between a request the node sent and the documented endpoint: method and path, a field
 * the page does not list, a field of another JSON type, a required field missing. Empty when it matches.
 * `sent` is { method, path, query, body } (path without the query string).
 */
function requestProblems(fx, sent) {
	const problems = [];
	const { method, path: docPath } = endpointOf(fx);
	if (sent.method !== method) problems.push(`method ${sent.method}, documented ${method}`);
	if (sent.path !== docPath) problems.push(`path ${sent.path}, documented ${docPath}`);
	const request = fx.request ?? { in: 'query', fields: {} };
	const params = (request.in === 'body' ? sent.body : sent.query) ?? {};
	const other = request.in === 'body' ? sent.query : sent.body;
	if (other && Object.keys(other).length) problems.push(`sent ${request.in === 'body' ? 'query' : 'body'} ${JSON.stringify(other)}, documented ${request.in} only`);
	for (const [key, value] of Object.entries(params)) {
		const documented = request.fields?.[key];
		if (!documented) {
			problems.push(`${key} is not a documented ${request.in} field`);
			continue;
		}
		// Query strings carry text: a documented number or boolean arrives as its string form.
		const type = request.in === 'query' && typeof value === 'string' ? queryType(value, documented) : jsonType(value);
		if (!documented.split('|').includes(type)) problems.push(`${key} sent as ${type}, documented ${documented}`);
	}
	for (const key of request.required ?? []) {
		if (!(key in params)) problems.push(`required ${key} missing`);
	}
	return problems;
}

function queryType(value, documented) {
	const allowed = documented.split('|');
	if (allowed.includes('number') && value !== '' && !Number.isNaN(Number(value))) return 'number';
	if (allowed.includes('boolean') && (value === 'true' || value === 'false')) return 'boolean';
	if (allowed.includes('array')) return 'array';
	return 'string';
}

/** Parses a recorded request (nock `request` event) into { method, path, query, body }. */
function parseRecorded(recorded) {
	const url = new URL(recorded.path, 'https://api.topview.ai');
	const query = Object.fromEntries(url.searchParams.entries());
	return { method: recorded.method, path: url.pathname, query, body: recorded.body };
}

/** The documented example answer of a fixture (a deep copy, safe to change). */
function documentedResponse(fx) {
	return JSON.parse(JSON.stringify(fx.response.example));
}

module.exports = { allFixtures, fixture, endpointOf, requestProblems, parseRecorded, documentedResponse, jsonType, FIXTURES };
