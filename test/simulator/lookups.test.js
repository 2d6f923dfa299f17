'use strict';

const { startSimulator } = require('./index');
const { apiClient, uploadFile } = require('./test-client');

let sim;
let api;

beforeAll(async () => {
	sim = await startSimulator({ port: 0 });
	api = apiClient(sim);
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

describe('AiAvatar Query (§6.1)', () => {
	test('public avatars (≥ 30) with §6.1 fields; paging with total', async () => {
		const r = await api.get('/v1/aiavatar/query', { isCustom: false, pageNo: 1, pageSize: 10 });
		expect(r.result).toMatchObject({ total: expect.any(Number), pageNo: 1, pageSize: 10 });
		expect(r.result.total).toBeGreaterThanOrEqual(30);
		expect(r.result.data).toHaveLength(10);
		const a = r.result.data[0];
		expect(a).toEqual({
			aiavatarId: '3327',
			aiavatarName: expect.any(String),
			gender: expect.stringMatching(/^(male|female)$/),
			coverUrl: expect.stringContaining(`${sim.url}/files/`),
			previewVideoUrl: expect.stringContaining('.mp4'),
			thumbnailUrl: expect.any(String),
			ethnicities: [{ ethnicityId: expect.any(String), ethnicityName: expect.any(String) }],
			voiceoverIdDefault: expect.any(String),
			faceSquareConfig: { x: expect.any(Number), y: expect.any(Number), w: expect.any(Number), h: expect.any(Number), x_f: expect.any(Number), y_f: expect.any(Number), w_f: expect.any(Number), h_f: expect.any(Number) },
			type: expect.any(Number),
			isCustom: null,
		});
		expect(r.result.data.some((x) => x.isCustom === false)).toBe(true);
		const last = await api.get('/v1/aiavatar/query', { isCustom: false, pageNo: 4, pageSize: 10 });
		expect(last.result.data).toHaveLength(r.result.total - 30);
	});

	test('custom avatars: 3 per account with isCustom true', async () => {
		const r = await api.get('/v1/aiavatar/query', { isCustom: 'true' });
		expect(r.result.total).toBe(3);
		expect(r.result.data.every((a) => a.isCustom === true)).toBe(true);
	});

	test('no isCustom → public and custom together', async () => {
		const pub = (await api.get('/v1/aiavatar/query', { isCustom: false })).result.total;
		expect((await api.get('/v1/aiavatar/query')).result.total).toBe(pub + 3);
	});

	test('filters gender and ethnicityIdList (comma-separated); sorting', async () => {
		const f = await api.get('/v1/aiavatar/query', { gender: 'female', isCustom: false, pageSize: 100 });
		expect(f.result.data.every((a) => a.gender === 'female')).toBe(true);
		const e = await api.get('/v1/aiavatar/query', { ethnicityIdList: '2,3', isCustom: false, pageSize: 100 });
		expect(e.result.total).toBeGreaterThan(0);
		expect(e.result.data.every((a) => a.ethnicities.some((x) => ['2', '3'].includes(x.ethnicityId)))).toBe(true);
		const sorted = await api.get('/v1/aiavatar/query', { isCustom: false, sortField: 'aiavatarName', sortType: 'desc', pageSize: 100 });
		const names = sorted.result.data.map((a) => a.aiavatarName);
		expect(names).toEqual([...names].sort().reverse());
	});

	test('bad paging → 4000', async () => {
		expect((await api.get('/v1/aiavatar/query', { pageNo: 0 })).code).toBe('4000');
		expect((await api.get('/v1/aiavatar/query', { pageSize: 'x' })).code).toBe('4000');
	});
});

describe('Voice Query (§6.2)', () => {
	test('≥ 30 voices with §6.2 fields, several languages/genders/ages/styles/accents', async () => {
		const r = await api.get('/v1/voice/query', { pageSize: 200, isCustom: false });
		const d = r.result.data;
		expect(r.result.total).toBeGreaterThanOrEqual(30);
		expect(Object.keys(d[0]).sort()).toEqual(
			['voiceId', 'voiceName', 'language', 'gender', 'age', 'style', 'accent', 'demoAudioUrl', 'bestSupportLanguage', 'durations', 'isCustom'].sort(),
		);
		for (const f of ['language', 'gender', 'age', 'style', 'accent']) expect(new Set(d.map((v) => v[f])).size).toBeGreaterThan(1);
	});

	test('filters, voiceName substring, paging', async () => {
		const r = await api.get('/v1/voice/query', { language: 'en', gender: 'male', age: 'Young', pageSize: 50 });
		expect(r.result.data.length).toBeGreaterThan(0);
		expect(r.result.data.every((v) => v.language === 'en' && v.gender === 'male' && v.age === 'Young')).toBe(true);
		expect((await api.get('/v1/voice/query', { style: 'Cartoon_And_Animals' })).result.data.every((v) => v.style === 'Cartoon_And_Animals')).toBe(true);
		expect((await api.get('/v1/voice/query', { accent: 'British' })).result.total).toBe(3);
		expect((await api.get('/v1/voice/query', { voiceName: 'LIV' })).result.data.map((v) => v.voiceName)).toEqual(['Olivia', 'Oliver']);
		const p = await api.get('/v1/voice/query', { pageNo: 2, pageSize: 5 });
		expect(p.result).toMatchObject({ pageNo: 2, pageSize: 5 });
		expect(p.result.data).toHaveLength(5);
	});

	test('cloned voice with isCustom; isCustom=true → cloned only', async () => {
		const r = await api.get('/v1/voice/query', { isCustom: 'true' });
		expect(r.result.total).toBe(1);
		expect(r.result.data[0]).toMatchObject({ isCustom: true, voiceName: 'My cloned voice' });
	});
});

describe('other look-ups', () => {
	test('caption list is a bare array of { captionId, thumbnail }', async () => {
		const r = await api.get('/v1/caption/list');
		expect(Array.isArray(r.result)).toBe(true);
		expect(r.result[0]).toEqual({ captionId: expect.any(String), thumbnail: expect.stringContaining('.png') });
	});

	test('ethnicity list: scene required → 4003, unknown → 4000; a bare array (documented), or paged on request', async () => {
		expect((await api.get('/v1/ethnicity/list')).code).toBe('4003');
		expect((await api.get('/v1/ethnicity/list', { scene: 'nope' })).code).toBe('4000');
		const a = await api.get('/v1/ethnicity/list', { scene: 'video_avatar' });
		expect(a.result[0]).toEqual({ ethnicityId: '1', ethnicityName: 'Caucasian' });
		sim.control.configure({ ethnicityListShape: 'paged' });
		const r = await api.get('/v1/ethnicity/list', { scene: 'product_avatar', pageNo: 1 });
		expect(r.result.data[0]).toEqual({ ethnicityId: '1', ethnicityName: 'Caucasian' });
		expect(r.result.total).toBe(r.result.data.length);
	});

	test('notice URL check: absolute http(s) → 200, else 4000, missing → 4003', async () => {
		expect((await api.post('/notice/notice_url/check', { noticeUrl: 'https://hooks.example.com/topview' })).code).toBe('200');
		expect((await api.post('/notice/notice_url/check', { noticeUrl: 'http://127.0.0.1:5678/webhook/x' })).code).toBe('200');
		expect((await api.post('/notice/notice_url/check', { noticeUrl: '/relative' })).code).toBe('4000');
		expect((await api.post('/notice/notice_url/check', { noticeUrl: 'ftp://x.example' })).code).toBe('4000');
		expect((await api.post('/notice/notice_url/check', {})).code).toBe('4003');
	});

	test('delete a custom avatar: 200 then gone; unknown → 4004; public → 4006; missing → 4003', async () => {
		const id = (await api.get('/v1/aiavatar/query', { isCustom: true })).result.data[0].aiavatarId;
		expect((await api.del('/v1/photo_avatar/template/delete', { aiAvatarId: id })).code).toBe('200');
		expect((await api.get('/v1/aiavatar/query', { isCustom: true })).result.total).toBe(2);
		expect((await api.del('/v1/photo_avatar/template/delete', { aiAvatarId: id })).code).toBe('4004');
		expect((await api.del('/v1/photo_avatar/template/delete', { aiAvatarId: '3327' })).code).toBe('4006');
		expect((await api.del('/v1/photo_avatar/template/delete')).code).toBe('4003');
	});

	test('delete a cloned voice', async () => {
		const id = (await api.get('/v1/voice/query', { isCustom: true })).result.data[0].voiceId;
		expect((await api.del('/v1/voice/clone/delete', { voiceId: id })).code).toBe('200');
		expect((await api.get('/v1/voice/query', { isCustom: true })).result.total).toBe(0);
		expect((await api.del('/v1/voice/clone/delete', { voiceId: id })).code).toBe('4004');
		expect((await api.del('/v1/voice/clone/delete', { voiceId: 'v1001' })).code).toBe('4006');
	});

	test('photo avatar templates: list, category, create, custom listing', async () => {
		const list = await api.get('/v1/photo_avatar/template/list', { isCustom: false, pageSize: 5 });
		expect(list.result).toMatchObject({ total: 12, pageNo: 1, pageSize: 5 });
		const cats = await api.get('/v1/photo_avatar/template/category');
		expect(cats.result.length).toBeGreaterThan(0);
		const byCat = await api.get('/v1/photo_avatar/template/list', { categories: cats.result[0].categoryId, isCustom: false });
		expect(byCat.result.total).toBe(4);
		expect((await api.post('/v1/photo_avatar/template/create', {})).code).toBe('4003');
		expect((await api.post('/v1/photo_avatar/template/create', { templateImageFileId: 'nope' })).code).toBe('4004');
		const img = await uploadFile(sim, api, 'png');
		const created = await api.post('/v1/photo_avatar/template/create', { templateImageFileId: img });
		expect(typeof created.result).toBe('string');
		const custom = await api.get('/v1/photo_avatar/template/list', { isCustom: true });
		expect(custom.result.data.map((t) => t.avatarId)).toContain(created.result);
		expect((await api.del('/v1/photo_avatar/template/delete', { aiAvatarId: created.result })).code).toBe('200');
	});

	test('product avatar look-ups and AnyShoot templates', async () => {
		const cats = await api.get('/v1/product_avatar/category/list');
		expect(cats.result[0]).toEqual({ categoryId: '1', categoryName: expect.any(String) });
		const pa = await api.get('/v1/product_avatar/public_avatar/query', { gender: 'male', categoryIds: '2,4', pageSize: 50 });
		expect(pa.result.data.length).toBeGreaterThan(0);
		expect(pa.result.data.every((a) => a.gender === 'male' && a.categoryIds.some((c) => ['2', '4'].includes(c)))).toBe(true);
		// Template List styles are UGC and Pro
		const all = await api.get('/v1/product_anyShoot/template/list', { pageSize: 100 });
		expect(new Set(all.result.data.map((t) => t.style))).toEqual(new Set(['UGC', 'Pro']));
		const as = await api.get('/v1/product_anyShoot/template/list', { style: 'Pro', categoryIds: '101' });
		expect(as.result.data.length).toBeGreaterThan(0);
		expect(as.result.data.every((t) => t.style === 'Pro' && t.categoryId === '101')).toBe(true);
		const asc = await api.get('/v1/product_anyShoot/template/category/list');
		expect(asc.result.length).toBe(4);
	});
});
