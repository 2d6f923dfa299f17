// Product Avatar v1 Download Without Watermark: a GET under v1 Replace Product Image, charged, so sent once.
const { runTopview } = require('../helpers/engine');
const { topview, ok, fail, recordRequests, nock, networkError, unmatchedRequests } = require('../helpers/http');

const PATH = '/v1/product_avatar/task/image_replace/download_without_watermark';
const download = (parameters) => ({ resource: 'productAvatar', operation: 'downloadWithoutWatermark', ...parameters });
const images = [
	{ key: 'k-1', url: 'https://cdn.example.com/clean-1.png' },
	{ key: 'k-2', url: 'https://cdn.example.com/clean-2.png' },
];

test('GETs the watermark-free images of a v1 replace task and outputs the answer', async () => {
	const scope = topview().get(PATH).query({ taskId: 'rp-1' }).reply(200, ok({ taskId: 'rp-1', productReplaceResult: images }));
	const seen = recordRequests(scope);

	const run = await runTopview(download({ imageReplaceTaskId: 'rp-1' }));

	expect(run.error).toBeUndefined();
	expect(seen.map(({ method, path }) => `${method} ${path}`)).toEqual([`GET ${PATH}?taskId=rp-1`]);
	expect(run.items).toEqual([{ json: { taskId: 'rp-1', productReplaceResult: images }, pairedItem: { item: 0 } }]);
});

test('one image by its result key; Download Result attaches every image as data_0, data_1', async () => {
	topview().get(PATH).query({ taskId: 'rp-2', productReplaceResultKey: 'k-1' }).reply(200, ok({ taskId: 'rp-2', productReplaceResult: images }));
	nock('https://cdn.example.com').get('/clean-1.png').reply(200, Buffer.from('PNG1'), { 'Content-Type': 'image/png' });
	nock('https://cdn.example.com').get('/clean-2.png').reply(200, Buffer.from('PNG2'), { 'Content-Type': 'image/png' });

	const run = await runTopview(download({ imageReplaceTaskId: 'rp-2', productReplaceResultKey: 'k-1', options: { downloadResult: true } }));

	expect(run.error).toBeUndefined();
	expect(Object.keys(run.items[0].binary)).toEqual(['data_0', 'data_1']);
	expect(run.items[0].binary.data_1).toMatchObject({ mimeType: 'image/png', fileName: 'rp-2_1.png' });
});

test('a lost connection is not retried (the call is charged) and the error names the task', async () => {
	topview().get(PATH).query({ taskId: 'rp-3' }).replyWithError(networkError('ECONNRESET'));
	const unmatched = unmatchedRequests();
	try {
		const run = await runTopview(download({ imageReplaceTaskId: 'rp-3' }));

		expect(run.error.message).toContain('rp-3');
		expect(unmatched.requests).toEqual([]);
	} finally {
		unmatched.stop();
	}
});

test('Topview refusing the call becomes an error with its code and the task ID', async () => {
	topview().get(PATH).query({ taskId: 'rp-4' }).reply(200, fail('4004', 'Resource not found!'));

	const run = await runTopview(download({ imageReplaceTaskId: 'rp-4' }));

	expect(run.error.message).toMatch(/4004/);
	expect(run.error.message).toContain('rp-4');
});

test('an empty task ID is refused before any request', async () => {
	const unmatched = unmatchedRequests();
	try {
		const run = await runTopview(download({ imageReplaceTaskId: '={{ "" }}' }));

		expect(run.error.message).toBe(
			'Replace Product Image Task ID is required: enter the taskId of a finished v1 Replace Product Image task',
		);
		expect(unmatched.requests).toEqual([]);
	} finally {
		unmatched.stop();
	}
});
