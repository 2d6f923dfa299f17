// Look-up and account resources through the real n8n engine: exact requests,
// output mapping, paging (Return All / Limit), delete output, validation before any request.
const { runTopview } = require('../helpers/engine');
const { topview, ok, fail, recordRequests, everything } = require('../helpers/http');

/** The query string of a recorded request as a plain object. */
const queryOf = (request) => Object.fromEntries(new URL(request.path, 'https://x').searchParams);
const pathOf = (request) => new URL(request.path, 'https://x').pathname;

const avatar = (i, extra = {}) => ({
	aiavatarId: String(3000 + i),
	aiavatarName: `Avatar ${i}`,
	gender: i % 2 ? 'male' : 'female',
	coverUrl: `https://cdn.example.com/a${i}.png`,
	previewVideoUrl: `https://cdn.example.com/a${i}.mp4`,
	ethnicities: [{ ethnicityId: 1, ethnicityName: 'White' }],
	voiceoverIdDefault: 'v1',
	type: 1,
	isCustom: false,
	...extra,
});
const avatars = (from, count) => Array.from({ length: count }, (_, i) => avatar(from + i));

describe('Avatar → Get Many', () => {
	test('sends the filters and pageNo/pageSize of Limit, and outputs one item per avatar', async () => {
		const page = avatars(0, 3);
		const scope = topview()
			.get('/v1/aiavatar/query')
			.query({
				gender: 'female',
				ethnicityIdList: '1,3',
				isCustom: 'true',
				sortField: 'aiavatarName',
				sortType: 'desc',
				pageNo: '1',
				pageSize: '3',
			})
			.reply(200, ok({ data: page, total: 40, pageNo: 1, pageSize: 3 }));
		const seen = recordRequests(scope);

		const run = await runTopview({
			resource: 'avatar',
			operation: 'getAll',
			limit: 3,
			filters: {
				gender: 'female',
				ethnicityIdList: ' 1, 3 ,',
				isCustom: true,
				sortField: 'aiavatarName',
				sortType: 'desc',
			},
		});

		expect(run.error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].method).toBe('GET');
		expect(run.items.map((item) => item.json)).toEqual(page);
		expect(run.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('Return All walks every page with the largest page size', async () => {
		const scope = topview()
			.get('/v1/aiavatar/query')
			.query({ pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: avatars(0, 100), total: 230, pageNo: 1, pageSize: 100 }))
			.get('/v1/aiavatar/query')
			.query({ pageNo: '2', pageSize: '100' })
			.reply(200, ok({ data: avatars(100, 100), total: 230, pageNo: 2, pageSize: 100 }))
			.get('/v1/aiavatar/query')
			.query({ pageNo: '3', pageSize: '100' })
			.reply(200, ok({ data: avatars(200, 30), total: 230, pageNo: 3, pageSize: 100 }));
		const seen = recordRequests(scope);

		const run = await runTopview({ resource: 'avatar', operation: 'getAll', returnAll: true });

		expect(seen.map(queryOf)).toEqual([
			{ pageNo: '1', pageSize: '100' },
			{ pageNo: '2', pageSize: '100' },
			{ pageNo: '3', pageSize: '100' },
		]);
		expect(run.items).toHaveLength(230);
		expect(run.items[229].json.aiavatarId).toBe('3229');
		expect(scope.isDone()).toBe(true);
	});

	test('Limit stops as soon as enough avatars are collected, asking only for what is missing', async () => {
		const scope = topview()
			.get('/v1/aiavatar/query')
			.query({ pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: avatars(0, 100), total: 1000, pageNo: 1, pageSize: 100 }))
			.get('/v1/aiavatar/query')
			.query({ pageNo: '2', pageSize: '50' })
			.reply(200, ok({ data: avatars(100, 50), total: 1000, pageNo: 2, pageSize: 50 }));
		const seen = recordRequests(scope);

		const run = await runTopview({ resource: 'avatar', operation: 'getAll', returnAll: false, limit: 150 });

		expect(seen).toHaveLength(2);
		expect(run.items).toHaveLength(150);
		expect(run.items[149].json.aiavatarId).toBe('3149');
	});

	test('an empty last page ends Return All', async () => {
		topview()
			.get('/v1/aiavatar/query')
			.query({ pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: [], total: 0, pageNo: 1, pageSize: 100 }));

		const run = await runTopview({ resource: 'avatar', operation: 'getAll', returnAll: true });

		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([]);
	});

	test('a Topview error on a page fails the node with its code and message', async () => {
		topview().get('/v1/aiavatar/query').query(true).reply(200, fail('401', 'Unauthorized'));

		const run = await runTopview({ resource: 'avatar', operation: 'getAll', limit: 5 });

		expect(run.status).toBe('error');
		expect(run.error.message).toBe('Topview error 401: Unauthorized');
		expect(run.error.description).toMatch(/Check the UID and API key/);
	});
});

