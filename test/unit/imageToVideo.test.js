const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');

const SUBMIT = '/v2/common_task/image2video/task/submit';
const QUERY = '/v2/common_task/image2video/task/query';
const STORAGE = 'https://storage.example.com';
const CDN = 'https://cdn.example.com';
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const submit = (parameters) => ({ resource: 'imageToVideo', operation: 'submit', ...parameters });

describe('Image to Video → Submit', () => {
	test('sends the first frame, model and prompt; outputs the accepted task', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'i2v-1', status: 'init', errorMsg: null }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			submit({ model: 'Standard', firstFrameFileId: 'file-first', prompt: 'The bottle spins slowly' }),
		);

		expect(run.error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].method).toBe('POST');
		expect(seen[0].path).toBe(SUBMIT);
		expect(seen[0].body).toEqual({ model: 'Standard', firstFrameFileId: 'file-first', prompt: 'The bottle spins slowly' });
		expect(run.items).toEqual([{ json: { taskId: 'i2v-1', status: 'init', errorMsg: null }, pairedItem: { item: 0 } }]);
	});

	test('every additional field reaches the body with the API names and types; Additional Body Fields are merged', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'i2v-2', boardId: 'b-1', boardTaskIds: ['bt-1'] }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			submit({
				firstFrameFileId: 'file-first',
				endFrameFileId: 'file-end',
				additionalFields: {
					aspectRatio: '16:9',
					boardId: { __rl: true, mode: 'id', value: 'b-1' },
					noticeUrl: 'https://hooks.example.com/topview',
					duration: 10,
					generatingCount: 2,
					resolution: 1080,
					sound: false,
					additionalBodyFields: '{"negativePrompt": "blur", "duration": 99}',
				},
			}),
		);

		expect(run.error).toBeUndefined();
		expect(seen[0].body).toEqual({
			firstFrameFileId: 'file-first',
			endFrameFileId: 'file-end',
			aspectRatio: '16:9',
			boardId: 'b-1',
			noticeUrl: 'https://hooks.example.com/topview',
			duration: 10,
			generatingCount: 2,
			resolution: 1080,
			sound: 'off',
			negativePrompt: 'blur',
		});
		expect(run.items[0].json).toEqual({ taskId: 'i2v-2', boardId: 'b-1', boardTaskIds: ['bt-1'] });
	});

	test('reference images instead of a first frame: a comma-separated list becomes an array', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'i2v-3' }));
		const seen = recordRequests(scope);

		await runTopview(
			submit({ model: 'Kling O3 Reference-to-Video', additionalFields: { referenceImageFileIds: ' ref-1, ref-2 ,' } }),
		);

		expect(seen[0].body).toEqual({ model: 'Kling O3 Reference-to-Video', referenceImageFileIds: ['ref-1', 'ref-2'] });
	});

	test('Sound on is sent as "on"', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'i2v-4' }));
		const seen = recordRequests(scope);

		await runTopview(submit({ firstFrameFileId: 'file-first', additionalFields: { sound: true } }));

		expect(seen[0].body).toEqual({ firstFrameFileId: 'file-first', sound: 'on' });
	});

	test.each([
		['no first frame and no reference images', { prompt: 'Hi' }, /^First Frame is required/, 'firstFrameFileId'],
		['an end frame without a first frame', { endFrameFileId: 'file-end', additionalFields: { referenceImageFileIds: 'r1,r2' } }, /^End Frame needs a First Frame/, 'endFrameFileId'],
		['five videos', { firstFrameFileId: 'f', additionalFields: { generatingCount: 5 } }, /^Number of Videos must be from 1 to 4$/, 'generatingCount'],
		['a relative callback URL', { firstFrameFileId: 'f', additionalFields: { noticeUrl: '/hook' } }, /^Callback URL must be an absolute http\(s\) URL/, 'noticeUrl'],
	])('%s is rejected before any request', async (_name, parameters, message, field) => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(submit(parameters));

			expect(run.status).toBe('error');
			expect(run.error.message).toMatch(message);
			expect(run.error.description).toContain(`Parameter: ${field}.`);
			expect(run.error.description).toMatch(/Nothing was sent to Topview/);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('invalid Additional Body Fields JSON is rejected before any request', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(submit({ firstFrameFileId: 'f', additionalFields: { additionalBodyFields: '{nope' } }));

			expect(run.error.message).toBe('Additional Body Fields is not valid JSON');
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('first and end frames from binaries: both uploaded, then one submit with their fileIds', async () => {
		const api = topview();
		for (const [fileId, format] of [['file-up-1', 'png'], ['file-up-2', 'jpg']]) {
			api.get('/v1/upload/credential').query({ format }).reply(200, ok({ fileId, fileName: `${fileId}.${format}`, format, uploadUrl: `${STORAGE}/up/${fileId}` }));
			api.get('/v1/upload/check').query({ fileId }).reply(200, ok(true));
			nock(STORAGE).put(`/up/${fileId}`).reply(200, '');
		}
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'i2v-bin' }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			submit({
				firstFrameFileInput: 'binary',
				firstFrameBinaryPropertyName: 'first',
				endFrameFileInput: 'binary',
				endFrameBinaryPropertyName: 'last',
				prompt: 'Day turns to night',
			}),
			{
				items: [
					{
						json: {},
						binary: {
							first: { data: Buffer.from('png-bytes').toString('base64'), mimeType: 'image/png', fileName: 'day.png' },
							last: { data: Buffer.from('jpg-bytes').toString('base64'), mimeType: 'image/jpeg', fileName: 'night.jpg' },
						},
					},
				],
			},
		);

		expect(run.error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].body).toEqual({ firstFrameFileId: 'file-up-1', endFrameFileId: 'file-up-2', prompt: 'Day turns to night' });
		expect(run.items[0].json).toEqual({ taskId: 'i2v-bin' });
	});

	test('Wait for Completion: submit → running → success outputs the final result', async () => {
		const submits = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'i2v-w' })));
		const query = topview();
		query.get(QUERY).query({ taskId: 'i2v-w' }).reply(200, ok({ taskId: 'i2v-w', status: 'running', errorMsg: null, finishedVideoUrl: null }));
		const done = { taskId: 'i2v-w', status: 'success', errorMsg: null, finishedVideoUrl: `${CDN}/i2v-w.mp4`, costCredit: 5 };
		query.get(QUERY).query({ taskId: 'i2v-w' }).reply(200, ok(done));
		const queries = recordRequests(query);
		const run = await runTopview(
			submit({ firstFrameFileId: 'file-first', waitForCompletion: true, options: fastWait }),
		);

		expect(run.error).toBeUndefined();
		expect(submits).toHaveLength(1);
		expect(queries.map((q) => `${q.method} ${q.path}`)).toEqual([`GET ${QUERY}?taskId=i2v-w`, `GET ${QUERY}?taskId=i2v-w`]);
		expect(run.items).toHaveLength(1);
		expect(run.items[0].json).toEqual(done);
		// Without Download Result nothing is attached (the videos stay as URLs under videos[]).
		expect(run.items[0].binary).toBeUndefined();
	});
});

describe('Image to Video → Query', () => {
	test('sends taskId (and needCloudFrontUrl) and outputs the result as is', async () => {
		const result = { taskId: 'i2v-q', status: 'success', errorMsg: null, finishedVideoUrl: `${CDN}/i2v-q.mp4`, finishedVideoCoverUrl: `${CDN}/i2v-q.png`, costCredit: 5 };
		const scope = topview().get(QUERY).query({ taskId: 'i2v-q', needCloudFrontUrl: 'true' }).reply(200, ok(result));
		const seen = recordRequests(scope);

		const run = await runTopview({ resource: 'imageToVideo', operation: 'query', taskId: 'i2v-q', options: { needCloudFrontUrl: true } });

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${QUERY}?taskId=i2v-q&needCloudFrontUrl=true`]);
		expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
	});
});
