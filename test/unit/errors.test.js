const { runTopview } = require('../helpers/engine');
const { topview, fail, everything, networkError, recordRequests } = require('../helpers/http');

const locator = (value) => ({ __rl: true, mode: 'id', value });
const submitParameters = {
	resource: 'videoAvatar',
	operation: 'submit',
	avatarSourceFrom: 1,
	aiAvatarId: locator('3327'),
	ttsText: 'Hello',
};
const queryParameters = { resource: 'videoAvatar', operation: 'query', taskId: 'task-42' };

const businessErrors = [
	['401', 'Unauthorized', /Check the UID and API key/],
	['4000', 'voiceSpeed out of range', /Check the field named in the message/],
	['4001', 'format mismatch', /wrong format/],
	['4003', 'ttsText cannot be null', /required field is empty/],
	['4007', 'Unfinished task exists', /previous task is still running/],
	['4100', 'Credit not enough', /Top up your Topview account; note that Ultra monthly credits cannot be spent through the API/],
	['5003', 'Server busy', /Topview is busy/],
	['6001', 'Security problem detected', /content filter/],
];

describe('business errors in the body become NodeApiError with code, message and hint', () => {
	for (const [code, message, hint] of businessErrors) {
		test(`code ${code} on Query`, async () => {
			// 5003 is retried on a query; answer it every time so the error still surfaces.
			topview().get('/v1/video_avatar/task/query').query(true).times(10).reply(200, fail(code, message));

			const run = await runTopview(queryParameters);

			expect(run.status).toBe('error');
			expect(run.error.name).toBe('NodeApiError');
			expect(run.error.message).toBe(`Topview error ${code}: ${message} (task task-42)`);
			expect(run.error.httpCode).toBe(code);
			expect(run.error.description).toMatch(hint);
			expect(everything(run)).not.toContain('sk-test-secret-key');
		});
	}

	test('numeric codes are read like string codes', async () => {
		topview().post('/v1/video_avatar/task/submit').reply(200, { code: 4100, message: 'Credit not enough', result: null });

		const run = await runTopview(submitParameters);

		expect(run.error.message).toBe('Topview error 4100: Credit not enough');
		expect(run.error.description).toMatch(/Top up/);
	});

	test('an unknown code is shown as it is, without retry', async () => {
		const scope = topview().post('/v1/video_avatar/task/submit').reply(200, fail('4015', 'reference audio too long'));

		const run = await runTopview(submitParameters);

		expect(scope.isDone()).toBe(true);
		expect(run.error.message).toBe('Topview error 4015: reference audio too long');
	});
});

describe('HTTP errors and broken bodies get the same treatment', () => {
	test('a gateway HTTP 401 carrying an envelope shows Topview code and hint', async () => {
		topview().post('/v1/video_avatar/task/submit').times(2).reply(401, fail('401', 'Unauthorized'));

		const run = await runTopview(submitParameters);

		expect(run.error.message).toBe('Topview error 401: Unauthorized');
		expect(run.error.description).toMatch(/Check the UID and API key/);
		expect(everything(run)).not.toContain('sk-test-secret-key');
	});

	test('HTTP 500 with an HTML body on a query, after retries', async () => {
		const scope = topview().get('/v1/video_avatar/task/query').query(true).times(6).reply(500, '<html>Internal Error</html>');
		const seen = recordRequests(scope);

		const run = await runTopview(queryParameters);

		// The first try and the 5 transient retries, all for the same task.
		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(Array(6).fill('GET /v1/video_avatar/task/query?taskId=task-42'));

		expect(run.error.message).toBe('Topview request failed (500): HTTP 500: <html>Internal Error</html> (task task-42)');
		expect(everything(run)).not.toContain('sk-test-secret-key');
	});

	test('a body that is not JSON on a query', async () => {
		const scope = topview().get('/v1/video_avatar/task/query').query(true).times(6).reply(200, 'not json at all', { 'Content-Type': 'text/plain' });
		const seen = recordRequests(scope);

		const run = await runTopview(queryParameters);

		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(Array(6).fill('GET /v1/video_avatar/task/query?taskId=task-42'));

		expect(run.error.message).toBe(
			'Topview request failed (INVALID_RESPONSE): Topview answered with something that is not a JSON envelope (task task-42)',
		);
		expect(run.error.description).toMatch(/Check the Base URL/);
	});

	test('a body that is not JSON on a submit is not re-sent: the task may exist', async () => {
		const scope = topview().post('/v1/video_avatar/task/submit').reply(200, 'not json at all', { 'Content-Type': 'text/plain' });

		const run = await runTopview(submitParameters);

		expect(scope.isDone()).toBe(true);
		expect(run.error.message).toMatch(/^Topview request failed \(INVALID_RESPONSE\)/);
		expect(run.error.description).toMatch(/may have reached Topview and created a task; it was not sent again/);
	});
});

test('no error, description or output ever contains the API key', async () => {
	topview().post('/v1/video_avatar/task/submit').reply(200, fail('4000', 'bad'));
	topview().get('/v1/video_avatar/task/query').query(true).replyWithError(networkError('ECONNRESET'));
	topview().get('/v1/video_avatar/task/query').query(true).times(10).replyWithError(networkError('ECONNRESET'));

	const runs = [await runTopview(submitParameters), await runTopview(queryParameters)];

	for (const run of runs) {
		expect(run.status).toBe('error');
		expect(everything(run)).not.toContain('sk-test-secret-key');
	}
	expect(runs[1].error.message).toBe('Topview request failed (ECONNRESET): socket hang up (task task-42)');
});
