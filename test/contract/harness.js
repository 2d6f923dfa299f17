// Runs the node against Topview's documented examples: nock answers each endpoint with its fixture's
// example response, every request is parsed for requestProblems, and pickers run as n8n's editor runs them.
const { runTopview, createTrigger, pickerContext } = require('../helpers/engine');
const { topview, recordRequests, nock, unmatchedRequests } = require('../helpers/http');
const { fixture, endpointOf, requestProblems, parseRecorded, documentedResponse } = require('./contract');
const { Topview } = require('../../dist/nodes/Topview/Topview.node.js');

const nodeType = new Topview();

/**
 * Answers the fixture's endpoint `times` times with its documented example (or `answer(example)`),
 * and returns the requests it received, parsed.
 */
function serve(name, { times = 1, answer } = {}) {
	const fx = fixture(name);
	const { method, path } = endpointOf(fx);
	const example = documentedResponse(fx);
	let interceptor = topview().intercept(path, method);
	if (fx.request?.in !== 'body') interceptor = interceptor.query(true);
	const scope = interceptor.times(times).reply(200, answer ? answer(example) : example);
	const seen = recordRequests(scope);
	return { fx, example, scope, sent: () => seen.map(parseRecorded) };
}

/** Every difference between what the node sent and the documented endpoint, per request. */
const problemsOf = (served) => served.sent().map((sent) => requestProblems(served.fx, sent));

/** Runs the action node with `parameters`; fails if it sent any request no fixture answered. */
async function runNode(parameters, options) {
	const unmatched = unmatchedRequests();
	try {
		const out = await runTopview(parameters, options);
		expect(unmatched.requests).toEqual([]);
		return out;
	} finally {
		unmatched.stop();
	}
}

/** A listSearch or loadOptions method called as the editor calls it. */
async function pick(kind, method, parameters = {}, filter) {
	const context = pickerContext(parameters, 'parameters.x');
	return kind === 'listSearch'
		? await nodeType.methods.listSearch[method].call(context, filter)
		: await nodeType.methods.loadOptions[method].call(context);
}

const locator = (value) => ({ __rl: true, mode: 'id', value });
const paired = (json, item = 0) => ({ json, pairedItem: { item } });

module.exports = { serve, problemsOf, runNode, pick, createTrigger, nock, locator, paired };
