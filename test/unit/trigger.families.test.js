// Topview Trigger: every task family's event goes through the same engine, with that family's query
// path (Specific Tasks) and credit-log task type (All Tasks on the Account).
const { createTrigger } = require('../helpers/engine');
const { topview, ok, recordRequests, nock } = require('../helpers/http');
const { retryTiming } = require('../../dist/nodes/Topview/shared/retry.js');
const { taskFamilies, finishedEventOf } = require('../../dist/nodes/Topview/shared/families.js');
const { TopviewTrigger } = require('../../dist/nodes/Topview/TopviewTrigger.node.js');

retryTiming.scale = 0.001;

const unmatched = [];
nock.emitter.on('no match', (req) => unmatched.push(`${req.method} ${req.path}`));
afterEach(() => {
	nock.cleanAll();
	expect(unmatched.splice(0)).toEqual([]);
});

const families = taskFamilies.map((family) => [family.label, family]);

test('the Event list offers the board event and one event per task family, sorted by name', () => {
	const [event] = new TopviewTrigger().description.properties;
	const values = event.options.map((option) => option.value);
	expect(values.sort()).toEqual(['boardTaskFinished', ...taskFamilies.map(finishedEventOf)].sort());
	const names = event.options.map((option) => option.name);
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	expect(new Set(values).size).toBe(values.length);
});

test.each(families)('%s: Specific Tasks queries the family path and emits the finished task once', async (_label, family) => {
	const event = finishedEventOf(family);
	const scope = topview();
	const seen = recordRequests(scope);
	scope.get(family.queryPath).query({ taskId: 'f-1' }).reply(200, ok({ taskId: 'f-1', status: 'running' }));
	scope.get(family.queryPath).query({ taskId: 'f-1' }).reply(200, ok({ taskId: 'f-1', status: 'success', costCredit: 3 }));
	const trigger = createTrigger({ event, watch: 'taskIds', taskIds: 'f-1', emitOn: 'both', options: {} });

	expect(await trigger.poll()).toBeNull();
	expect(await trigger.poll()).toEqual([[{ json: { taskId: 'f-1', status: 'success', costCredit: 3, event } }]]);
	expect(await trigger.poll()).toBeNull();
	expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
		`GET ${family.queryPath}?taskId=f-1`,
		`GET ${family.queryPath}?taskId=f-1`,
	]);
});

test.each(families)('%s: All Tasks on the Account reads the credit log by the family task type', async (_label, family) => {
	const event = finishedEventOf(family);
	const taskType = family.taskType ?? family.id;
	const scope = topview();
	scope
		.get('/user/credit/logs')
		.query((query) => query.taskType === taskType && query.pageNo === '1')
		.reply(200, ok({ total: 0, pageNo: 1, pageSize: 100, data: [] }));
	const trigger = createTrigger({ event, watch: 'account', emitOn: 'both', options: {} });

	expect(await trigger.poll()).toBeNull();
	expect(scope.isDone()).toBe(true);
});
