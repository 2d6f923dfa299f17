const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');

const locator = (value) => ({ __rl: true, mode: 'id', value });
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const anyShoot = (operation, parameters = {}) => ({ resource: 'productAnyShoot', operation, ...parameters });
const queryOf = (request) => Object.fromEntries(new URL(request.path, 'https://x').searchParams);

describe('Replace Product Image (v1)', () => {
	test('product, template, masks and extra body fields', async () => {
		const scope = topview()
			.post('/v1/product_anyShoot/task/submit')
			.reply(200, ok({ taskId: 'as-1', status: 'init' }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			anyShoot('replaceProductImage', {
				productImageFileId: 'file-product',
				templateId: locator('7001'),
				productMaskFileId: 'file-pmask',
				templateMaskFileId: 'file-tmask',
				mode: 'standard',
				additionalFields: { noticeUrl: 'https://hooks.example.com/as' },
			}),
		);

		expect(run.error).toBeUndefined();
		expect(seen[0].body).toEqual({
			productImageFileId: 'file-product',
			templateId: '7001',
			productMaskFileId: 'file-pmask',
			templateMaskFileId: 'file-tmask',
			mode: 'standard',
			noticeUrl: 'https://hooks.example.com/as',
		});
		expect(run.items).toEqual([{ json: { taskId: 'as-1', status: 'init' }, pairedItem: { item: 0 } }]);
	});

	test('a template image from a binary field is uploaded first; the unchosen template stays out', async () => {
		const api = topview();
		api.get('/v1/upload/credential').query({ format: 'jpg' }).reply(200, ok({ fileId: 'file-scene', fileName: 'file-scene.jpg', format: 'jpg', uploadUrl: 'https://storage.example.com/up/file-scene' }));
		api.get('/v1/upload/check').query({ fileId: 'file-scene' }).reply(200, ok(true));
		const storage = nock('https://storage.example.com').put('/up/file-scene').reply(200, '');
		const submit = topview().post('/v1/product_anyShoot/task/submit').reply(200, ok({ taskId: 'as-2' }));
		const seen = recordRequests(submit);

		const run = await runTopview(
			anyShoot('replaceProductImage', {
				productImageFileId: 'file-product',
				templateSource: 'templateImage',
				templateId: locator('7001'),
				templateImageFileInput: 'binary',
				templateImageBinaryPropertyName: 'scene',
				templateMaskFileId: 'file-tmask',
				mode: 'standard',
			}),
			{ items: [{ json: {}, binary: { scene: { data: Buffer.from('JPEG').toString('base64'), mimeType: 'image/jpeg', fileName: 'kitchen.jpg' } } }] },
		);

		expect(run.error).toBeUndefined();
		expect(storage.isDone()).toBe(true);
		expect(seen[0].body).toEqual({ productImageFileId: 'file-product', templateImageFileId: 'file-scene', templateMaskFileId: 'file-tmask', mode: 'standard' });
	});

	test('without a scene it fails before any request', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(
				anyShoot('replaceProductImage', { productImageFileId: 'file-product', templateId: locator('={{ $json.template }}'), templateMaskFileId: 'm', mode: 'standard' }),
			);

			expect(run.error.message).toBe(
				'Choose the scene: pick a Template (Template Source "Template") or give a Template Image File ID (Template Source "Template Image")',
			);
			expect(run.error.description).toMatch(/Nothing was sent to Topview/);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test.each([
		['the template mask', { mode: 'standard', templateMaskFileId: '={{ "" }}' }, /^Template Mask File ID is required/],
		['the mode', { templateMaskFileId: 'm', mode: '={{ "" }}' }, /^Mode is required/],
	])('without %s it fails before any request', async (_case, parameters, message) => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(
				anyShoot('replaceProductImage', { productImageFileId: 'file-product', templateId: locator('7001'), ...parameters }),
			);

			expect(run.error.message).toMatch(message);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('Wait for Completion: submit → running → success', async () => {
		topview().post('/v1/product_anyShoot/task/submit').reply(200, ok({ taskId: 'as-w' }));
		const query = topview();
		query.get('/v1/product_anyShoot/task/result').query({ taskId: 'as-w' }).reply(200, ok({ taskId: 'as-w', status: 'running' }));
		query
			.get('/v1/product_anyShoot/task/result')
			.query({ taskId: 'as-w' })
			.reply(200, ok({ taskId: 'as-w', status: 'success', finishedImageUrl: 'https://cdn.example.com/as-w.png' }));

		const run = await runTopview(
			anyShoot('replaceProductImage', { productImageFileId: 'file-product', templateId: locator('7001'), templateMaskFileId: 'm', mode: 'standard', waitForCompletion: true, options: fastWait }),
		);

		expect(query.isDone()).toBe(true);
		expect(run.items).toEqual([
			{ json: { taskId: 'as-w', status: 'success', finishedImageUrl: 'https://cdn.example.com/as-w.png' }, pairedItem: { item: 0 } },
		]);
	});
});

describe('v2 Product Model and Product Background take their body from Additional Body Fields', () => {
	test.each([
		['productModel', '/v2/product_anyShoot/task/product_model/submit'],
		['productBackground', '/v2/product_anyShoot/task/product_background/submit'],
	])('%s → POST %s', async (operation, path) => {
		const scope = topview().post(path).reply(200, ok({ taskId: `${operation}-1` }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			anyShoot(operation, {
				additionalFields: { additionalBodyFields: '{"productImageFileId": "file-cutout", "style": "studio"}', noticeUrl: 'https://hooks.example.com/v2' },
			}),
		);

		expect(seen[0].body).toEqual({ productImageFileId: 'file-cutout', style: 'studio', noticeUrl: 'https://hooks.example.com/v2' });
		expect(run.items).toEqual([{ json: { taskId: `${operation}-1` }, pairedItem: { item: 0 } }]);
	});

	test('an empty body is refused before any request', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(anyShoot('productModel', { additionalFields: { noticeUrl: 'https://hooks.example.com/v2' } }));

			expect(run.error.message).toBe(
				'The Product Anyshoot Model request is empty: add its API fields under Additional Fields → Additional Body Fields as a JSON object',
			);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('Wait for Completion on product background polls its own query path', async () => {
		topview().post('/v2/product_anyShoot/task/product_background/submit').reply(200, ok({ taskId: 'bg-w' }));
		const query = topview();
		query.get('/v2/product_anyShoot/task/product_background/query').query({ taskId: 'bg-w' }).reply(200, ok({ taskId: 'bg-w', status: 'init' }));
		query
			.get('/v2/product_anyShoot/task/product_background/query')
			.query({ taskId: 'bg-w' })
			.reply(200, ok({ taskId: 'bg-w', status: 'success', finishedImageUrl: 'https://cdn.example.com/bg-w.png' }));

		const run = await runTopview(
			anyShoot('productBackground', { additionalFields: { additionalBodyFields: '{"a": 1}' }, waitForCompletion: true, options: fastWait }),
		);

		expect(query.isDone()).toBe(true);
		expect(run.items[0].json).toEqual({ taskId: 'bg-w', status: 'success', finishedImageUrl: 'https://cdn.example.com/bg-w.png' });
	});
});

test.each([
	['queryReplaceProductImage', '/v1/product_anyShoot/task/result'],
	['queryProductModel', '/v2/product_anyShoot/task/product_model/query'],
	['queryProductBackground', '/v2/product_anyShoot/task/product_background/query'],
])('%s → GET %s?taskId', async (operation, path) => {
	const result = { taskId: 'q-1', status: 'success', finishedImageUrl: 'https://cdn.example.com/q-1.png' };
	const scope = topview().get(path).query({ taskId: 'q-1' }).reply(200, ok(result));
	const seen = recordRequests(scope);

	const run = await runTopview(anyShoot(operation, { taskId: 'q-1' }));

	expect(seen).toHaveLength(1);
	expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
});

describe('template look-ups', () => {
	test('Get Template Categories: the bare list, one item each', async () => {
		const categories = [
			{ categoryId: '101', categoryName: 'Cosmetics' },
			{ categoryId: '102', categoryName: 'Apparel' },
		];
		const scope = topview().get('/v1/product_anyShoot/template/category/list').reply(200, ok(categories));
		const seen = recordRequests(scope);

		const run = await runTopview(anyShoot('getTemplateCategories', { limit: 1 }));

		expect(seen[0].path).toBe('/v1/product_anyShoot/template/category/list');
		expect(run.items).toEqual([{ json: categories[0], pairedItem: { item: 0 } }]);
	});

	test('Get Templates sends categoryIds, style and paging', async () => {
		const templates = [{ templateId: '7001', templateName: 'AnyShoot template 1', style: 'studio' }];
		const scope = topview().get('/v1/product_anyShoot/template/list').query(true).reply(200, ok({ data: templates, total: 1, pageNo: 1 }));
		const seen = recordRequests(scope);

		const run = await runTopview(anyShoot('getTemplates', { filters: { categoryIds: '101, 103', style: 'Pro' } }));

		expect(queryOf(seen[0])).toEqual({ categoryIds: '101,103', style: 'Pro', pageNo: '1', pageSize: '50' });
		expect(run.items).toEqual([{ json: templates[0], pairedItem: { item: 0 } }]);
	});
});