describe('Avatar → Delete', () => {
	test('sends DELETE with aiAvatarId in the query and outputs { deleted, aiAvatarId }', async () => {
		const scope = topview()
			.delete('/v1/photo_avatar/template/delete')
			.query({ aiAvatarId: '900001' })
			.reply(200, ok(null));
		const seen = recordRequests(scope);

		const run = await runTopview({
			resource: 'avatar',
			operation: 'delete',
			avatarId: { __rl: true, mode: 'list', value: ' 900001 ', cachedResultName: 'Mine (female)' },
		});

		expect(run.error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].method).toBe('DELETE');
		expect(seen[0].body).toBeUndefined();
		expect(run.items).toEqual([{ json: { deleted: true, aiAvatarId: '900001' }, pairedItem: { item: 0 } }]);
	});

	test('an empty ID fails before any request', async () => {
		const run = await runTopview({ resource: 'avatar', operation: 'delete', avatarId: { __rl: true, mode: 'id', value: '  ' } });

		expect(run.status).toBe('error');
		expect(run.error.message).toMatch(/^Custom Avatar is empty/);
		expect(run.error.description).toMatch(/Nothing was sent to Topview/);
	});

	test('Topview refusing a public avatar fails with its message, and Continue On Fail keeps the item', async () => {
		topview()
			.delete('/v1/photo_avatar/template/delete')
			.query({ aiAvatarId: '3327' })
			.reply(200, fail('4006', 'Avatar 3327 is public and cannot be deleted'));

		const run = await runTopview(
			{ resource: 'avatar', operation: 'delete', avatarId: { __rl: true, mode: 'id', value: '3327' } },
			{ continueOnFail: true },
		);

		expect(run.items).toHaveLength(1);
		expect(run.items[0].json).toEqual({ error: 'Topview error 4006: Avatar 3327 is public and cannot be deleted' });
	});
});

describe('Voice → Get Many', () => {
	const voice = (i, extra = {}) => ({
		voiceId: `v${1000 + i}`,
		voiceName: `Voice ${i}`,
		language: 'en',
		gender: 'female',
		age: 'Young',
		style: 'UGC',
		accent: 'American',
		demoAudioUrl: `https://cdn.example.com/v${i}.mp3`,
		bestSupportLanguage: 'en',
		durations: 7,
		...extra,
	});

	test('sends every documented filter with Topview names and values; Voice Name is matched here', async () => {
		const data = [voice(1, { voiceName: 'Emma' }), voice(2, { voiceName: 'Emmanuel' })];
		const scope = topview()
			.get('/v1/voice/query')
			.query({
				language: 'zh-CN',
				gender: 'male',
				age: 'Middle Age',
				style: 'Cartoon_And_Animals',
				accent: 'British',
				isCustom: 'true',
				pageNo: '1',
				pageSize: '10',
			})
			.reply(200, ok({ data: [data[0], voice(3), data[1]], total: 3, pageNo: 1 }));

		const run = await runTopview({
			resource: 'voice',
			operation: 'getAll',
			limit: 10,
			filters: {
				language: 'zh-CN',
				gender: 'male',
				age: 'Middle Age',
				style: 'Cartoon_And_Animals',
				accent: 'British',
				isCustom: true,
				voiceName: 'Emma',
			},
		});

		expect(scope.isDone()).toBe(true);
		expect(run.items.map((item) => item.json)).toEqual(data);
	});

	test('Cloned Only off asks for public voices (isCustom=false)', async () => {
		const scope = topview()
			.get('/v1/voice/query')
			.query({ isCustom: 'false', pageNo: '1', pageSize: '50' })
			.reply(200, ok({ data: [voice(1)], total: 1, pageNo: 1 }));

		const run = await runTopview({ resource: 'voice', operation: 'getAll', filters: { isCustom: false } });

		expect(scope.isDone()).toBe(true);
		expect(run.items).toHaveLength(1);
	});

	test('Return All stops on a short page when Topview sends no total', async () => {
		const full = Array.from({ length: 100 }, (_, i) => voice(i));
		const scope = topview()
			.get('/v1/voice/query')
			.query({ pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: full, pageNo: 1 }))
			.get('/v1/voice/query')
			.query({ pageNo: '2', pageSize: '100' })
			.reply(200, ok({ data: [voice(100), voice(101)], pageNo: 2 }));

		const run = await runTopview({ resource: 'voice', operation: 'getAll', returnAll: true });

		expect(scope.isDone()).toBe(true);
		expect(run.items).toHaveLength(102);
	});
});

