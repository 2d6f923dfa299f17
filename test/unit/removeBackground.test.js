const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');

const SUBMIT = '/v1/common_task/remove_background/submit';
const QUERY = '/v1/common_task/remove_background/query';
const STORAGE = 'https://storage.example.com';
const CDN = 'https://cdn.example.com';
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const png = Buffer.from('\x89PNG cut-out');
const finished = (taskId) => ({
	taskId,
	status: 'success',
	errorMsg: null,
	bgRemovedImageFileId: `${taskId}-nobg`,
	bgRemovedImagePath: `${CDN}/${taskId}-nobg.png`,
	bgRemovedImageWidth: 800,
	bgRemovedImageHeight: 600,
	maskImageFileId: `${taskId}-mask`,
	maskImagePath: `${CDN}/${taskId}-mask.png`,
	costCredit: 1,
});

describe('Remove Background → Submit', () => {
	test('sends productImageFileId and noticeUrl; outputs the accepted task', async () => {
		const seen = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'rb-1', status: 'init', errorMsg: null })));

		const run = await runTopview({
			resource: 'removeBackground',
			operation: 'submit',
			productImageFileId: 'file-img-1',
			additionalFields: { noticeUrl: 'https://hooks.example.com/topview' },
		});

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => [r.method, r.path, r.body])).toEqual([
			['POST', SUBMIT, { productImageFileId: 'file-img-1', noticeUrl: 'https://hooks.example.com/topview' }],
		]);
		expect(run.items).toEqual([{ json: { taskId: 'rb-1', status: 'init', errorMsg: null }, pairedItem: { item: 0 } }]);
	});

	test('an empty image file ID is rejected before any request', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview({ resource: 'removeBackground', operation: 'submit', productImageFileId: '  ' });

			expect(run.status).toBe('error');
			expect(run.error.message).toMatch(/^Image File ID is required/);
			expect(run.error.description).toMatch(/Parameter: productImageFileId\. .*Nothing was sent to Topview/);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('a binary image is uploaded, then submitted with its fileId', async () => {
		const api = topview();
		api.get('/v1/upload/credential').query({ format: 'webp' }).reply(200, ok({ fileId: 'file-webp', fileName: 'file-webp.webp', format: 'webp', uploadUrl: `${STORAGE}/up/file-webp` }));
		api.get('/v1/upload/check').query({ fileId: 'file-webp' }).reply(200, ok(true));
		nock(STORAGE).put('/up/file-webp').reply(200, '');
		const seen = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'rb-bin' })));

		const run = await runTopview(
			{ resource: 'removeBackground', operation: 'submit', productImageFileInput: 'binary', productImageBinaryPropertyName: 'data' },
			{ items: [{ json: {}, binary: { data: { data: Buffer.from('webp').toString('base64'), mimeType: 'image/webp', fileName: 'shoe.webp' } } }] },
		);

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => r.body)).toEqual([{ productImageFileId: 'file-webp' }]);
		expect(run.items[0].json).toEqual({ taskId: 'rb-bin' });
	});

	test('a binary that is not an image fails before any upload', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(
				{ resource: 'removeBackground', operation: 'submit', productImageFileInput: 'binary', productImageBinaryPropertyName: 'data' },
				{ items: [{ json: {}, binary: { data: { data: Buffer.from('ID3').toString('base64'), mimeType: 'audio/mpeg', fileName: 'a.mp3' } } }] },
			);

			expect(run.error.message).toBe('Binary field "data" (a.mp3) is a .mp3 file, which Topview does not accept here');
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('Wait for Completion: submit → running → success, with the cut-out downloaded as binary', async () => {
		const submits = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'rb-w' })));
		const query = topview();
		query.get(QUERY).query({ taskId: 'rb-w' }).reply(200, ok({ taskId: 'rb-w', status: 'running', errorMsg: null }));
		query.get(QUERY).query({ taskId: 'rb-w' }).reply(200, ok(finished('rb-w')));
		const queries = recordRequests(query);
		nock(CDN).get('/rb-w-nobg.png').reply(200, png, { 'Content-Type': 'image/png' });

		const run = await runTopview({
			resource: 'removeBackground',
			operation: 'submit',
			productImageFileId: 'file-img-1',
			waitForCompletion: true,
			options: { ...fastWait, downloadResult: true, binaryPropertyName: 'cutout' },
		});

		expect(run.error).toBeUndefined();
		expect(submits).toHaveLength(1);
		expect(queries).toHaveLength(2);
		expect(run.items[0].json).toEqual(finished('rb-w'));
		expect(run.items[0].binary.cutout).toMatchObject({ fileName: 'rb-w.png', mimeType: 'image/png' });
		expect(Buffer.from(run.items[0].binary.cutout.data, 'base64').equals(png)).toBe(true);
	});
});

describe('Remove Background → Query', () => {
	test('sends taskId and outputs every result field', async () => {
		const seen = recordRequests(topview().get(QUERY).query({ taskId: 'rb-q' }).reply(200, ok(finished('rb-q'))));

		const run = await runTopview({ resource: 'removeBackground', operation: 'query', taskId: 'rb-q' });

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${QUERY}?taskId=rb-q`]);
		expect(run.items).toEqual([{ json: finished('rb-q'), pairedItem: { item: 0 } }]);
	});
});
