// Look-up and account resources against the local Topview simulator (test/simulator/): the node's
// requests must be accepted by a faithful server and its answers mapped as the nock tests expect.
const { runTopview } = require('../helpers/engine');
const { nock, everything } = require('../helpers/http');
const { startSimulator } = require('../simulator');
const { apiClient } = require('../simulator/test-client');

let sim;
let api;
let credentials;

beforeAll(async () => {
	nock.enableNetConnect('127.0.0.1');
	sim = await startSimulator({ port: 0, renderMs: 60_000 });
	api = apiClient(sim);
	credentials = { uid: 'sim-uid', apiKey: 'sim-key', baseUrl: sim.url };
});
afterAll(async () => {
	await sim.close();
	nock.disableNetConnect();
	nock.restore();
});
beforeEach(() => sim.control.reset());

const run = async (parameters) => await runTopview(parameters, { credentials });
const json = (result) => result.items.map((item) => item.json);

test('Avatar → Get Many: Return All equals the simulator total, Limit cuts, filters apply', async () => {
	const first = await api.get('/v1/aiavatar/query', { pageNo: 1, pageSize: 1 });
	const all = await run({ resource: 'avatar', operation: 'getAll', returnAll: true });
	expect(all.error).toBeUndefined();
	expect(all.items).toHaveLength(first.result.total);

	const limited = await run({ resource: 'avatar', operation: 'getAll', limit: 7, filters: { gender: 'male', isCustom: false } });
	expect(limited.items).toHaveLength(7);
	expect(json(limited).every((a) => a.gender === 'male' && a.isCustom !== true)).toBe(true);
});

test('Avatar → Delete removes a custom avatar; a public one is refused', async () => {
	const custom = json(await run({ resource: 'avatar', operation: 'getAll', returnAll: true, filters: { isCustom: true } }));
	expect(custom.length).toBeGreaterThan(0);
	const target = custom[0].aiavatarId;

	const deleted = await run({ resource: 'avatar', operation: 'delete', avatarId: { __rl: true, mode: 'id', value: target } });
	expect(json(deleted)).toEqual([{ deleted: true, aiAvatarId: target }]);

	const after = json(await run({ resource: 'avatar', operation: 'getAll', returnAll: true, filters: { isCustom: true } }));
	expect(after.map((a) => a.aiavatarId)).not.toContain(target);

	const refused = await run({ resource: 'avatar', operation: 'delete', avatarId: { __rl: true, mode: 'id', value: '3327' } });
	expect(refused.status).toBe('error');
	expect(refused.error.message).toMatch(/^Topview error 4006/);
});

test('Voice → Get Many and Delete of a cloned voice', async () => {
	const german = json(await run({ resource: 'voice', operation: 'getAll', returnAll: true, filters: { language: 'de' } }));
	expect(german.length).toBeGreaterThan(0);
	expect(german.every((v) => v.language === 'de')).toBe(true);

	const cloned = json(await run({ resource: 'voice', operation: 'getAll', returnAll: true, filters: { isCustom: true } }));
	expect(cloned.length).toBeGreaterThan(0);
	const deleted = await run({ resource: 'voice', operation: 'delete', voiceId: { __rl: true, mode: 'id', value: cloned[0].voiceId } });
	expect(json(deleted)).toEqual([{ deleted: true, voiceId: cloned[0].voiceId }]);
});

test('Caption and Ethnicity → Get Many (paged and bare-array ethnicity answers)', async () => {
	const captions = await run({ resource: 'caption', operation: 'getAll', limit: 3 });
	expect(json(captions)).toHaveLength(3);
	expect(json(captions)[0]).toEqual({ captionId: '1', thumbnail: expect.stringContaining('caption-1') });

	sim.control.configure({ ethnicityListShape: 'paged' });
	const paged = json(await run({ resource: 'ethnicity', operation: 'getAll', scene: 'video_avatar', returnAll: true }));
	expect(paged.length).toBeGreaterThan(0);
	sim.control.configure({ ethnicityListShape: 'array' });
	const bare = json(await run({ resource: 'ethnicity', operation: 'getAll', scene: 'video_avatar', returnAll: true }));
	expect(bare).toEqual(paged);
});

test('Account: credit, credit logs (time range in UTC, paging) and space, never with the API key', async () => {
	const submitted = [];
	for (let i = 0; i < 3; i++) {
		const r = await api.post('/v1/video_avatar/task/submit', {
			avatarSourceFrom: 1,
			aiAvatarId: '3327',
			audioSourceFrom: 1,
			ttsText: `Hello ${i}`,
		});
		expect(r.code).toBe('200');
		submitted.push(r.result.taskId);
		sim.control.finishTask(r.result.taskId, 'success');
	}

	const credit = await run({ resource: 'account', operation: 'getCredit' });
	expect(credit.items[0].json).toMatchObject({ uid: 'sim-uid', remainCredit: expect.any(Number) });
	expect(credit.items[0].json.apiKeyMap).toEqual({ uid: 'sim-uid', date: expect.any(String), costCredit: 3, taskId: submitted[2], taskType: 'video_avatar' });
	expect(everything(credit.items)).not.toContain('sim-key');

	const logs = await run({
		resource: 'account',
		operation: 'getCreditLogs',
		returnAll: true,
		filters: { taskType: 'video_avatar', startTime: '2000-01-01T00:00:00Z', endTime: '2999-01-01T00:00:00Z' },
	});
	expect(logs.error).toBeUndefined();
	expect(json(logs).map((l) => l.taskId).sort()).toEqual([...submitted].sort());
	expect(everything(logs.items)).not.toContain('sim-key');

	const limited = await run({ resource: 'account', operation: 'getCreditLogs', limit: 2 });
	expect(limited.items).toHaveLength(2);

	const none = await run({
		resource: 'account',
		operation: 'getCreditLogs',
		returnAll: true,
		filters: { startTime: '2000-01-01T00:00:00Z', endTime: '2000-01-02T00:00:00Z' },
	});
	expect(none.items).toEqual([]);

	const space = await run({ resource: 'account', operation: 'getSpace' });
	expect(space.items[0].json).toEqual({ uid: 'sim-uid', usedDiskSpace: expect.any(Object), maxDiskSpace: expect.any(Object) });
});

test('Notice URL → Check', async () => {
	const good = await run({ resource: 'noticeUrl', operation: 'check', noticeUrl: 'https://example.com/hook' });
	expect(json(good)).toEqual([{ valid: true, noticeUrl: 'https://example.com/hook' }]);
});

test('a wrong API key fails every look-up with Topview 401', async () => {
	const result = await runTopview({ resource: 'caption', operation: 'getAll', returnAll: true }, { credentials: { ...credentials, apiKey: 'wrong' } });
	expect(result.status).toBe('error');
	expect(result.error.message).toMatch(/^Topview error 401/);
});
