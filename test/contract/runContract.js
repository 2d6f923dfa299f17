// Runs one node operation through the engine against its fixtures' documented answers (the harness's
// `serve`), and returns the requests it sent, checked against the fixtures, with the items it produced.
const { runTopview } = require('../helpers/engine');
const { serve } = require('./harness');
const { requestProblems } = require('./contract');

/**
 * `steps`: fixture names in the order the operation calls them (e.g. submit then query); `options.answers`
 * replaces a step's documented answer. Returns { run, requests, problems } where problems lists, per step,
 * what differs from the documented request.
 */
async function runContract(steps, parameters, options = {}) {
	const served = steps.map((name) => serve(name, options.answers?.[name] ? { answer: () => options.answers[name] } : {}));
	const run = await runTopview(parameters, options);
	const requests = served.flatMap((step) => step.sent());
	const problems = served.flatMap(({ fx, sent }) => {
		const [first] = sent();
		if (!first) return [`${fx.name}: no request to ${fx.endpoint}`];
		return requestProblems(fx, first).map((problem) => `${fx.name}: ${problem}`);
	});
	return { run, requests, problems };
}

module.exports = { runContract };
