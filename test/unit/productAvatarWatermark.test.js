// Product Avatar v1 Download Without Watermark: a paid task of its own (taskType pa_download_without_watermark).
const { runTopview } = require('../helpers/engine');
const { topview, ok, fail, recordRequests, nock } = require('../helpers/http');
const { retryTiming } = require('../../dist/nodes/Topview/shared/retry.js');

beforeAll(() => {
	retryTiming.scale = 0.001;
});
afterAll(() => {
	retryTiming.scale = 1;
});

const unmatched = [];
nock.emitter.on('no match', (req) => unmatched.push(`${req.method} ${req.path}`));
afterEach(() => {
	nock.cleanAll();
	expect(unmatched.splice(0)).toEqual([]);
});

const SUBMIT = '/v1/product_avatar/task/download_without_watermark/submit';
const QUERY = '/v1/product_avatar/task/download_without_watermark/query';
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const download = (parameters) => ({ resource: 'productAvatar', operation: 'downloadWithoutWatermark', ...parameters });

test('submits the v1 video task ID once and outputs the new task', async () => {
	const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'wm-1', status: 'init', errorMsg: null }));
	const seen = recordRequests(scope);

	const run = await runTopview(
		download({ imageToVideoTaskId: 'iv-1', additionalFields: { noticeUrl: 'https://hooks.example.com/wm' } }),
	);

	expect(run.error).toBeUndefined();
	expect(seen.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
		{ method: 'POST', path: SUBMIT, body: { taskId: 'iv-1', noticeUrl: 'https://hooks.example.com/wm' } },
	]);
	expect(run.items).toEqual([{ json: { taskId: 'wm-1', status: 'init', errorMsg: null }, pairedItem: { item: 0 } }]);
});

test('Additional Body Fields reach the body; fields set above win', async () => {
	const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'wm-2' }));
	const seen = recordRequests(scope);

	await runTopview(
		download({ imageToVideoTaskId: 'iv-2', additionalFields: { additionalBodyFields: '{"taskId":"other","resolution":"1080p"}' } }),
	);

	expect(seen[0].body).toEqual({ taskId: 'iv-2', resolution: '1080p' });
});

test('an empty task ID is refused before any request', async () => {
	const run = await runTopview(download({ imageToVideoTaskId: '  ' }));

	expect(run.error.message).toBe(
		'Image to Video Task ID is required: enter the taskId of a finished v1 Image to Video task',
	);
	expect(run.error.description).toContain('Nothing was sent to Topview');
});

test('Wait for Completion polls the download query and attaches the watermark-free video', async () => {
	topview().post(SUBMIT).reply(200, ok({ taskId: 'wm-3' }));
	const query = topview();
	query.get(QUERY).query({ taskId: 'wm-3' }).reply(200, ok({ taskId: 'wm-3', status: 'running' }));
	query
		.get(QUERY)
		.query({ taskId: 'wm-3' })
		.reply(200, ok({ taskId: 'wm-3', status: 'success', finishedVideoUrl: 'https://cdn.example.com/wm-3.mp4' }));
	const queries = recordRequests(query);
	nock('https://cdn.example.com').get('/wm-3.mp4').reply(200, Buffer.from('MP4 bytes'), { 'Content-Type': 'video/mp4' });

	const run = await runTopview(
		download({ imageToVideoTaskId: 'iv-3', waitForCompletion: true, options: { ...fastWait, downloadResult: true } }),
	);

	expect(run.error).toBeUndefined();
	expect(queries).toHaveLength(2);
	expect(run.items[0].json).toEqual({ taskId: 'wm-3', status: 'success', finishedVideoUrl: 'https://cdn.example.com/wm-3.mp4' });
	expect(run.items[0].binary.data).toMatchObject({ fileName: 'wm-3.mp4', mimeType: 'video/mp4', fileExtension: 'mp4' });
	expect(Buffer.from(run.items[0].binary.data.data, 'base64').toString()).toBe('MP4 bytes');
});

test('a result that names the URL differently is still downloaded (the result shape is undocumented)', async () => {
	topview()
		.get(QUERY)
		.query({ taskId: 'wm-4' })
		.reply(200, ok({ taskId: 'wm-4', status: 'success', videoUrl: 'https://cdn.example.com/wm-4.mp4' }));
	nock('https://cdn.example.com').get('/wm-4.mp4').reply(200, Buffer.from('clean'), { 'Content-Type': 'video/mp4' });

	const run = await runTopview({
		resource: 'productAvatar',
		operation: 'queryDownloadWithoutWatermark',
		taskId: 'wm-4',
		options: { downloadResult: true },
	});

	expect(run.error).toBeUndefined();
	expect(run.items[0].json).toEqual({ taskId: 'wm-4', status: 'success', videoUrl: 'https://cdn.example.com/wm-4.mp4' });
	expect(run.items[0].binary.data).toMatchObject({ fileName: 'wm-4.mp4', mimeType: 'video/mp4' });
});

test('a 4004 for the source task says which task and is not retried', async () => {
	const scope = topview().post(SUBMIT).reply(200, fail('4004', 'Task not found'));
	const seen = recordRequests(scope);

	const run = await runTopview(download({ imageToVideoTaskId: 'iv-gone' }));

	expect(seen).toHaveLength(1);
	expect(run.error.message).toContain('Task not found');
	expect(`${run.error.message} ${run.error.description}`).toContain('iv-gone');
});
