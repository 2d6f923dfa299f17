'use strict';

const { ApiError } = require('./envelope');
const { allFixtures } = require('../../contract/contract');

/**
 * The simulator answers from the same documented examples the node is tested against
 * (test/contract/fixtures): a request missing a field the endpoint's page marks required is refused as
 * Topview refuses it (fields the page does not list are ignored, as Topview ignores them, and noted in the
 * request log; values are not type-checked, as Topview accepts enums as strings or numbers), and every answer
 * lacking a field of the documented example (or giving it another JSON type) is recorded as a contract gap in
 * the request log. test/simulator/contract-shape.test.js calls every fixture's endpoint and fails on any gap.
 * Endpoints without a fixture are served unchecked (the coverage test keeps the node from calling any).
 */

function indexFixtures() {
	const byEndpoint = new Map();
	for (const fx of Object.values(allFixtures())) byEndpoint.set(fx.endpoint, fx);
	return byEndpoint;
}


function createContract({ strict = true } = {}) {
	const byEndpoint = indexFixtures();
	const fixtureOf = (method, path) => byEndpoint.get(`${method} ${path}`);

	/**
	 * Refuses a request the documented endpoint would not accept; returns the names of fields its page
	 * does not list (ignored, like Topview does).
	 */
	function checkRequest(method, path, { query, body }, requireFields = true) {
		const fx = fixtureOf(method, path);
		if (!fx || !strict) return [];
		const request = fx.request || { in: 'query', fields: {} };
		const params = (request.in === 'body' ? body : query) || {};
		const undocumented = [];
		for (const [key, value] of Object.entries(params)) {
			const documented = request.fields && request.fields[key];
			if (!documented) {
				undocumented.push(key);
				continue;
			}
		}
		for (const key of requireFields ? request.required || [] : []) {
			const value = params[key];
			if (value === undefined || value === null || value === '') throw new ApiError('4003', `Required parameter cannot be null: ${key}`);
		}
		return undocumented;
	}

	/**
	 * The documented fields a finished (or status-less) answer lacks, e.g. `result.details`; empty when it has
	 * every field of the fixture's example.
	 */
	function responseGaps(method, path, result) {
		const fx = fixtureOf(method, path);
		if (!fx || !strict) return [];
		const state = isObject(result) ? result.status ?? result.taskStatus : undefined;
		if (state !== undefined && state !== 'success') return [];
		return shapeProblems(fx.response.example.result, result);
	}

	return { checkRequest, responseGaps, fixtureOf };
}

/**
 * How an answer's shape differs from the documented example, one line per difference, e.g.
 * `result.apiKeyMap.apiKey missing` or `result.images[0].width is string, documented number`: every field of
 * the example must be present at the same nesting with the same JSON type. A documented `null` (or empty list)
 * takes any value; `null` stands in for a documented string, number or boolean (unknown yet, e.g. errorMsg of a
 * running task), not for a documented object or list, whose fields could then not be compared. Lists are
 * compared on their first entries; an empty list where the example has entries is a difference too.
 */
function shapeProblems(documented, actual, at = 'result') {
	if (documented === null) return [];
	const expected = jsonType(documented);
	const got = jsonType(actual);
	if (got === 'null' && expected !== 'object' && expected !== 'array') return [];
	if (got !== expected) return [`${at} is ${got}, documented ${expected}`];
	if (expected === 'array') {
		if (!documented.length) return [];
		if (!actual.length) return [`${at} is empty, documented with entries`];
		return shapeProblems(documented[0], actual[0], `${at}[0]`);
	}
	if (expected !== 'object') return [];
	const problems = [];
	for (const [key, value] of Object.entries(documented)) {
		if (!(key in actual)) problems.push(`${at}.${key} missing`);
		else problems.push(...shapeProblems(value, actual[key], `${at}.${key}`));
	}
	return problems;
}

function jsonType(value) {
	if (value === null || value === undefined) return 'null';
	return Array.isArray(value) ? 'array' : typeof value;
}

function isObject(value) {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

module.exports = { createContract, shapeProblems };
