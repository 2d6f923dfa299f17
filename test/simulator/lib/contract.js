'use strict';

const { ApiError } = require('./envelope');
const { allFixtures } = require('../../contract/contract');

/**
 * The simulator answers from the same documented examples the node is tested against
 * (test/contract/fixtures): a request missing a field the endpoint's page marks required is refused as
 * Topview refuses it (fields the page does not list are ignored, as Topview ignores them, and noted in the
 * request log; values are not type-checked, as Topview accepts enums as strings or numbers), and every answer
 * lacking a field of the documented example is recorded as a contract gap in the request log, which the
 * simulator's contract test requires to stay empty.
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

	/** Fields of the documented answer that the simulator's answer lacks (top level and first list entries). */
	function missingFields(documented, actual, at = 'result') {
		if (Array.isArray(documented)) {
			if (!Array.isArray(actual)) return [at];
			return documented.length && actual.length && isObject(documented[0]) ? missingFields(documented[0], actual[0], `${at}[0]`) : [];
		}
		if (!isObject(documented)) return [];
		if (!isObject(actual)) return [at];
		const missing = [];
		for (const [key, value] of Object.entries(documented)) {
			if (!(key in actual)) missing.push(`${at}.${key}`);
			else if (Array.isArray(value) || isObject(value)) missing.push(...missingFields(value, actual[key], `${at}.${key}`));
		}
		return missing;
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
		return missingFields(fx.response.example.result, result);
	}

	return { checkRequest, responseGaps, fixtureOf };
}

function isObject(value) {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

module.exports = { createContract };
