// Marketing Video Get Many and Delete: the exact requests (test/contract/fixtures/marketingVideo/) and items.
const { runTopview } = require('../helpers/engine');
const { topview, recordRequests, unmatchedRequests } = require('../helpers/http');
const { fixture, requestProblems, parseRecorded, documentedResponse } = require('../contract/contract');

const run = (operation, parameters = {}) => runTopview({ resource: 'marketingVideo', operation, ...parameters });

test('Get Many pages GET /v1/m2v/task/list; each task is an item', async () => {
	const fx = fixture('m2vGetMany');
	const scope = topview().get('/v1/m2v/task/list').query({ pageNo: '1', pageSize: '20' }).reply(200, documentedResponse(fx));
	const seen = recordRequests(scope);

	const out = await run('getAll', { returnAll: false, limit: 20 });

	expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
	expect(out.items).toEqual([{ json: documentedResponse(fx).result.data[0], pairedItem: { item: 0 } }]);
});

test('Delete sends DELETE /v1/m2v/task/delete with taskIds in the body', async () => {
	const fx = fixture('m2vDelete');
	const scope = topview().delete('/v1/m2v/task/delete').reply(200, documentedResponse(fx));
	const seen = recordRequests(scope);

	const out = await run('delete', { taskIds: ' m2v-1, m2v-2 ,' });

	expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
	expect(seen[0].body).toEqual({ taskIds: ['m2v-1', 'm2v-2'] });
	expect(out.items).toEqual([{ json: { deleted: true, taskIds: ['m2v-1', 'm2v-2'] }, pairedItem: { item: 0 } }]);
});

test('Delete without task IDs fails before any request', async () => {
	const unmatched = unmatchedRequests();
	try {
		const out = await run('delete', { taskIds: ' , ' });
		expect(out.status).toBe('error');
		expect(out.error.message).toMatch(/Task IDs is empty/);
		expect(unmatched.requests).toHaveLength(0);
	} finally {
		unmatched.stop();
	}
});