describe('Voice → Delete', () => {
	test('sends DELETE with voiceId in the query and outputs { deleted, voiceId }', async () => {
		const scope = topview().delete('/v1/voice/clone/delete').query({ voiceId: 'cv90001' }).reply(200, ok(null));
		const seen = recordRequests(scope);

		const run = await runTopview({
			resource: 'voice',
			operation: 'delete',
			voiceId: { __rl: true, mode: 'id', value: 'cv90001' },
		});

		expect(seen.map((r) => [r.method, pathOf(r), queryOf(r)])).toEqual([
			['DELETE', '/v1/voice/clone/delete', { voiceId: 'cv90001' }],
		]);
		expect(run.items).toEqual([{ json: { deleted: true, voiceId: 'cv90001' }, pairedItem: { item: 0 } }]);
	});

	test('an empty ID fails before any request', async () => {
		// A literal empty value is stopped by n8n itself ("required"); an expression can still resolve to blank.
		const run = await runTopview(
			{ resource: 'voice', operation: 'delete', voiceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ items: [{ json: { id: '' } }] },
		);

		expect(run.status).toBe('error');
		expect(run.error.message).toMatch(/^Cloned Voice is empty/);
	});

	test('one item per input, each with its own ID', async () => {
		const scope = topview()
			.delete('/v1/voice/clone/delete')
			.query({ voiceId: 'cv1' })
			.reply(200, ok(null))
			.delete('/v1/voice/clone/delete')
			.query({ voiceId: 'cv2' })
			.reply(200, ok(null));

		const run = await runTopview(
			{ resource: 'voice', operation: 'delete', voiceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ items: [{ json: { id: 'cv1' } }, { json: { id: 'cv2' } }] },
		);

		expect(scope.isDone()).toBe(true);
		expect(run.items.map((item) => item.json)).toEqual([
			{ deleted: true, voiceId: 'cv1' },
			{ deleted: true, voiceId: 'cv2' },
		]);
		expect(run.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('Caption → Get Many', () => {
	const captions = Array.from({ length: 5 }, (_, i) => ({ captionId: String(i + 1), thumbnail: `https://cdn.example.com/c${i + 1}.png` }));

	test('sends no parameters and applies Limit to the unpaged list', async () => {
		const scope = topview().get('/v1/caption/list').reply(200, ok(captions));
		const seen = recordRequests(scope);

		const run = await runTopview({ resource: 'caption', operation: 'getAll', limit: 2 });

		expect(seen.map((r) => [r.method, r.path])).toEqual([['GET', '/v1/caption/list']]);
		expect(run.items.map((item) => item.json)).toEqual(captions.slice(0, 2));
	});

	test('Return All outputs every caption', async () => {
		topview().get('/v1/caption/list').reply(200, ok(captions));

		const run = await runTopview({ resource: 'caption', operation: 'getAll', returnAll: true });

		expect(run.items.map((item) => item.json)).toEqual(captions);
	});
});

describe('Ethnicity → Get Many', () => {
	const ethnicities = [
		{ ethnicityId: 1, ethnicityName: 'White' },
		{ ethnicityId: 2, ethnicityName: 'Black' },
		{ ethnicityId: 3, ethnicityName: 'Asian' },
	];

	test('sends the scene with paging and outputs a { data } page', async () => {
		const scope = topview()
			.get('/v1/ethnicity/list')
			.query({ scene: 'product_avatar', pageNo: '1', pageSize: '50' })
			.reply(200, ok({ data: ethnicities, total: 3, pageNo: 1, pageSize: 50 }));

		const run = await runTopview({ resource: 'ethnicity', operation: 'getAll', scene: 'product_avatar' });

		expect(scope.isDone()).toBe(true);
		expect(run.items.map((item) => item.json)).toEqual(ethnicities);
	});

	test('accepts a bare array: Return All reads it once, Limit cuts it', async () => {
		const all = topview()
			.get('/v1/ethnicity/list')
			.query({ scene: 'video_avatar', pageNo: '1', pageSize: '100' })
			.reply(200, ok(ethnicities));
		const returnAll = await runTopview({ resource: 'ethnicity', operation: 'getAll', scene: 'video_avatar', returnAll: true });
		expect(all.isDone()).toBe(true);
		expect(returnAll.items.map((item) => item.json)).toEqual(ethnicities);

		topview()
			.get('/v1/ethnicity/list')
			.query({ scene: 'video_avatar', pageNo: '1', pageSize: '2' })
			.reply(200, ok(ethnicities));
		const limited = await runTopview({ resource: 'ethnicity', operation: 'getAll', scene: 'video_avatar', limit: 2 });
		expect(limited.items.map((item) => item.json)).toEqual(ethnicities.slice(0, 2));
	});

	test('Return All pages through a paged ethnicity list', async () => {
		const many = Array.from({ length: 130 }, (_, i) => ({ ethnicityId: i, ethnicityName: `E${i}` }));
		const scope = topview()
			.get('/v1/ethnicity/list')
			.query({ scene: 'video_avatar', pageNo: '1', pageSize: '100' })
			.reply(200, ok({ data: many.slice(0, 100), total: 130 }))
			.get('/v1/ethnicity/list')
			.query({ scene: 'video_avatar', pageNo: '2', pageSize: '100' })
			.reply(200, ok({ data: many.slice(100), total: 130 }));

		const run = await runTopview({ resource: 'ethnicity', operation: 'getAll', scene: 'video_avatar', returnAll: true });

		expect(scope.isDone()).toBe(true);
		expect(run.items).toHaveLength(130);
	});
});

describe('Account', () => {
	const secretA = 'sk-live-AAAAAAAAAAAAAAAA';
	const secretB = 'sk-live-BBBBBBBBBBBBBBBB';

	test('Get Credit outputs the balance with the API keys removed (apiKeyMap keyed by key)', async () => {
		const scope = topview()
			.get('/user/credit/detail')
			.reply(
				200,
				ok({
					uid: 'u-test-1',
					remainCredit: 120.5,
					expiredTime: '2026-01-01T00:00:00Z',
					apiKeyMap: {
						[secretA]: { apiKey: secretA, uid: 'u-test-1', date: '2025-01-01 10:00:00', costCredit: 3, taskId: 't1', taskType: 'video_avatar' },
						[secretB]: { apiKey: secretB, uid: 'u-test-1', date: '2025-01-02 10:00:00', costCredit: 1, taskId: 't2', taskType: 'voice_clone' },
					},
				}),
			);
		const seen = recordRequests(scope);

		const run = await runTopview({ resource: 'account', operation: 'getCredit' });

		expect(seen.map((r) => [r.method, r.path])).toEqual([['GET', '/user/credit/detail']]);
		expect(run.items).toHaveLength(1);
		expect(run.items[0].json).toEqual({
			uid: 'u-test-1',
			remainCredit: 120.5,
			expiredTime: '2026-01-01T00:00:00Z',
			apiKeyMap: [
				{ uid: 'u-test-1', date: '2025-01-01 10:00:00', costCredit: 3, taskId: 't1', taskType: 'video_avatar' },
				{ uid: 'u-test-1', date: '2025-01-02 10:00:00', costCredit: 1, taskId: 't2', taskType: 'voice_clone' },
			],
		});
		expect(everything(run.items)).not.toMatch(/sk-live/);
	});

	test('Get Credit also strips keys from an apiKeyMap array and from anywhere else', async () => {
		topview()
			.get('/user/credit/detail')
			.reply(
				200,
				ok({
					uid: 'u-test-1',
					remainCredit: 7,
					apiKey: secretA,
					apiKeyMap: [{ apiKey: secretB, costCredit: 2, nested: { api_key: secretA, ok: true } }],
				}),
			);

		const run = await runTopview({ resource: 'account', operation: 'getCredit' });

		expect(run.items[0].json).toEqual({ uid: 'u-test-1', remainCredit: 7, apiKeyMap: [{ costCredit: 2, nested: { ok: true } }] });
		expect(everything(run.items)).not.toMatch(/sk-live/);
	});

	test('Get Credit Logs converts the time range to UTC, pages, and strips apiKey from each entry', async () => {
		const entry = (i) => ({ uid: 'u-test-1', apiKey: i % 2 ? secretA : secretB, date: `2025-01-15 1${i % 10}:00:00`, costCredit: 1, taskId: `t${i}`, taskType: 'video_avatar' });
		const query = { taskType: 'video_avatar', startTime: '2025-01-15 15:00:00', endTime: '2025-01-16 08:30:00' };
		const scope = topview()
			.get('/user/credit/logs')
			.query({ ...query, pageNo: '1', pageSize: '100' })
			.reply(200, ok({ total: 150, pageNo: 1, pageSize: 100, data: Array.from({ length: 100 }, (_, i) => entry(i)) }))
			.get('/user/credit/logs')
			.query({ ...query, pageNo: '2', pageSize: '100' })
			.reply(200, ok({ total: 150, pageNo: 2, pageSize: 100, data: Array.from({ length: 50 }, (_, i) => entry(100 + i)) }));

		const run = await runTopview({
			resource: 'account',
			operation: 'getCreditLogs',
			returnAll: true,
			filters: {
				taskType: 'video_avatar',
				// No zone: the workflow time zone (n8n's default America/New_York, UTC-5 in January).
				startTime: '2025-01-15T10:00:00',
				// An explicit offset wins.
				endTime: '2025-01-16T09:30:00+01:00',
			},
		});

		expect(run.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(run.items).toHaveLength(150);
		expect(run.items[0].json).toEqual({ uid: 'u-test-1', date: '2025-01-15 10:00:00', costCredit: 1, taskId: 't0', taskType: 'video_avatar' });
		expect(run.items.every((item) => !('apiKey' in item.json))).toBe(true);
		expect(everything(run.items)).not.toMatch(/sk-live/);
	});

	test('Get Credit Logs with Limit and no filters sends only the paging', async () => {
		const scope = topview()
			.get('/user/credit/logs')
			.query({ pageNo: '1', pageSize: '3' })
			.reply(200, ok({ total: 10, pageNo: 1, pageSize: 3, data: [{ taskId: 'a' }, { taskId: 'b' }, { taskId: 'c' }] }));

		const run = await runTopview({ resource: 'account', operation: 'getCreditLogs', limit: 3, filters: {} });

		expect(scope.isDone()).toBe(true);
		expect(run.items.map((item) => item.json.taskId)).toEqual(['a', 'b', 'c']);
	});

	test('Get Credit Logs accepts Topview-style times and Luxon values from expressions', async () => {
		const scope = topview()
			.get('/user/credit/logs')
			.query({ startTime: '2025-07-01 04:00:00', endTime: '2025-07-02 00:00:00', pageNo: '1', pageSize: '50' })
			.reply(200, ok({ total: 0, data: [] }));

		const run = await runTopview({
			resource: 'account',
			operation: 'getCreditLogs',
			filters: {
				startTime: '2025-07-01 00:00:00',
				endTime: '={{ DateTime.fromISO("2025-07-02T00:00:00Z") }}',
			},
		});

		expect(run.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	test('Get Credit Logs with Start Time after End Time fails before any request', async () => {
		const run = await runTopview({
			resource: 'account',
			operation: 'getCreditLogs',
			filters: { startTime: '2025-02-01T00:00:00Z', endTime: '2025-01-01T00:00:00Z' },
		});

		expect(run.status).toBe('error');
		expect(run.error.message).toBe(
			'Start Time (2025-02-01 00:00:00 UTC) is after End Time (2025-01-01 00:00:00 UTC): swap them or widen the range',
		);
		expect(run.error.description).toMatch(/Parameter: startTime\..*Nothing was sent/);
	});

	test('Get Credit Logs with an unreadable time fails before any request', async () => {
		const run = await runTopview({ resource: 'account', operation: 'getCreditLogs', filters: { endTime: 'next tuesday' } });

		expect(run.status).toBe('error');
		expect(run.error.message).toMatch(/^End Time is not a valid date and time: "next tuesday"/);
	});

	test('Get Space outputs the used and maximum space', async () => {
		const result = { usedDiskSpace: { size: 1.5, unit: 'MB' }, maxDiskSpace: { size: 100, unit: 'GB' } };
		const scope = topview().get('/user/space').reply(200, ok(result));
		const seen = recordRequests(scope);

		const run = await runTopview({ resource: 'account', operation: 'getSpace' });

		expect(seen.map((r) => [r.method, r.path])).toEqual([['GET', '/user/space']]);
		expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
	});
});

describe('Notice URL → Check', () => {
	const url = 'https://example.com/webhook/topview';

	test('POSTs the URL as JSON and outputs valid: true', async () => {
		const scope = topview().post('/notice/notice_url/check', { noticeUrl: url }).reply(200, ok(true));
		const seen = recordRequests(scope);

		const run = await runTopview({ resource: 'noticeUrl', operation: 'check', noticeUrl: ` ${url} ` });

		expect(seen).toHaveLength(1);
		expect(seen[0].headers['content-type']).toMatch(/application\/json/);
		expect(seen[0].body).toEqual({ noticeUrl: url });
		expect(run.items).toEqual([{ json: { valid: true, noticeUrl: url }, pairedItem: { item: 0 } }]);
	});

	test('a URL Topview rejects (4000) outputs valid: false with its message', async () => {
		topview().post('/notice/notice_url/check').reply(200, fail('4000', 'noticeUrl is unreachable'));

		const run = await runTopview({ resource: 'noticeUrl', operation: 'check', noticeUrl: url });

		expect(run.error).toBeUndefined();
		expect(run.items[0].json).toEqual({ valid: false, noticeUrl: url, code: '4000', message: 'noticeUrl is unreachable' });
	});

	test('a credential problem still fails the node', async () => {
		topview().post('/notice/notice_url/check').reply(200, fail('401', 'Unauthorized'));

		const run = await runTopview({ resource: 'noticeUrl', operation: 'check', noticeUrl: url });

		expect(run.status).toBe('error');
		expect(run.error.message).toBe('Topview error 401: Unauthorized');
	});

	test('a relative or empty URL fails before any request', async () => {
		const relative = await runTopview({ resource: 'noticeUrl', operation: 'check', noticeUrl: '/webhook/topview' });
		expect(relative.status).toBe('error');
		expect(relative.error.message).toMatch(/^Notice URL must be an absolute http\(s\) URL/);

		const empty = await runTopview(
			{ resource: 'noticeUrl', operation: 'check', noticeUrl: '={{ $json.url }}' },
			{ items: [{ json: { url: ' ' } }] },
		);
		expect(empty.error.message).toMatch(/^Notice URL is empty/);
	});
});

describe('descriptions', () => {
	const { Topview } = require('../../dist/nodes/Topview/Topview.node.js');
	const description = new Topview().description;

	test('resources use the public values and are sorted by name', () => {
		const resources = description.properties.find((p) => p.name === 'resource').options;
		const names = resources.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(resources).toEqual(
			expect.arrayContaining([
				{ name: 'Account', value: 'account' },
				{ name: 'Avatar', value: 'avatar' },
				{ name: 'Caption', value: 'caption' },
				{ name: 'Ethnicity', value: 'ethnicity' },
				{ name: 'Notice URL', value: 'noticeUrl' },
				{ name: 'Voice', value: 'voice' },
			]),
		);
	});

	test('operations use the public values', () => {
		const operationsOf = (resource) =>
			description.properties
				.filter((p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource))
				.flatMap((p) => p.options.map((o) => [o.value, o.action]));
		expect(operationsOf('avatar')).toEqual([
			['delete', 'Delete a custom avatar'],
			['getAll', 'Get many avatars'],
		]);
		expect(operationsOf('voice')).toEqual(
			expect.arrayContaining([
				['delete', 'Delete a cloned voice'],
				['getAll', 'Get many voices'],
			]),
		);
		expect(operationsOf('caption')).toEqual([['getAll', 'Get many captions']]);
		expect(operationsOf('ethnicity')).toEqual([['getAll', 'Get many ethnicities']]);
		expect(operationsOf('account').map(([value]) => value)).toEqual(['getCredit', 'getCreditLogs', 'getSpace']);
		expect(operationsOf('noticeUrl')).toEqual([['check', 'Check a notice URL']]);
	});
});
