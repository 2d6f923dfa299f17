// Photo Avatar's other operations: Query, Get Templates, Get Template Categories, Create Custom Avatar and
// Delete — the exact request and the exact output items.
const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');

const locator = (value) => ({ __rl: true, mode: 'id', value });
const run = (operation, parameters = {}, options) => runTopview({ resource: 'photoAvatar', operation, ...parameters }, options);
const template = (id, extra = {}) => ({ avatarId: id, avatarName: `Template ${id}`, gender: 'female', categoryIds: ['201'], ...extra });

test('Query: GET the task with needCloudFrontUrl, output the whole result', async () => {
	const result = {
		taskId: 'pa-1',
		status: 'success',
		errorMsg: null,
		costCredit: 0.6,
		finishedVideoUrl: 'https://cdn.example.com/pa-1.mp4',
		finishedVideoCoverUrl: 'https://cdn.example.com/pa-1.png',
		aiAvatar: { aiavatarId: '6001' },
		boardId: 'b-1',
		boardTaskId: 'bt-1',
	};
	const scope = topview().get('/v1/photo_avatar/task/query').query({ taskId: 'pa-1', needCloudFrontUrl: 'true' }).reply(200, ok(result));
	const seen = recordRequests(scope);

	const out = await run('query', { taskId: 'pa-1', options: { needCloudFrontUrl: true } });

	expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/photo_avatar/task/query?taskId=pa-1&needCloudFrontUrl=true']);
	expect(out.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
});

describe('Get Templates', () => {
	test('Return All walks the pages with the filters as query parameters; one item per template', async () => {
		const scope = topview()
			.get('/v1/photo_avatar/template/list')
			.query({ isCustom: 'false', categories: '201,202', pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: Array.from({ length: 100 }, (_, i) => template(String(7000 + i))), total: 101, pageNo: 1 }))
			.get('/v1/photo_avatar/template/list')
			.query({ isCustom: 'false', categories: '201,202', pageNo: '2', pageSize: '100' })
			.reply(200, ok({ data: [template('7100')], total: 101, pageNo: 2 }));
		const seen = recordRequests(scope);

		const out = await run('getTemplates', { returnAll: true, filters: { isCustom: false, categories: ['201', '202'] } });

		expect(out.error).toBeUndefined();
		expect(seen).toHaveLength(2);
		expect(out.items).toHaveLength(101);
		expect(out.items[0]).toEqual({ json: template('7000'), pairedItem: { item: 0 } });
		expect(out.items[100].json).toEqual(template('7100'));
	});

	test('Limit asks for only as many as needed; custom avatars only', async () => {
		const scope = topview()
			.get('/v1/photo_avatar/template/list')
			.query({ isCustom: 'true', pageNo: '1', pageSize: '2' })
			.reply(200, ok({ data: [template('c-1', { isCustom: true }), template('c-2', { isCustom: true })], total: 5, pageNo: 1 }));
		const seen = recordRequests(scope);

		const out = await run('getTemplates', { limit: 2, filters: { isCustom: true } });

		expect(seen).toHaveLength(1);
		expect(out.items.map((i) => i.json.avatarId)).toEqual(['c-1', 'c-2']);
	});
});

test('Get Template Categories: a bare array answer becomes one item per category', async () => {
	const categories = [
		{ categoryId: '201', categoryName: 'Business' },
		{ categoryId: '202', categoryName: 'Lifestyle' },
	];
	const scope = topview().get('/v1/photo_avatar/template/category').query({ pageNo: '1', pageSize: '50' }).reply(200, ok(categories));
	const seen = recordRequests(scope);

	const out = await run('getTemplateCategories', {});

	expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/photo_avatar/template/category?pageNo=1&pageSize=50']);
	expect(out.items).toEqual(categories.map((json) => ({ json, pairedItem: { item: 0 } })));
});

describe('Create Custom Avatar', () => {
	test('POSTs the template image fileId and outputs the new ID', async () => {
		const scope = topview().post('/v1/photo_avatar/template/create').reply(200, ok('45b3819812034602b7395eea075b6cf4'));
		const seen = recordRequests(scope);

		const out = await run('createCustomAvatar', { templateImageFileId: ' file-photo-1 ' });

		expect(seen).toHaveLength(1);
		expect(seen[0].method).toBe('POST');
		expect(seen[0].body).toEqual({ templateImageFileId: 'file-photo-1' });
		expect(out.items).toEqual([{ json: { aiAvatarId: '45b3819812034602b7395eea075b6cf4' }, pairedItem: { item: 0 } }]);
	});

	test('a binary photo is uploaded first', async () => {
		const STORAGE = 'https://storage.example.com';
		const api = topview();
		api.get('/v1/upload/credential').query({ format: 'jpg' }).reply(200, ok({ fileId: 'file-up', format: 'jpg', uploadUrl: `${STORAGE}/up/file-up` }));
		api.get('/v1/upload/check').query({ fileId: 'file-up' }).reply(200, ok(true));
		nock(STORAGE).put('/up/file-up').reply(200, '');
		const create = topview().post('/v1/photo_avatar/template/create').reply(200, ok('new-avatar-1'));
		const creates = recordRequests(create);

		const out = await run(
			'createCustomAvatar',
			{ templateImageFileInput: 'binary', templateImageBinaryPropertyName: 'data' },
			{ items: [{ json: {}, binary: { data: { data: Buffer.from('JPEG bytes').toString('base64'), mimeType: 'image/jpeg', fileName: 'me.jpg' } } }] },
		);

		expect(out.error).toBeUndefined();
		expect(creates[0].body).toEqual({ templateImageFileId: 'file-up' });
		expect(out.items[0].json).toEqual({ aiAvatarId: 'new-avatar-1' });
	});

	test('an empty fileId is rejected before any request', async () => {
		const unmatched = unmatchedRequests();
		try {
			const out = await run('createCustomAvatar', { templateImageFileId: '={{ "" }}' });

			expect(out.error.message).toMatch(/^Template Image File ID is empty/);
			expect(unmatched.requests).toHaveLength(0);
		} finally {
			unmatched.stop();
		}
	});
});

describe('Delete', () => {
	test('DELETE with aiAvatarId in the query; outputs what was deleted', async () => {
		const scope = topview().delete('/v1/photo_avatar/template/delete').query({ aiAvatarId: 'custom-9' }).reply(200, ok(null));
		const seen = recordRequests(scope);

		const out = await run('delete', { aiAvatarId: locator(' custom-9 ') });

		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /v1/photo_avatar/template/delete?aiAvatarId=custom-9']);
		expect(out.items).toEqual([{ json: { deleted: true, aiAvatarId: 'custom-9' }, pairedItem: { item: 0 } }]);
	});

	test('an empty avatar is rejected before any request', async () => {
		const unmatched = unmatchedRequests();
		try {
			const out = await run('delete', { aiAvatarId: locator('={{ $json.id }}') });

			expect(out.error.message).toMatch(/^Custom Avatar is empty/);
			expect(unmatched.requests).toHaveLength(0);
		} finally {
			unmatched.stop();
		}
	});
});
