const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests, networkError } = require('../helpers/http');

const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const submit = (parameters) => ({ resource: 'imageTranslate', operation: 'submit', ...parameters });
const png = Buffer.from('89504e470d0a1a0a', 'hex');

describe('Submit', () => {
	test('single image: fileId, the languages by name and the callback URL', async () => {
		const scope = topview().post('/v1/image_translate/single/task/submit').reply(200, ok({ taskId: 'it-1', status: 'init' }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			submit({ fileId: 'file-img', languages: ['English', 'Italian'], additionalFields: { noticeUrl: 'https://hooks.example.com/it' } }),
		);

		expect(run.error).toBeUndefined();
		expect(seen[0].body).toEqual({ fileId: 'file-img', languages: ['English', 'Italian'], noticeUrl: 'https://hooks.example.com/it' });
		expect(run.items).toEqual([{ json: { taskId: 'it-1', status: 'init' }, pairedItem: { item: 0 } }]);
	});

	test('language codes saved by older workflows are sent as the names Topview expects', async () => {
		const scope = topview().post('/v1/image_translate/single/task/submit').reply(200, ok({ taskId: 'it-2' }));
		const seen = recordRequests(scope);

		await runTopview(submit({ fileId: 'f', languages: ['de', 'fr', 'Japanese'] }));

		expect(seen[0].body.languages).toEqual(['German', 'French', 'Japanese']);
	});

	test('batch: fileIds as a list at the batch path; its one task ID is output', async () => {
		const scope = topview().post('/v1/image_translate/batch/task/submit').reply(200, ok({ taskId: 'b-1', status: 'init' }));
		const seen = recordRequests(scope);

		const run = await runTopview(submit({ mode: 'batch', fileIds: ' f1, f2 ,', fileId: 'stale', languages: ['Spanish'] }));

		expect(seen[0].body).toEqual({ fileIds: ['f1', 'f2'], languages: ['Spanish'] });
		expect(run.items).toEqual([{ json: { taskId: 'b-1', status: 'init' }, pairedItem: { item: 0 } }]);
	});

	test('an image from a binary field is uploaded, then translated', async () => {
		const api = topview();
		api.get('/v1/upload/credential').query({ format: 'webp' }).reply(200, ok({ fileId: 'file-up', fileName: 'file-up.webp', format: 'webp', uploadUrl: 'https://storage.example.com/up/file-up' }));
		api.get('/v1/upload/check').query({ fileId: 'file-up' }).reply(200, ok(true));
		const storage = nock('https://storage.example.com').put('/up/file-up').reply(200, '');
		const scope = topview().post('/v1/image_translate/single/task/submit').reply(200, ok({ taskId: 'it-up' }));
		const seen = recordRequests(scope);

		const run = await runTopview(submit({ imageFileInput: 'binary', imageBinaryPropertyName: 'poster', languages: ['English'] }), {
			items: [{ json: {}, binary: { poster: { data: Buffer.from('RIFF').toString('base64'), mimeType: 'image/webp', fileName: 'poster.webp' } } }],
		});

		expect(run.error).toBeUndefined();
		expect(storage.isDone()).toBe(true);
		expect(seen[0].body).toEqual({ fileId: 'file-up', languages: ['English'] });
	});

	test.each([
		['no language', { fileId: 'f', languages: '={{ [] }}' }, 'Target Languages is empty: choose at least one language to translate into'],
		['no image', { fileId: '={{ "" }}', languages: ['German'] }, 'Image File ID is required: upload the image with File → Upload and use its fileId, or choose Binary File'],
		['a batch without file IDs', { mode: 'batch', fileIds: '={{ " , " }}', languages: ['German'] }, 'Image File IDs is empty: enter the fileIds of the uploaded images, separated by commas'],
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

describe('Wait for Completion runs translate → generate → images', () => {
	const details = [
		{ language: 'English', finishedImageUrl: 'https://cdn.example.com/it-w-en.png' },
		{ language: 'Italian', finishedImageUrl: 'https://cdn.example.com/it-w-it.png' },
	];

	test('single: the translate task is waited for, its ID submitted to generate, the images output', async () => {
		const api = topview();
		const seen = recordRequests(api);
		api.post('/v1/image_translate/single/task/submit').reply(200, ok({ taskId: 'it-w', status: 'init' }));
		api.get('/v1/image_translate/single/task/query').query({ taskId: 'it-w' }).reply(200, ok({ taskId: 'it-w', status: 'running' }));
		api.get('/v1/image_translate/single/task/query').query({ taskId: 'it-w' }).reply(200, ok({ taskId: 'it-w', status: 'success' }));
		api.post('/v1/image_generate/single/task/submit').reply(200, ok({ taskId: 'it-w', status: 'init' }));
		api.get('/v1/image_generate/task/query').query({ taskId: 'it-w' }).reply(200, ok({ taskId: 'it-w', status: 'running' }));
		api
			.get('/v1/image_generate/task/query')
			.query({ taskId: 'it-w' })
			.reply(200, ok({ taskId: 'it-w', status: 'success', details, costCredit: 4 }));

		const run = await runTopview(
			submit({
				fileId: 'f',
				languages: ['English', 'Italian'],
				additionalFields: { noticeUrl: 'https://hooks.example.com/it' },
				waitForCompletion: true,
				options: fastWait,
			}),
		);

		expect(run.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual([
			'POST /v1/image_translate/single/task/submit',
			'GET /v1/image_translate/single/task/query',
			'GET /v1/image_translate/single/task/query',
			'POST /v1/image_generate/single/task/submit',
			'GET /v1/image_generate/task/query',
			'GET /v1/image_generate/task/query',
		]);
		expect(seen[0].body).toEqual({ fileId: 'f', languages: ['English', 'Italian'], noticeUrl: 'https://hooks.example.com/it' });
		expect(seen[3].body).toEqual({ taskId: 'it-w', noticeUrl: 'https://hooks.example.com/it' });
		expect(run.items).toEqual([
			{
				json: { taskId: 'it-w', status: 'success', details, costCredit: 4, imageTranslateTaskId: 'it-w' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Download Result attaches every language image as data_0, data_1 …', async () => {
		const api = topview();
		api.post('/v1/image_translate/single/task/submit').reply(200, ok({ taskId: 'it-d' }));
		api.get('/v1/image_translate/single/task/query').query({ taskId: 'it-d' }).reply(200, ok({ taskId: 'it-d', status: 'success' }));
		api.post('/v1/image_generate/single/task/submit').reply(200, ok({ taskId: 'gen-d' }));
		api.get('/v1/image_generate/task/query').query({ taskId: 'gen-d' }).reply(200, ok({ taskId: 'gen-d', status: 'success', details }));
		nock('https://cdn.example.com').get('/it-w-en.png').reply(200, png, { 'Content-Type': 'image/png' });
		nock('https://cdn.example.com').get('/it-w-it.png').reply(200, png, { 'Content-Type': 'image/png' });

		const run = await runTopview(
			submit({ fileId: 'f', languages: ['English', 'Italian'], waitForCompletion: true, options: { ...fastWait, downloadResult: true } }),
		);

		expect(run.error).toBeUndefined();
		const [item] = run.items;
		expect(item.json).toEqual({ taskId: 'gen-d', status: 'success', details, imageTranslateTaskId: 'it-d' });
		expect(Object.keys(item.binary)).toEqual(['data_0', 'data_1']);
		expect(item.binary.data_0).toMatchObject({ mimeType: 'image/png', fileName: 'gen-d_0.png' });
		expect(item.binary.data_1).toMatchObject({ mimeType: 'image/png', fileName: 'gen-d_1.png' });
	});

	test('a failed translate step stops the chain: nothing is generated, the error names the task', async () => {
		const api = topview();
		api.post('/v1/image_translate/single/task/submit').reply(200, ok({ taskId: 'it-f' }));
		api.get('/v1/image_translate/single/task/query').query({ taskId: 'it-f' }).reply(200, ok({ taskId: 'it-f', status: 'fail', errorMsg: 'no text found' }));
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(submit({ fileId: 'f', languages: ['English'], waitForCompletion: true, options: fastWait }));

			expect(run.error.message).toBe('Topview Image Translate task it-f failed: no text found');
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('batch: one generate task, waited for on the generate query, one item per source image', async () => {
		const batchDetails = [
			{ fileId: 'f1', language: 'English', finishedImageUrl: 'https://cdn.example.com/f1-en.png' },
			{ fileId: 'f2', language: 'English', finishedImageUrl: 'https://cdn.example.com/f2-en.png' },
		];
		const api = topview();
		api.post('/v1/image_translate/batch/task/submit').reply(200, ok({ taskId: 'b-1' }));
		api.get('/v1/image_generate/task/query').query({ taskId: 'b-1' }).reply(200, ok({ taskId: 'b-1', status: 'init' }));
		api.get('/v1/image_generate/task/query').query({ taskId: 'b-1' }).reply(200, ok({ taskId: 'b-1', status: 'success', details: batchDetails }));

		const run = await runTopview(submit({ mode: 'batch', fileIds: 'f1,f2', languages: ['English'], waitForCompletion: true, options: fastWait }));

		expect(api.isDone()).toBe(true);
		expect(run.items).toEqual([
			{ json: { taskId: 'b-1', status: 'success', fileId: 'f1', details: [batchDetails[0]] }, pairedItem: { item: 0 } },
			{ json: { taskId: 'b-1', status: 'success', fileId: 'f2', details: [batchDetails[1]] }, pairedItem: { item: 0 } },
		]);
	});
});

describe('Generate Images and the two queries', () => {
	test('Generate Images → POST the generate path with the translate task ID', async () => {
		const scope = topview().post('/v1/image_generate/single/task/submit').reply(200, ok({ taskId: 'it-g', status: 'init' }));
		const seen = recordRequests(scope);

		const run = await runTopview({ resource: 'imageTranslate', operation: 'generateImages', translateTaskId: 'it-g' });

		expect(seen[0].body).toEqual({ taskId: 'it-g' });
		expect(run.items).toEqual([{ json: { taskId: 'it-g', status: 'init' }, pairedItem: { item: 0 } }]);
	});

	test('Query → GET the translate query path', async () => {
		const result = { taskId: 'it-q', status: 'success' };
		topview().get('/v1/image_translate/single/task/query').query({ taskId: 'it-q' }).reply(200, ok(result));

		const run = await runTopview({ resource: 'imageTranslate', operation: 'query', taskId: 'it-q' });

		expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
	});

	test('Query Images → GET the generate query path with the images', async () => {
		const result = { taskId: 'it-q', status: 'success', details: [{ language: 'French', finishedImageUrl: 'https://cdn.example.com/q.png' }], costCredit: 2 };
		topview().get('/v1/image_generate/task/query').query({ taskId: 'it-q' }).reply(200, ok(result));

		const run = await runTopview({ resource: 'imageTranslate', operation: 'queryImages', taskId: 'it-q' });

		expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
	});
});

test('a lost connection on the generate submit is not re-sent and says the task may exist', async () => {
	const api = topview();
	api.post('/v1/image_translate/single/task/submit').reply(200, ok({ taskId: 'it-l' }));
	api.get('/v1/image_translate/single/task/query').query({ taskId: 'it-l' }).reply(200, ok({ taskId: 'it-l', status: 'success' }));
	api.post('/v1/image_generate/single/task/submit').replyWithError(networkError('ECONNRESET'));
	const unmatched = unmatchedRequests();
	try {
		const run = await runTopview(submit({ fileId: 'f', languages: ['English'], waitForCompletion: true, options: fastWait }));

		expect(run.error.message).toContain('it-l');
		expect(run.error.description).toMatch(/may have reached Topview and created a task; it was not sent again/);
		expect(unmatched.requests).toEqual([]);
	} finally {
		unmatched.stop();
	}
});
