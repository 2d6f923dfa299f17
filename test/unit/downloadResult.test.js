const { runTopview } = require('../helpers/engine');
const { topview, ok, nock, recordRequests } = require('../helpers/http');

const CDN = 'https://cdn.example.com';
const video = Buffer.from('fake finished mp4 bytes');
const finished = (taskId) => ok({ taskId, status: 'success', errorMsg: null, outputVideoUrl: `${CDN}/out/${taskId}.mp4?X-Amz-Signature=s` });

test('Submit with wait and Download Result outputs the video as binary, URL kept in JSON', async () => {
	topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-d1' }));
	topview().get('/v1/video_avatar/task/query').query({ taskId: 'task-d1' }).reply(200, finished('task-d1'));
	const cdn = nock(CDN).get('/out/task-d1.mp4').query(true).reply(200, video, { 'Content-Type': 'video/mp4' });
	let cdnHeaders;
	cdn.on('request', (req) => (cdnHeaders = req.headers));

	const run = await runTopview({
		resource: 'videoAvatar',
		operation: 'submit',
		aiAvatarId: { __rl: true, mode: 'id', value: '3327' },
		ttsText: 'Hi',
		waitForCompletion: true,
		options: { firstCheckDelaySeconds: 0, downloadResult: true, binaryPropertyName: 'video' },
	});

	expect(run.error).toBeUndefined();
	const [item] = run.items;
	expect(item.json.outputVideoUrl).toBe(`${CDN}/out/task-d1.mp4?X-Amz-Signature=s`);
	expect(item.binary.video).toMatchObject({ fileName: 'task-d1.mp4', mimeType: 'video/mp4', fileExtension: 'mp4' });
	expect(Buffer.from(item.binary.video.data, 'base64').equals(video)).toBe(true);
	expect(cdnHeaders).not.toHaveProperty('authorization');
	expect(cdnHeaders).not.toHaveProperty('topview-uid');
});

test('Query with Download Result attaches the file only once the task succeeded', async () => {
	topview().get('/v1/video_avatar/task/query').query({ taskId: 'task-d2' }).reply(200, ok({ taskId: 'task-d2', status: 'running', outputVideoUrl: '' }));
	topview().get('/v1/video_avatar/task/query').query({ taskId: 'task-d2' }).reply(200, finished('task-d2'));
	const cdn = nock(CDN).get('/out/task-d2.mp4').query({ 'X-Amz-Signature': 's' }).reply(200, video, { 'Content-Type': 'video/mp4' });
	const downloads = recordRequests(cdn);
	const parameters = { resource: 'videoAvatar', operation: 'query', taskId: 'task-d2', options: { downloadResult: true } };

	const running = await runTopview(parameters);
	expect(downloads).toEqual([]);
	const done = await runTopview(parameters);

	expect(running.items).toEqual([{ json: { taskId: 'task-d2', status: 'running', outputVideoUrl: '' }, pairedItem: { item: 0 } }]);
	expect(done.items[0].json).toEqual(finished('task-d2').result);
	expect(done.items[0].binary.data).toMatchObject({ fileName: 'task-d2.mp4', mimeType: 'video/mp4' });
	expect(Buffer.from(done.items[0].binary.data.data, 'base64').equals(video)).toBe(true);
	expect(downloads.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /out/task-d2.mp4?X-Amz-Signature=s']);
});

test('a failed download names the task and says the task itself succeeded', async () => {
	topview().get('/v1/video_avatar/task/query').query(true).reply(200, finished('task-d3'));
	const cdn = nock(CDN).get('/out/task-d3.mp4').query(true).times(2).reply(403, 'Request has expired');
	const downloads = recordRequests(cdn);

	const run = await runTopview({ resource: 'videoAvatar', operation: 'query', taskId: 'task-d3', options: { downloadResult: true } });

	// An expired URL (403) is not retried: one download attempt.
	expect(downloads.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /out/task-d3.mp4?X-Amz-Signature=s']);
	expect(run.error.message).toBe('Topview request failed (403): downloading the result failed: HTTP 403 (task task-d3)');
	expect(run.error.description).toMatch(/The task itself succeeded; query it again for a fresh URL/);
});
