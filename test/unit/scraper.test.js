// Scraper: Submit and Query — the exact request and output, validation before any request, the wait path.
const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, unmatchedRequests } = require('../helpers/http');

const SUBMIT = '/v1/scraper/task/submit';
const QUERY = '/v1/scraper/task/query';
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const run = (operation, parameters = {}) => runTopview({ resource: 'scraper', operation, ...parameters });
const LINK = 'https://shop.example.com/p/trail-runner';

const scraped = {
	taskId: 'sc-1',
	status: 'success',
	errorMsg: null,
	productName: 'Trail Runner 2',
	productDescription: 'Waterproof trail shoes',
	productImages: [{ fileId: 'f-img', fileName: 'a.png', fileType: 'image', fileUrl: 'https://cdn.example.com/a.png', format: 'png' }],
	productVideos: [{ fileId: 'f-vid', fileName: 'b.mp4', fileType: 'video', fileUrl: 'https://cdn.example.com/b.mp4', format: 'mp4' }],
};

test('Submit POSTs the product link (and callback URL); outputs the task', async () => {
	const seen = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'sc-1', status: 'init', errorMsg: null })));

	const out = await run('submit', { productLink: ` ${LINK} `, additionalFields: { noticeUrl: 'https://hooks.example.com/sc' } });

	expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${SUBMIT}`]);
	expect(seen[0].headers.authorization).toBe('Bearer sk-test-secret-key');
	expect(seen[0].body).toEqual({ productLink: LINK, noticeUrl: 'https://hooks.example.com/sc' });
	expect(out.items).toEqual([{ json: { taskId: 'sc-1', status: 'init', errorMsg: null }, pairedItem: { item: 0 } }]);
});

test.each([
	['an empty product link', '={{ $json.link }}', /^Product Link is empty/],
	['a product link that is not a URL', 'shop.example.com/p/1', /^Product Link must be an absolute http\(s\) URL/],
])('Submit rejects %s before any request', async (_name, productLink, message) => {
	const unmatched = unmatchedRequests();
	try {
		const out = await run('submit', { productLink });

		expect(out.status).toBe('error');
		expect(out.error.message).toMatch(message);
		expect(out.error.description).toMatch(/Parameter: productLink\. .*Nothing was sent to Topview/);
		expect(unmatched.requests).toHaveLength(0);
	} finally {
		unmatched.stop();
	}
});

test('Submit with Wait for Completion: query running then success, output the scraped product', async () => {
	const submits = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'sc-1', status: 'init' })));
	const queries = recordRequests(
		topview()
			.get(QUERY)
			.query({ taskId: 'sc-1' })
			.reply(200, ok({ taskId: 'sc-1', status: 'running', productImages: [], productVideos: [] }))
			.get(QUERY)
			.query({ taskId: 'sc-1' })
			.reply(200, ok(scraped)),
	);

	const out = await run('submit', { productLink: LINK, waitForCompletion: true, options: fastWait });

	expect(out.error).toBeUndefined();
	expect(submits).toHaveLength(1);
	expect(queries.map((q) => q.path)).toEqual([`${QUERY}?taskId=sc-1`, `${QUERY}?taskId=sc-1`]);
	expect(out.items).toEqual([{ json: scraped, pairedItem: { item: 0 } }]);
});

test('Query GETs the task and outputs name, description, images and videos', async () => {
	const seen = recordRequests(topview().get(QUERY).query({ taskId: 'sc-1' }).reply(200, ok(scraped)));

	const out = await run('query', { taskId: 'sc-1' });

	expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${QUERY}?taskId=sc-1`]);
	expect(out.items).toEqual([{ json: scraped, pairedItem: { item: 0 } }]);
});
