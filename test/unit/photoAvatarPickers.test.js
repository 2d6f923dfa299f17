// Photo Avatar pickers, called as n8n's editor does (LoadOptionsContext): the template picker of Submit's
// Avatar field and the category dropdown of Get Templates.
const { pickerContext } = require('../helpers/engine');
const { topview, ok, fail, recordRequests } = require('../helpers/http');
const { Topview } = require('../../dist/nodes/Topview/Topview.node.js');

const nodeType = new Topview();

const submitParameters = { resource: 'photoAvatar', operation: 'submit', avatarSource: 'avatar' };
const search = (filter, paginationToken) =>
	nodeType.methods.listSearch.searchPhotoAvatarTemplates.call(pickerContext(submitParameters, 'parameters.avatarId'), filter, paginationToken);
const template = (id, name, extra = {}) => ({ avatarId: id, avatarName: name, gender: 'female', templateImageUrl: `https://cdn.example.com/${id}.png`, ...extra });

test('Submit\'s Avatar field searches the templates; Get Templates\' Categories filter loads the categories', () => {
	const photoAvatarFields = nodeType.description.properties.filter((p) => p.displayOptions?.show?.resource?.includes('photoAvatar'));
	const withOptions = photoAvatarFields.flatMap((p) => [[p.name, p], ...(p.options ?? []).map((o) => [`${p.name}.${o.name}`, o])]);
	const usedBy = (uses) => withOptions.filter(([, p]) => uses(p)).map(([name]) => name);

	expect(usedBy((p) => p.modes?.some((m) => m.typeOptions?.searchListMethod === 'searchPhotoAvatarTemplates'))).toEqual(['avatarId']);
	expect(usedBy((p) => p.typeOptions?.loadOptionsMethod === 'getPhotoAvatarTemplateCategories')).toEqual(['filters.categories']);
	const avatarId = photoAvatarFields.find((p) => p.name === 'avatarId');
	expect(avatarId.displayOptions.show).toEqual({ resource: ['photoAvatar'], operation: ['submit'], avatarSource: ['avatar'] });
});

describe('searchPhotoAvatarTemplates', () => {
	test('first page: custom avatars first, then public templates, with the next page token', async () => {
		const scope = topview()
			.get('/v1/photo_avatar/template/list')
			.query({ isCustom: 'false', pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: [template('6001', 'Anna'), template('6002', 'Ben', { gender: 'male' })], total: 150, pageNo: 1 }))
			.get('/v1/photo_avatar/template/list')
			.query({ isCustom: 'true', pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: [{ aiavatarId: 'c-1', aiavatarName: 'My photo avatar', coverUrl: 'https://cdn.example.com/c-1.png' }], total: 1, pageNo: 1 }));
		const seen = recordRequests(scope);

		const page = await search();

		expect(seen).toHaveLength(2);
		expect(seen[0].headers.authorization).toBe('Bearer sk-test-secret-key');
		expect(page).toEqual({
			results: [
				{ name: 'My photo avatar (custom)', value: 'c-1', url: 'https://cdn.example.com/c-1.png' },
				{ name: 'Anna (female)', value: '6001', url: 'https://cdn.example.com/6001.png' },
				{ name: 'Ben (male)', value: '6002', url: 'https://cdn.example.com/6002.png' },
			],
			paginationToken: '2',
		});
	});

	test('later pages list public templates only; the search text matches the name', async () => {
		topview()
			.get('/v1/photo_avatar/template/list')
			.query({ isCustom: 'false', pageNo: '2', pageSize: '100' })
			.reply(200, ok({ data: [template('6101', 'Clara'), template('6102', 'Dora')], total: 150, pageNo: 2 }));

		const page = await search('DOR', '2');

		expect(page).toEqual({ results: [{ name: 'Dora (female)', value: '6102', url: 'https://cdn.example.com/6102.png' }], paginationToken: undefined });
	});

	test('a Topview error becomes a readable picker error', async () => {
		const scope = topview().get('/v1/photo_avatar/template/list').query(true).times(2).reply(200, fail('401', 'Unauthorized'));

		await expect(search()).rejects.toThrow('Could not load the list from Topview: 401 Unauthorized');
		expect(scope.isDone()).toBe(true);
	});
});

test('getPhotoAvatarTemplateCategories: categories by name, from a bare array or a page', async () => {
	const call = () =>
		nodeType.methods.loadOptions.getPhotoAvatarTemplateCategories.call(
			pickerContext({ resource: 'photoAvatar', operation: 'getTemplates' }, 'parameters.filters.categories'),
		);
	const scope = topview()
		.get('/v1/photo_avatar/template/category')
		.query({ pageNo: '1', pageSize: '100' })
		.reply(200, ok([{ categoryId: '202', categoryName: 'Lifestyle' }, { categoryId: '201', categoryName: 'Business' }]))
		.get('/v1/photo_avatar/template/category')
		.query({ pageNo: '1', pageSize: '100' })
		.reply(200, ok({ data: [{ categoryId: '203' }], total: 1 }));
	const seen = recordRequests(scope);

	expect(await call()).toEqual([
		{ name: 'Business', value: '201' },
		{ name: 'Lifestyle', value: '202' },
	]);
	expect(await call()).toEqual([{ name: '203', value: '203' }]);
	expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(Array(2).fill('GET /v1/photo_avatar/template/category?pageNo=1&pageSize=100'));
});
