'use strict';

const { ApiError } = require('./envelope');
const { allFixtures } = require('../../contract/contract');

/**
 * The simulator answers from the same documented examples the node is tested against
 * (test/contract/fixtures): a request missing a field the endpoint's page marks required, or sending a
 * documented field as another JSON type, is refused as Topview's parameter checks would refuse it (fields
 * the page does not list are ignored, as Topview ignores them, and noted in the request log); and an answer
 * missing a field of the documented example is a simulator bug, reported as 5000 so no test can pass on a
 * shape Topview never gives.
 * Endpoints without a fixture are served unchecked (the coverage test keeps the node from calling any).
 */

function indexFixtures() {
	const byEndpoint = new Map();
	for (const fx of Object.values(allFixtures())) byEndpoint.set(fx.endpoint, fx);
	return byEndpoint;
}

const typeOf = (value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function createContract({ strict = true } = {}) {
	const byEndpoint = indexFixtures();
	const fixtureOf = (method, path) => byEndpoint.get(`${method} ${path}`);

	/**
	 * Refuses a request the documented endpoint would not accept; returns the names of fields its page
	 * does not list (ignored, like Topview does).
	 */
	function checkRequest(method, path, { query, body }) {
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
			if (request.in === 'body' && !documented.split('|').includes(typeOf(value))) {
				throw new ApiError('4001', `Request data format does not match: ${key} must be ${documented}, not ${typeOf(value)}`);
			}
		}
		for (const key of request.required || []) {
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

	/** Checks a finished (or status-less) answer against the documented example's fields. */
	function checkResponse(method, path, result) {
		const fx = fixtureOf(method, path);
		if (!fx || !strict) return;
		const state = isObject(result) ? result.status ?? result.taskStatus : undefined;
		if (state !== undefined && state !== 'success') return;
		const missing = missingFields(fx.response.example.result, result);
		if (missing.length) {
			throw new Error(`simulator answer for ${fx.endpoint} lacks the documented ${missing.join(', ')} (fixture ${fx.file})`);
		}
	}

	return { checkRequest, checkResponse, fixtureOf };
}

function isObject(value) {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

module.exports = { createContract };
