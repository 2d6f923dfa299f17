const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');
const { retryTiming } = require('../../dist/nodes/Topview/shared/retry.js');

beforeAll(() => {
	retryTiming.scale = 0.001;
});
afterAll(() => {
	retryTiming.scale = 1;
});
afterEach(() => nock.cleanAll());

const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const submit = (parameters) => ({ resource: 'imageTranslate', operation: 'submit', ...parameters });

describe('Submit', () => {
	test('single image: fileId and the languages list', async () => {
		const scope = topview().post('/v1/image_translate/single/task/submit').reply(200, ok({ taskId: 'it-1', status: 'init' }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			submit({ fileId: 'file-img', languages: ['de', 'fr'], additionalFields: { noticeUrl: 'https://hooks.example.com/it' } }),
		);

		expect(run.error).toBeUndefined();
		expect(seen[0].body).toEqual({ fileId: 'file-img', languages: ['de', 'fr'], noticeUrl: 'https://hooks.example.com/it' });
		expect(run.items).toEqual([{ json: { taskId: 'it-1', status: 'init' }, pairedItem: { item: 0 } }]);
	});

	test('batch: fileIds as a list at the batch path; the answer becomes one item per task', async () => {
		const scope = topview()
			.post('/v1/image_translate/batch/task/submit')
			.reply(200, ok({ taskIds: ['it-a', 'it-b'], tasks: [{ taskId: 'it-a', fileId: 'f1' }, { taskId: 'it-b', fileId: 'f2' }] }));
		const seen = recordRequests(scope);

		const run = await runTopview(submit({ mode: 'batch', fileIds: ' f1, f2 ,', fileId: 'stale', languages: ['ja'] }));

		expect(seen[0].body).toEqual({ fileIds: ['f1', 'f2'], languages: ['ja'] });
		expect(run.items).toEqual([
			{ json: { taskId: 'it-a', fileId: 'f1' }, pairedItem: { item: 0 } },
			{ json: { taskId: 'it-b', fileId: 'f2' }, pairedItem: { item: 0 } },
		]);
	});

	test('a batch answer with only taskIds, or a single taskId, is handled too', async () => {
		topview().post('/v1/image_translate/batch/task/submit').reply(200, ok({ taskIds: ['it-x', 'it-y'] }));
		topview().post('/v1/image_translate/batch/task/submit').reply(200, ok({ taskId: 'it-one' }));

		const both = await runTopview(submit({ mode: 'batch', fileIds: '={{ ["f1", "f2"] }}', languages: ['es'] }));
		const one = await runTopview(submit({ mode: 'batch', fileIds: 'f1', languages: ['es'] }));

		expect(both.items.map((item) => item.json)).toEqual([{ taskId: 'it-x' }, { taskId: 'it-y' }]);
		expect(one.items.map((item) => item.json)).toEqual([{ taskId: 'it-one' }]);
	});

	test('an image from a binary field is uploaded, then translated', async () => {
		const api = topview();
		api.get('/v1/upload/credential').query({ format: 'webp' }).reply(200, ok({ fileId: 'file-up', fileName: 'file-up.webp', format: 'webp', uploadUrl: 'https://storage.example.com/up/file-up' }));
		api.get('/v1/upload/check').query({ fileId: 'file-up' }).reply(200, ok(true));
		const storage = nock('https://storage.example.com').put('/up/file-up').reply(200, '');
		const scope = topview().post('/v1/image_translate/single/task/submit').reply(200, ok({ taskId: 'it-up' }));
		const seen = recordRequests(scope);

		const run = await runTopview(submit({ imageFileInput: 'binary', imageBinaryPropertyName: 'poster', languages: ['en'] }), {
			items: [{ json: {}, binary: { poster: { data: Buffer.from('RIFF').toString('base64'), mimeType: 'image/webp', fileName: 'poster.webp' } } }],
		});

		expect(run.error).toBeUndefined();
		expect(storage.isDone()).toBe(true);
		expect(seen[0].body).toEqual({ fileId: 'file-up', languages: ['en'] });
	});

	test.each([
		['no language', { fileId: 'f', languages: '={{ [] }}' }, 'Target Languages is empty: choose at least one language to translate into'],
		['no image', { fileId: '={{ "" }}', languages: ['de'] }, 'Image File ID is required: upload the image with File → Upload and use its fileId, or choose Binary File'],
		['a batch without file IDs', { mode: 'batch', fileIds: '={{ " , " }}', languages: ['de'] }, 'Image File IDs is empty: enter the fileIds of the uploaded images, separated by commas'],
	])('%s is refused before any request', async (_case, parameters, message) => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(submit(parameters));

			expect(run.error.message).toBe(message);
			expect(run.error.description).toMatch(/Nothing was sent to Topview/);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});
});

describe('Wait for Completion', () => {
	const details = (taskId) => [{ language: 'de', finishedImageUrl: `https://cdn.example.com/${taskId}-de.png` }];

	test('single: submit → running → success with details and cost', async () => {
		topview().post('/v1/image_translate/single/task/submit').reply(200, ok({ taskId: 'it-w' }));
		const query = topview();
		query.get('/v1/image_translate/single/task/query').query({ taskId: 'it-w' }).reply(200, ok({ taskId: 'it-w', status: 'running' }));
		query
			.get('/v1/image_translate/single/task/query')
			.query({ taskId: 'it-w' })
			.reply(200, ok({ taskId: 'it-w', status: 'success', details: details('it-w'), costCredit: 2 }));

		const run = await runTopview(submit({ fileId: 'f', languages: ['de'], waitForCompletion: true, options: fastWait }));

		expect(query.isDone()).toBe(true);
		expect(run.items).toEqual([
			{ json: { taskId: 'it-w', status: 'success', details: details('it-w'), costCredit: 2 }, pairedItem: { item: 0 } },
		]);
	});

	test('batch: every task of the batch is waited for at the single query path', async () => {
		topview()
			.post('/v1/image_translate/batch/task/submit')
			.reply(200, ok({ tasks: [{ taskId: 'b-1', fileId: 'f1' }, { taskId: 'b-2', fileId: 'f2' }] }));
		const query = topview();
		for (const taskId of ['b-1', 'b-2']) {
			query.get('/v1/image_translate/single/task/query').query({ taskId }).reply(200, ok({ taskId, status: 'init' }));
			query.get('/v1/image_translate/single/task/query').query({ taskId }).reply(200, ok({ taskId, status: 'success', details: details(taskId) }));
		}

		const run = await runTopview(submit({ mode: 'batch', fileIds: 'f1,f2', languages: ['de'], waitForCompletion: true, options: fastWait }));

		expect(query.isDone()).toBe(true);
		expect(run.items).toEqual([
			{ json: { taskId: 'b-1', status: 'success', details: details('b-1') }, pairedItem: { item: 0 } },
			{ json: { taskId: 'b-2', status: 'success', details: details('b-2') }, pairedItem: { item: 0 } },
		]);
	});
});

test('Query → GET the single query path with the task ID', async () => {
	const result = { taskId: 'it-q', status: 'success', details: [{ language: 'fr', finishedImageUrl: 'https://cdn.example.com/it-q.png' }], costCredit: 2 };
	const scope = topview().get('/v1/image_translate/single/task/query').query({ taskId: 'it-q' }).reply(200, ok(result));
	const seen = recordRequests(scope);

	const run = await runTopview({ resource: 'imageTranslate', operation: 'query', taskId: 'it-q' });

	expect(seen).toHaveLength(1);
	expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
});
