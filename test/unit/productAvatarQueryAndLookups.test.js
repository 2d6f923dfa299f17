const { runTopview, pickerContext } = require('../helpers/engine');
const { topview, ok, recordRequests, nock } = require('../helpers/http');
const { Topview } = require('../../dist/nodes/Topview/Topview.node.js');

/** A listSearch method called as n8n's editor does, with a real LoadOptionsContext. */
async function listSearch(method, parameters, filter) {
	return await new Topview().methods.listSearch[method].call(pickerContext(parameters, 'parameters.avatarId'), filter);
}

const queryOf = (request) => Object.fromEntries(new URL(request.path, 'https://x').searchParams);

describe('the query operations use the path of the chosen version', () => {
	test.each([
		['queryReplaceProductImage', undefined, '/v2/product_avatar/task/image_replace/query'],
		['queryReplaceProductImage', 'v1', '/v1/product_avatar/task/image_replace/result'],
		['queryReplaceProductImage', 'v3', '/v3/product_avatar/task/image_replace/query'],
		['queryImageToVideo', undefined, '/v2/product_avatar/task/image2Video/query'],
		['queryImageToVideo', 'v1', '/v1/product_avatar/task/image2Video/result'],
	])('%s with version %s → GET %s', async (operation, version, path) => {
		const result = { taskId: 't-1', status: 'success', finishedVideoUrl: 'https://cdn.example.com/t-1.mp4', aiAvatar: { aiavatarId: '5001' } };
		const scope = topview().get(path).query({ taskId: 't-1', needCloudFrontUrl: 'true' }).reply(200, ok(result));
		const seen = recordRequests(scope);

		const run = await runTopview({
			resource: 'productAvatar',
			operation,
			...(version ? { version } : {}),
			taskId: 't-1',
			options: { needCloudFrontUrl: true },
		});

		expect(run.error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].method).toBe('GET');
		expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
	});

	test.each([['finishedImageUrl'], ['resultImageUrl']])(
		'Download Result finds the replaced image under %s (the official client reads resultImageUrl)',
		async (field) => {
			const url = 'https://cdn.example.com/replaced.png';
			topview()
				.get('/v3/product_avatar/task/image_replace/query')
				.query({ taskId: 't-2' })
				.reply(200, ok({ taskId: 't-2', status: 'success', [field]: url }));
			nock('https://cdn.example.com').get('/replaced.png').reply(200, Buffer.from('png'), { 'Content-Type': 'image/png' });

			const run = await runTopview({
				resource: 'productAvatar',
				operation: 'queryReplaceProductImage',
				version: 'v3',
				taskId: 't-2',
				options: { downloadResult: true },
			});

			expect(run.error).toBeUndefined();
			expect(run.items[0].json[field]).toBe(url);
			expect(run.items[0].binary.data).toMatchObject({ fileName: 't-2.png', mimeType: 'image/png' });
		},
	);

	test('v1 replace: the documented taskStatus and productReplaceResult; Download Result takes every image', async () => {
		// The example of https://docs.topview.ai/reference/get_new-endpoint-9
		const result = {
			taskId: '176bd1a50ba8437db36af5eb8fd9e5ca',
			taskStatus: 'success',
			productReplaceResult: [
				{ key: '21f48762080b42f1b718ad722f92c', url: 'https://cdn.example.com/v1-a.jpg', faceExistence: true },
				{ key: '31f48762080b42f1b718ad722f92d', url: 'https://cdn.example.com/v1-b.jpg', faceExistence: false },
			],
		};
		topview().get('/v1/product_avatar/task/image_replace/result').query({ taskId: result.taskId }).reply(200, ok(result));
		nock('https://cdn.example.com').get('/v1-a.jpg').reply(200, Buffer.from('a'), { 'Content-Type': 'image/jpeg' });
		nock('https://cdn.example.com').get('/v1-b.jpg').reply(200, Buffer.from('b'), { 'Content-Type': 'image/jpeg' });

		const run = await runTopview({
			resource: 'productAvatar',
			operation: 'queryReplaceProductImage',
			version: 'v1',
			taskId: result.taskId,
			options: { downloadResult: true },
		});

		expect(run.error).toBeUndefined();
		expect(run.items[0].json).toEqual(result);
		expect(Object.keys(run.items[0].binary)).toEqual(['data_0', 'data_1']);
		expect(run.items[0].binary.data_0).toMatchObject({ mimeType: 'image/jpeg', fileName: `${result.taskId}_0.jpg` });
	});

	test('querying image to video with version v3 is refused without a request', async () => {
		const run = await runTopview({ resource: 'productAvatar', operation: 'queryImageToVideo', version: 'v3', taskId: 't-1' });

		expect(run.error.message).toBe('Product Avatar Video has no API version "v3"');
		expect(run.error.description).toBe('Set API Version to v1 or v2. Nothing was sent to Topview, so no credits were used.');
	});
});

