const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');

const SUBMIT = '/v1/common_task/video2aiAvatar/submit';
const QUERY = '/v1/common_task/video2aiAvatar/query';
const STORAGE = 'https://storage.example.com';
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const aiAvatar = { aiavatarId: 'ca-77', aiavatarName: 'Avatar from video', isCustom: true, coverUrl: 'https://cdn.example.com/ca-77.png' };

describe('Video to Avatar → Submit', () => {
	test('sends videoFileId and noticeUrl; outputs the accepted task', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'v2a-1', status: 'init', errorMsg: null, noticeUuid: 'uuid-1' }));
		const seen = recordRequests(scope);

		const run = await runTopview({
			resource: 'videoToAvatar',
			operation: 'submit',
			videoFileId: 'file-video-1',
			additionalFields: { noticeUrl: 'https://hooks.example.com/topview' },
		});

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => [r.method, r.path, r.body])).toEqual([
			['POST', SUBMIT, { videoFileId: 'file-video-1', noticeUrl: 'https://hooks.example.com/topview' }],
		]);
		expect(run.items).toEqual([
			{ json: { taskId: 'v2a-1', status: 'init', errorMsg: null, noticeUuid: 'uuid-1' }, pairedItem: { item: 0 } },
		]);
	});

	test('an empty video file ID is rejected before any request', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview({ resource: 'videoToAvatar', operation: 'submit', videoFileId: '={{ $json.missing }}' });

			expect(run.status).toBe('error');
			expect(run.error.message).toMatch(/^Video File ID is required/);
			expect(run.error.description).toMatch(/Parameter: videoFileId\. .*Nothing was sent to Topview/);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('a binary video is uploaded, then submitted with its fileId', async () => {
		const api = topview();
		api.get('/v1/upload/credential').query({ format: 'mov' }).reply(200, ok({ fileId: 'file-mov', fileName: 'file-mov.mov', format: 'mov', uploadUrl: `${STORAGE}/up/file-mov` }));
		api.get('/v1/upload/check').query({ fileId: 'file-mov' }).reply(200, ok(true));
		const storage = nock(STORAGE).put('/up/file-mov').reply(200, '');
		const puts = [];
		storage.on('request', (_req, _i, body) => puts.push(body));
		const seen = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'v2a-bin' })));

		const run = await runTopview(
			{ resource: 'videoToAvatar', operation: 'submit', videoFileInput: 'binary', videoBinaryPropertyName: 'clip' },
			{ items: [{ json: {}, binary: { clip: { data: Buffer.from('mov-bytes').toString('base64'), mimeType: 'video/quicktime', fileName: 'me.mov' } } }] },
		);

		expect(run.error).toBeUndefined();
		expect(puts).toEqual(['mov-bytes']);
		expect(seen.map((r) => r.body)).toEqual([{ videoFileId: 'file-mov' }]);
		expect(run.items[0].json).toEqual({ taskId: 'v2a-bin' });
	});

	test('Wait for Completion: submit → running → success outputs the new custom avatar', async () => {
		const submits = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'v2a-w' })));
		const query = topview();
		query.get(QUERY).query({ taskId: 'v2a-w' }).reply(200, ok({ taskId: 'v2a-w', status: 'running', errorMsg: null, aiAvatar: null }));
		query.get(QUERY).query({ taskId: 'v2a-w' }).reply(200, ok({ taskId: 'v2a-w', status: 'success', errorMsg: null, aiAvatar, costCredit: 1 }));
		const queries = recordRequests(query);

		const run = await runTopview({
			resource: 'videoToAvatar',
			operation: 'submit',
			videoFileId: 'file-video-1',
			waitForCompletion: true,
			options: fastWait,
		});

		expect(run.error).toBeUndefined();
		expect(submits).toHaveLength(1);
		expect(queries).toHaveLength(2);
		expect(run.items).toEqual([
			{ json: { taskId: 'v2a-w', status: 'success', errorMsg: null, aiAvatar, costCredit: 1 }, pairedItem: { item: 0 } },
		]);
	});
});

describe('Video to Avatar → Query', () => {
	test('sends taskId and outputs the result with aiAvatar as is', async () => {
		const result = { taskId: 'v2a-q', status: 'success', errorMsg: null, aiAvatar };
		const seen = recordRequests(topview().get(QUERY).query({ taskId: 'v2a-q' }).reply(200, ok(result)));

		const run = await runTopview({ resource: 'videoToAvatar', operation: 'query', taskId: 'v2a-q' });

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${QUERY}?taskId=v2a-q`]);
		expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
	});
});
