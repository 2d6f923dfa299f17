// Runs one node operation through the engine against a fixture's documented answer (nock), and returns
// the request it sent, checked against the fixture, with the items it produced.
const { runTopview } = require('../helpers/engine');
const { topview, recordRequests } = require('../helpers/http');
const { fixture, endpointOf, requestProblems, parseRecorded, documentedResponse } = require('./contract');

/** Answers the fixture's endpoint with its documented example (or `answer`), once. */
function answerWith(fx, answer = documentedResponse(fx)) {
	const { method, path } = endpointOf(fx);
	const scope = topview();
	const interceptor = method === 'GET' ? scope.get(path).query(true) : scope.intercept(path, method).query(true);
	interceptor.reply(200, answer);
	return scope;
}

/**
 * `steps`: fixture names in the order the operation calls them (e.g. submit then query). Returns
 * { run, requests, problems } where problems lists, per step, what differs from the documented request.
 */
async function runContract(steps, parameters, options = {}) {
	const fixtures = steps.map((name) => fixture(name));
	const scopes = fixtures.map((fx) => answerWith(fx, options.answers?.[fx.name]));
	const seen = scopes.map((scope) => recordRequests(scope));
	const run = await runTopview(parameters, options);
	const requests = seen.flat();
	const problems = fixtures.flatMap((fx, index) => {
		const sent = seen[index][0];
		if (!sent) return [`${fx.name}: no request to ${fx.endpoint}`];
		return requestProblems(fx, parseRecorded(sent)).map((problem) => `${fx.name}: ${problem}`);
	});
	return { run, requests, problems };
}

module.exports = { runContract, answerWith };
