const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');
const { uploadCheckTiming } = require('../../dist/nodes/Topview/shared/uploader.js');

const STORAGE = 'https://storage.example.com';
const videoBytes = Buffer.from('\x00\x00\x00\x18ftypmp42 fake video bytes for the test');
const binaryItem = (fileName, mimeType, bytes = videoBytes, property = 'data') => ({
	json: {},
	binary: { [property]: { data: bytes.toString('base64'), mimeType, fileName } },
});

/** Credential → PUT → check replies for one upload; returns the request logs. */
function expectUpload({ format, fileId, checks = [true] }) {
	const api = topview();
	api.get('/v1/upload/credential').query({ format }).reply(200, ok({ fileId, fileName: `${fileId}.${format}`, format, uploadUrl: `${STORAGE}/up/${fileId}?sig=abc` }));
	for (const answer of checks) api.get('/v1/upload/check').query({ fileId }).reply(200, ok(answer));
	const storage = nock(STORAGE).put(`/up/${fileId}`).query({ sig: 'abc' }).reply(200, '');
	const puts = [];
	storage.on('request', (req, _i, body) => puts.push({ headers: req.headers, body }));
	return { api: recordRequests(api), puts, storage };
}

describe('File → Upload', () => {
	test('from a binary field: credential with the format, raw PUT without Topview headers, check until true', async () => {
		const seen = expectUpload({ format: 'mp4', fileId: 'file-1', checks: [false, false, true] });

		const run = await runTopview(
			{ resource: 'file', operation: 'upload', source: 'binary', binaryPropertyName: 'data' },
			{ items: [binaryItem('presenter.mp4', 'video/mp4')] },
		);

		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ json: { fileId: 'file-1', fileName: 'file-1.mp4', format: 'mp4' }, pairedItem: { item: 0 } }]);
		expect(seen.api.map((r) => r.path)).toEqual([
			'/v1/upload/credential?format=mp4',
			'/v1/upload/check?fileId=file-1',
			'/v1/upload/check?fileId=file-1',
			'/v1/upload/check?fileId=file-1',
		]);
		expect(seen.puts).toHaveLength(1);
		expect(Buffer.from(seen.puts[0].body, 'binary').equals(videoBytes)).toBe(true);
		expect(seen.puts[0].headers['content-length']).toBe(String(videoBytes.length));
		expect(seen.puts[0].headers).not.toHaveProperty('authorization');
		expect(seen.puts[0].headers).not.toHaveProperty('topview-uid');
	});

	test('the format comes from the MIME type when the file name has no known extension', async () => {
		const seen = expectUpload({ format: 'wav', fileId: 'file-2' });

		const run = await runTopview(
			{ resource: 'file', operation: 'upload', binaryPropertyName: 'voice' },
			{ items: [binaryItem('recording', 'audio/wav', Buffer.from('RIFF....WAVE'), 'voice')] },
		);

		expect(run.items[0].json.fileId).toBe('file-2');
		expect(seen.api[0].path).toBe('/v1/upload/credential?format=wav');
	});

	test('from a URL: downloads it and PUTs the same bytes', async () => {
		// ASCII bytes: nock hands request bodies over as text, so non-UTF-8 bytes would not compare.
		const imageBytes = Buffer.from('PNG fake image bytes');
		nock('https://images.example.com').get('/products/shoe.png').reply(200, imageBytes, { 'Content-Type': 'image/png', 'Content-Length': String(imageBytes.length) });
		const seen = expectUpload({ format: 'png', fileId: 'file-3' });

		const run = await runTopview({ resource: 'file', operation: 'upload', source: 'url', fileUrl: 'https://images.example.com/products/shoe.png' });

		expect(run.items[0].json).toEqual({ fileId: 'file-3', fileName: 'file-3.png', format: 'png' });
		expect(Buffer.from(seen.puts[0].body, 'binary').equals(imageBytes)).toBe(true);
		expect(seen.puts[0].headers['content-length']).toBe(String(imageBytes.length));
	});

	test('an unsupported format is rejected before any request, listing the allowed formats', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(
				{ resource: 'file', operation: 'upload', binaryPropertyName: 'data' },
				{ items: [binaryItem('clip.avi', 'video/x-msvideo')] },
			);

			expect(run.error.message).toBe('Binary field "data" (clip.avi) is a .avi file, which Topview does not accept here');
			expect(run.error.description).toMatch(/Allowed formats: mp4, mov, png, jpg, jpeg, bmp, webp, mp3, wav, m4a/);
			expect(unmatched.requests).toHaveLength(0);
		} finally {
			unmatched.stop();
		}
	});

	test('a missing binary field is a clear error', async () => {
		const run = await runTopview({ resource: 'file', operation: 'upload', binaryPropertyName: 'video' }, { items: [{ json: {} }] });

		expect(run.status).toBe('error');
		expect(run.error.message).toMatch(/video/);
	});

	test('a check that never turns true gives up after the bounded number of tries', async () => {
		const saved = uploadCheckTiming.checks;
		uploadCheckTiming.checks = 3;
		try {
			const seen = expectUpload({ format: 'mp4', fileId: 'file-4', checks: [false, false, false] });

			const run = await runTopview({ resource: 'file', operation: 'upload' }, { items: [binaryItem('a.mp4', 'video/mp4')] });

			expect(seen.api.filter((r) => r.path.startsWith('/v1/upload/check'))).toHaveLength(3);
			expect(run.error.message).toBe('Topview did not confirm upload file-4');
		} finally {
			uploadCheckTiming.checks = saved;
		}
	});
});