describe('look-ups', () => {
	test('Get Categories lists the bare array, one item per category', async () => {
		const categories = [
			{ categoryId: '1', categoryName: 'Beauty' },
			{ categoryId: '2', categoryName: 'Fashion' },
		];
		const scope = topview().get('/v1/product_avatar/category/list').reply(200, ok(categories));
		const seen = recordRequests(scope);

		const run = await runTopview({ resource: 'productAvatar', operation: 'getCategories', returnAll: true });

		expect(seen[0].path).toBe('/v1/product_avatar/category/list');
		expect(run.items).toEqual(categories.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('Get Public Avatars sends the filters and pages until the limit', async () => {
		const avatar = (n) => ({ avatarId: String(5000 + n), avatarName: `Presenter ${n}`, gender: 'female' });
		const firstPage = Array.from({ length: 100 }, (_, i) => avatar(i + 1));
		const scope = topview();
		scope.get('/v1/product_avatar/public_avatar/query').query(true).reply(200, ok({ data: firstPage, total: 102, pageNo: 1, pageSize: 100 }));
		scope.get('/v1/product_avatar/public_avatar/query').query(true).reply(200, ok({ data: [avatar(101)], total: 102, pageNo: 2, pageSize: 1 }));
		const seen = recordRequests(scope);

		const run = await runTopview({
			resource: 'productAvatar',
			operation: 'getPublicAvatars',
			limit: 101,
			filters: { gender: 'female', categoryIds: ' 1, 3 ,', ethnicityIds: '2', sortingType: 'Newest' },
		});

		const filters = { gender: 'female', categoryIds: '1,3', ethnicityIds: '2', sortingType: 'Newest' };
		expect(seen.map(queryOf)).toEqual([
			{ ...filters, pageNo: '1', pageSize: '100' },
			{ ...filters, pageNo: '2', pageSize: '1' },
		]);
		expect(run.items).toEqual([...firstPage, avatar(101)].map((json) => ({ json, pairedItem: { item: 0 } })));
	});
});

test('the Avatar picker lists public product avatars by name and gender', async () => {
	const scope = topview()
		.get('/v1/product_avatar/public_avatar/query')
		.query({ pageNo: '1', pageSize: '100' })
		.reply(200, ok({ data: [{ avatarId: '5001', avatarName: 'Presenter 1', gender: 'female', avatarImageUrl: 'https://cdn.example.com/5001.png' }, { avatarId: '5002' }], total: 2 }));
	const seen = recordRequests(scope);

	const page = await listSearch('searchProductAvatars', { resource: 'productAvatar', operation: 'replaceProductImage' }, 'presenter');

	expect(seen).toHaveLength(1);
	expect(page).toEqual({
		results: [{ name: 'Presenter 1 (female)', value: '5001', url: 'https://cdn.example.com/5001.png' }],
		paginationToken: undefined,
	});
});
