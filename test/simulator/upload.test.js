'use strict';

const crypto = require('node:crypto');
const { Readable } = require('node:stream');
const { startSimulator } = require('./index');
const { apiClient, simControl } = require('./test-client');

let sim;
let api;

beforeAll(async () => {
	sim = await startSimulator({
		port: 0,
		accounts: [
			{ uid: 'sim-uid', apiKey: 'sim-key' },
			{ uid: 'other-uid', apiKey: 'other-key' },
		],
	});
	api = apiClient(sim);
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

describe('upload credential (§5 step 1)', () => {
	test('format missing → 4003; unlisted (avi, ".mp4") → 4000', async () => {
		expect((await api.get('/v1/upload/credential')).code).toBe('4003');
		expect((await api.get('/v1/upload/credential', { format: 'avi' })).code).toBe('4000');
		expect((await api.get('/v1/upload/credential', { format: '.mp4' })).code).toBe('4000');
	});

	test.each(['mp4', 'mov', 'png', 'jpg', 'jpeg', 'bmp', 'webp', 'mp3', 'wav', 'm4a'])('format %s → fileId, fileName, format, uploadUrl', async (format) => {
		const r = await api.get('/v1/upload/credential', { format });
		expect(r.code).toBe('200');
		expect(r.result).toEqual({
			fileId: expect.stringMatching(/^[0-9a-f]{32}$/),
			fileName: `${r.result.fileId}.${format}`,
			format,
			uploadUrl: expect.stringMatching(new RegExp(`^${sim.url}/__upload/${r.result.fileId}\\?sig=`)),
		});
	});

	test('needAccelerateUrl=true is accepted', async () => {
		const r = await api.get('/v1/upload/credential', { format: 'mp4', needAccelerateUrl: true });
		expect(r.result.uploadUrl).toContain('accelerate=true');
	});
});

describe('PUT + check (§5 steps 2–3, §11.11)', () => {
	test('check false before the PUT, true after; bytes, size, sha256, headers recorded', async () => {
		const cred = (await api.get('/v1/upload/credential', { format: 'png' })).result;
		expect((await api.get('/v1/upload/check', { fileId: cred.fileId })).result).toBe(false);
		const bytes = crypto.randomBytes(1000);
		const put = await fetch(cred.uploadUrl, { method: 'PUT', body: bytes });
		expect(put.status).toBe(200);
		expect(await put.text()).toBe('');
		const check = await api.get('/v1/upload/check', { fileId: cred.fileId });
		expect(check).toMatchObject({ code: '200', result: true });
		const up = sim.control.getUpload(cred.fileId);
		expect(up).toMatchObject({
			uploaded: true,
			size: 1000,
			sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
			contentType: null,
			putCount: 1,
			bytesComplete: true,
		});
		expect(up.headers['topview-uid']).toBeUndefined();
		expect(sim.control.getUploadBytes(cred.fileId).equals(bytes)).toBe(true);
		const viaHttp = await fetch(`${sim.url}/__sim/uploads/${cred.fileId}/content`);
		expect(Buffer.from(await viaHttp.arrayBuffer()).equals(bytes)).toBe(true);
	});

	test('any Content-Type is accepted and recorded', async () => {
		const cred = (await api.get('/v1/upload/credential', { format: 'mp4' })).result;
		const put = await fetch(cred.uploadUrl, { method: 'PUT', body: 'abc', headers: { 'Content-Type': 'application/octet-stream' } });
		expect(put.status).toBe(200);
		expect(sim.control.getUpload(cred.fileId).contentType).toBe('application/octet-stream');
	});

	test('PUT with an Authorization header → HTTP 400, not stored', async () => {
		const cred = (await api.get('/v1/upload/credential', { format: 'mp4' })).result;
		const put = await fetch(cred.uploadUrl, { method: 'PUT', body: 'abc', headers: { Authorization: 'Bearer sim-key', 'Topview-Uid': 'sim-uid' } });
		expect(put.status).toBe(400);
		expect(await put.text()).toMatch(/Authorization/);
		expect((await api.get('/v1/upload/check', { fileId: cred.fileId })).result).toBe(false);
		const [log] = sim.control.listRequests({ method: 'PUT' });
		expect(log.headers.authorization).toBe('Bearer [redacted]');
	});

	test('wrong signature → 403, unknown upload → 404, wrong method → 405', async () => {
		const cred = (await api.get('/v1/upload/credential', { format: 'mp4' })).result;
		expect((await fetch(cred.uploadUrl.replace(/sig=[0-9a-f]+/, 'sig=bad'), { method: 'PUT', body: 'x' })).status).toBe(403);
		expect((await fetch(`${sim.url}/__upload/nope?sig=x`, { method: 'PUT', body: 'x' })).status).toBe(404);
		expect((await fetch(cred.uploadUrl, { method: 'POST', body: 'x' })).status).toBe(405);
	});

	test('check: fileId missing → 4003, never issued → 4004, other account → 4004', async () => {
		expect((await api.get('/v1/upload/check')).code).toBe('4003');
		expect((await api.get('/v1/upload/check', { fileId: 'never' })).code).toBe('4004');
		const other = apiClient(sim, { uid: 'other-uid', apiKey: 'other-key' });
		const cred = (await other.get('/v1/upload/credential', { format: 'mp4' })).result;
		expect((await api.get('/v1/upload/check', { fileId: cred.fileId })).code).toBe('4004');
	});

	test('configurable: check becomes true only after K checks', async () => {
		sim.control.configure({ uploadCheckDelay: 2 });
		const cred = (await api.get('/v1/upload/credential', { format: 'wav' })).result;
		await fetch(cred.uploadUrl, { method: 'PUT', body: 'RIFF' });
		const results = [];
		for (let i = 0; i < 4; i++) results.push((await api.get('/v1/upload/check', { fileId: cred.fileId })).result);
		expect(results).toEqual([false, false, true, true]);
	});

	test('a large body is streamed: size + sha256 of all, bytes kept only up to the limit', async () => {
		sim.control.configure({ uploadKeepBytes: 1024 * 1024 });
		const cred = (await api.get('/v1/upload/credential', { format: 'mp4' })).result;
		const chunk = Buffer.alloc(1024 * 1024, 7);
		const hash = crypto.createHash('sha256');
		const chunks = 12;
		for (let i = 0; i < chunks; i++) hash.update(chunk);
		const stream = Readable.from((function* gen() {
			for (let i = 0; i < chunks; i++) yield chunk;
		})());
		const put = await fetch(cred.uploadUrl, { method: 'PUT', body: stream, duplex: 'half' });
		expect(put.status).toBe(200);
		const up = sim.control.getUpload(cred.fileId);
		expect(up).toMatchObject({ size: chunks * chunk.length, sha256: hash.digest('hex'), bytesKept: 1024 * 1024, bytesComplete: false });
	});

	test('uploads listing over HTTP', async () => {
		const cred = (await api.get('/v1/upload/credential', { format: 'mp3' })).result;
		await fetch(cred.uploadUrl, { method: 'PUT', body: 'ID3', headers: { 'Content-Type': 'audio/mpeg' } });
		const { body } = await simControl(sim, 'GET', '/uploads');
		expect(body).toEqual([expect.objectContaining({ fileId: cred.fileId, uid: 'sim-uid', format: 'mp3', size: 3, contentType: 'audio/mpeg', uploaded: true })]);
		expect(body[0].bytes).toBeUndefined();
	});
});

describe('result files', () => {
	test('/files serves deterministic bytes with Content-Type and Content-Length; HEAD; 404', async () => {
		const png = await fetch(`${sim.url}/files/abc.png`);
		expect(png.headers.get('content-type')).toBe('image/png');
		const bytes = Buffer.from(await png.arrayBuffer());
		expect(bytes.subarray(1, 4).toString()).toBe('PNG');
		expect(Number(png.headers.get('content-length'))).toBe(bytes.length);
		const head = await fetch(`${sim.url}/files/abc.png`, { method: 'HEAD' });
		expect(Number(head.headers.get('content-length'))).toBe(bytes.length);
		const mp3 = await fetch(`${sim.url}/files/abc.mp3`);
		expect(mp3.headers.get('content-type')).toBe('audio/mpeg');
		await mp3.arrayBuffer();
		expect((await fetch(`${sim.url}/files/abc.exe`)).status).toBe(404);
	});

	test('with urlTtlMs, result URLs expire on the simulator clock', async () => {
		sim.control.configure({ urlTtlMs: 7 * 24 * 3600 * 1000 });
		const r = await api.post('/v1/video_avatar/task/submit', { avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 1, ttsText: 'Hi' });
		sim.control.advanceClock(3000);
		const url = (await api.get('/v1/video_avatar/task/query', { taskId: r.result.taskId })).result.outputVideoUrl;
		expect(url).toMatch(/\?expires=\d+$/);
		const ok = await fetch(url);
		expect(ok.status).toBe(200);
		await ok.arrayBuffer();
		sim.control.advanceClock(8 * 24 * 3600 * 1000);
		const expired = await fetch(url);
		expect(expired.status).toBe(403);
		await expired.text();
	});
});