describe('inline files on Video Avatar Submit', () => {
	test('a binary video is uploaded once, then submitted with its new fileId', async () => {
		const seen = expectUpload({ format: 'mp4', fileId: 'file-v' });
		const submit = topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-inline' }));
		const submits = recordRequests(submit);

		const run = await runTopview(
			{
				resource: 'videoAvatar',
				operation: 'submit',
				avatarSourceFrom: 0,
				videoFileInput: 'binary',
				videoBinaryPropertyName: 'clip',
				audioSourceFrom: 0,
				audioFileId: 'file-audio-known',
			},
			{ items: [binaryItem('me.mp4', 'video/mp4', videoBytes, 'clip')] },
		);

		expect(run.error).toBeUndefined();
		expect(seen.puts).toHaveLength(1);
		expect(submits).toHaveLength(1);
		expect(submits[0].body).toEqual({ avatarSourceFrom: 0, videoFileId: 'file-v', audioSourceFrom: 0, audioFileId: 'file-audio-known' });
		expect(run.items[0].json).toEqual({ taskId: 'task-inline' });
	});

	test('photo and audio from binaries: both uploaded, then one submit', async () => {
		const photo = expectUpload({ format: 'jpg', fileId: 'file-p' });
		const audio = expectUpload({ format: 'mp3', fileId: 'file-a' });
		const submit = topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 'task-pa' }));
		const submits = recordRequests(submit);

		await runTopview(
			{
				resource: 'videoAvatar',
				operation: 'submit',
				avatarSourceFrom: 3,
				imageFileInput: 'binary',
				imageBinaryPropertyName: 'photo',
				audioSourceFrom: 0,
				audioFileInput: 'binary',
				audioBinaryPropertyName: 'voice',
			},
			{
				items: [
					{
						json: {},
						binary: {
							photo: { data: Buffer.from('jpeg').toString('base64'), mimeType: 'image/jpeg', fileName: 'face.jpg' },
							voice: { data: Buffer.from('ID3').toString('base64'), mimeType: 'audio/mpeg', fileName: 'line.mp3' },
						},
					},
				],
			},
		);

		expect(photo.puts).toHaveLength(1);
		expect(audio.puts).toHaveLength(1);
		expect(submits[0].body).toEqual({ avatarSourceFrom: 3, imageFileId: 'file-p', modeType: '1', audioSourceFrom: 0, audioFileId: 'file-a' });
	});

	test('a binary of the wrong kind fails before any upload or submit', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(
				{
					resource: 'videoAvatar',
					operation: 'submit',
					avatarSourceFrom: 1,
					aiAvatarId: { __rl: true, mode: 'id', value: '3327' },
					audioSourceFrom: 0,
					audioFileInput: 'binary',
					audioBinaryPropertyName: 'data',
				},
				{ items: [binaryItem('still.png', 'image/png')] },
			);

			expect(run.error.message).toBe('Binary field "data" (still.png) is a .png file, which Topview does not accept here');
			expect(run.error.description).toMatch(/Allowed formats: mp3, wav, m4a/);
			expect(unmatched.requests).toHaveLength(0);
		} finally {
			unmatched.stop();
		}
	});
});
