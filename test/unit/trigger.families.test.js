// Topview Trigger: every task family's event goes through the same engine, with that family's query
// path (Specific Tasks) and credit-log task type (All Tasks on the Account).
const { createTrigger } = require('../helpers/engine');
const { topview, ok, recordRequests, failOnUnmatchedRequests } = require('../helpers/http');
const { taskFamilies, finishedEventOf } = require('../../dist/nodes/Topview/shared/families.js');
const { TopviewTrigger } = require('../../dist/nodes/Topview/TopviewTrigger.node.js');

failOnUnmatchedRequests();
afterEach(() => jest.restoreAllMocks());

const families = taskFamilies.map((family) => [family.label, family]);

test('the Event list offers the board event and one event per task family, sorted by name', () => {
	const [event] = new TopviewTrigger().description.properties;
	const values = event.options.map((option) => option.value);
	expect(values.sort()).toEqual(['boardTaskFinished', ...taskFamilies.map(finishedEventOf)].sort());
	const names = event.options.map((option) => option.name);
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	expect(new Set(values).size).toBe(values.length);
});

const statusField = (family) => (family.statusFields ?? ['status'])[0];
const watchable = taskFamilies.filter((family) => family.taskType).map((family) => [family.label, family]);
const taskIdsOnly = taskFamilies.filter((family) => !family.taskType).map((family) => [family.label, family]);

test.each(families)('%s: Specific Tasks reads the state where the family keeps it and emits the finished task once', async (_label, family) => {
	const event = finishedEventOf(family);
	const field = statusField(family);
	const scope = topview();
	const seen = recordRequests(scope);
	scope.get(family.queryPath).query({ taskId: 'f-1' }).reply(200, ok({ taskId: 'f-1', [field]: 'running' }));
	scope.get(family.queryPath).query({ taskId: 'f-1' }).reply(200, ok({ taskId: 'f-1', [field]: 'success', costCredit: 3 }));
	const trigger = createTrigger({ event, watch: 'taskIds', taskIds: 'f-1', emitOn: 'both', options: {} });

	expect(await trigger.poll()).toBeNull();
	expect(await trigger.poll()).toEqual([
		[{ json: { taskId: 'f-1', [field]: 'success', costCredit: 3, status: 'success', event } }],
	]);
	expect(await trigger.poll()).toBeNull();
	expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
		`GET ${family.queryPath}?taskId=f-1`,
		`GET ${family.queryPath}?taskId=f-1`,
	]);
});

test.each(watchable)('%s: All Tasks on the Account finds a new task in the credit log by its documented type and emits it', async (_label, family) => {
	jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-01-15T12:00:00Z'));
	const event = finishedEventOf(family);
	const field = statusField(family);
	const scope = topview();
	const seen = recordRequests(scope);
	const logQuery = { taskType: family.taskType, pageNo: '1', pageSize: '100', startTime: '2025-01-15 11:00:00' };
	const logs = (data) => scope.get('/user/credit/logs').query(logQuery).reply(200, ok({ total: data.length, pageNo: 1, pageSize: 100, data }));
	logs([]);
	const trigger = createTrigger({ event, watch: 'account', emitOn: 'both', options: {} });
	expect(await trigger.poll()).toBeNull();

	const newEntry = { uid: 'u-test-1', date: '2025-01-15 11:59:30', costCredit: 1, taskId: 'acc-1', taskType: family.taskType };
	logs([newEntry]);
	scope.get(family.queryPath).query({ taskId: 'acc-1' }).reply(200, ok({ taskId: 'acc-1', [field]: 'success', costCredit: 1 }));

	expect(await trigger.poll()).toEqual([[{ json: { taskId: 'acc-1', [field]: 'success', costCredit: 1, status: 'success', event } }]]);

	// The next poll still sees the task in the log and emits nothing more.
	logs([newEntry]);
	expect(await trigger.poll()).toBeNull();
	const logRequest = `GET /user/credit/logs?taskType=${family.taskType}&pageNo=1&pageSize=100&startTime=2025-01-15 11:00:00`;
	expect(seen.map((r) => `${r.method} ${decodeURIComponent(r.path)}`)).toEqual([
		logRequest,
		logRequest,
		`GET ${family.queryPath}?taskId=acc-1`,
		logRequest,
	]);
});

test.each(taskIdsOnly)('%s: no documented credit-log type, so All Tasks on the Account is neither offered nor queried', async (_label, family) => {
	const event = finishedEventOf(family);
	const watch = new TopviewTrigger().description.properties.find((property) => property.name === 'watch');
	const account = watch.options.find((option) => option.value === 'account');
	expect(account.displayOptions.show.event).not.toContain(event);

	const trigger = createTrigger({ event, watch: 'account', emitOn: 'both', options: {} });
	await expect(trigger.poll()).rejects.toThrow(`${family.label} tasks cannot be watched account-wide`);
});

test('the documented credit-log types are the ones the families use', () => {
	// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/user.py (TASK_TYPES),
	// and photo_avatar4 from https://docs.topview.ai/reference/avatar4_submit_task
	const documented = [
		'm2v', 'common_task_image2video', 'video_avatar', 'product_avatar_image2video', 'voice_clone', 'product_anyfit',
		'pa_download_without_watermark', 'pa2_replace_product_image', 'pa2_image2video', 'product_anyfit_v2_product_model',
		'photo_avatar4',
	];
	for (const family of taskFamilies) if (family.taskType) expect(documented).toContain(family.taskType);
});
