'use strict';
/*
 * Scraper in a real n8n: examples/scraper-submit-and-wait.json reads a product page and waits for the
 * product's name, description, images and videos (simulator).
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution, SIM_ACCOUNT } = require('./support/e2e');

const SUBMIT_PATH = '/v1/scraper/task/submit';
const QUERY_PATH = '/v1/scraper/task/query';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2 };

let ctx;
beforeAll(async () => {
	ctx = await connect();
});

test('Submit with Wait for Completion returns the scraped product (examples/scraper-submit-and-wait.json)', async () => {
	const since = await ctx.sim.lastRequestId();
	const workflow = withParameters(example('scraper-submit-and-wait'), 'Scrape Product Page and Wait', { options: FAST_WAIT });
	const wf = await ctx.api.createWorkflow(workflow, { credentials: { topviewApi: ctx.credential }, name: nameFor(workflow, 'wait') });
	const exec = await ctx.api.runWorkflow(wf.id);
	expect(describeExecution(exec)).toMatch(/"status":"success"/);

	const out = nodeOutput(exec, 'Scrape Product Page and Wait');
	expect(out).toHaveLength(1);
	const result = out[0].json;
	expect(result.status).toBe('success');
	expect(result.productName).toEqual(expect.any(String));
	expect(result.productDescription).toEqual(expect.any(String));
	const file = { fileId: expect.any(String), fileName: expect.any(String), fileType: expect.any(String), fileUrl: expect.any(String), format: expect.any(String) };
	expect(result.productImages.length).toBeGreaterThan(0);
	expect(result.productImages[0]).toMatchObject(file);
	expect(result.productVideos.length).toBeGreaterThan(0);
	expect(result.productVideos[0]).toMatchObject(file);

	const requests = await ctx.sim.requests({ sinceId: since, pathPrefix: '/v1/scraper/' });
	const submits = requests.filter((r) => r.path === SUBMIT_PATH);
	expect(submits).toHaveLength(1);
	expect(submits[0].uid).toBe(SIM_ACCOUNT.uid);
	expect(submits[0].body).toEqual({ productLink: 'https://www.amazon.com/dp/B0CXVSRY56' });
	const queries = requests.filter((r) => r.path === QUERY_PATH);
	expect(queries.length).toBeGreaterThanOrEqual(1);
	expect(queries.every((q) => q.query.taskId === result.taskId)).toBe(true);
	expect(queries[queries.length - 1].response.code).toBe('200');
});
