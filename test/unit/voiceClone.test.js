const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');

const SUBMIT = '/v1/voice/clone/task/submit';
const QUERY = '/v1/voice/clone/task/query';
const STORAGE = 'https://storage.example.com';
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const clone = (parameters) => ({ resource: 'voice', operation: 'clone', ...parameters });
const recording = (fileName, mimeType, bytes = Buffer.from('ID3 fake mp3')) => ({
	json: {},
	binary: { data: { data: bytes.toString('base64'), mimeType, fileName } },
});
const voice = { voiceId: 'cv-501', voiceName: 'Brand voice', demoAudioUrl: 'https://cdn.example.com/cv-501.mp3' };

describe('Voice → Clone', () => {
	test('sends every field with the API names; outputs the accepted task', async () => {
		const seen = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'vc-1', status: 'init', errorMsg: null })));

		const run = await runTopview(
			clone({
				originVoiceFileId: 'file-rec-1',
				name: 'Brand voice',
				additionalFields: { voiceText: 'Hello from my voice', voiceSpeed: 1.1, noticeUrl: 'https://hooks.example.com/v' },
			}),
		);

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'POST',
				SUBMIT,
				{ originVoiceFileId: 'file-rec-1', name: 'Brand voice', voiceText: 'Hello from my voice', voiceSpeed: 1.1, noticeUrl: 'https://hooks.example.com/v' },
			],
		]);
		expect(run.items).toEqual([{ json: { taskId: 'vc-1', status: 'init', errorMsg: null }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['no recording', { originVoiceFileId: '={{ $json.missing }}' }, /^Recording File ID is required/, 'originVoiceFileId'],
		['a voice speed of 1.5', { originVoiceFileId: 'f', additionalFields: { voiceSpeed: 1.5 } }, /^Voice Speed must be between 0.8 and 1.2$/, 'voiceSpeed'],
	])('%s is rejected before any request', async (_name, parameters, message, field) => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(clone(parameters));

			expect(run.status).toBe('error');
			expect(run.error.message).toMatch(message);
			expect(run.error.description).toContain(`Parameter: ${field}.`);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('a binary wav recording is uploaded, then submitted with its fileId', async () => {
		const api = topview();
		api.get('/v1/upload/credential').query({ format: 'wav' }).reply(200, ok({ fileId: 'file-wav', fileName: 'file-wav.wav', format: 'wav', uploadUrl: `${STORAGE}/up/file-wav` }));
		api.get('/v1/upload/check').query({ fileId: 'file-wav' }).reply(200, ok(true));
		nock(STORAGE).put('/up/file-wav').reply(200, '');
		const seen = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'vc-bin' })));

		const run = await runTopview(clone({ originVoiceFileInput: 'binary', name: 'Mine' }), {
			items: [recording('me.wav', 'audio/wav', Buffer.from('RIFF....WAVE'))],
		});

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => r.body)).toEqual([{ originVoiceFileId: 'file-wav', name: 'Mine' }]);
		expect(run.items[0].json).toEqual({ taskId: 'vc-bin' });
	});

	test('an m4a recording (fine for other audio fields) is rejected before any upload', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(clone({ originVoiceFileInput: 'binary' }), { items: [recording('memo.m4a', 'audio/mp4')] });

			expect(run.error.message).toBe('Binary field "data" (memo.m4a) is a .m4a file, which Topview does not accept here');
			expect(run.error.description).toMatch(/^Allowed formats: mp3, wav\./);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('a recording of 10 MB or more is rejected before any upload', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(clone({ originVoiceFileInput: 'binary' }), {
				items: [recording('long.mp3', 'audio/mpeg', Buffer.alloc(10 * 1024 * 1024))],
			});

			expect(run.error.message).toBe('Binary field "data" (long.mp3) is 10.0 MB; Topview takes less than 10 MB here');
			expect(run.error.description).toMatch(/Nothing was uploaded/);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('Wait for Completion: submit → running → success outputs the new voice', async () => {
		const submits = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'vc-w' })));
		const query = topview();
		query.get(QUERY).query({ taskId: 'vc-w' }).reply(200, ok({ taskId: 'vc-w', status: 'running', errorMsg: null, voice: null }));
		query.get(QUERY).query({ taskId: 'vc-w' }).reply(200, ok({ taskId: 'vc-w', status: 'success', errorMsg: null, voice }));
		const queries = recordRequests(query);

		const run = await runTopview(clone({ originVoiceFileId: 'file-rec-1', waitForCompletion: true, options: fastWait }));

		expect(run.error).toBeUndefined();
		expect(submits).toHaveLength(1);
		expect(queries).toHaveLength(2);
		expect(run.items).toEqual([{ json: { taskId: 'vc-w', status: 'success', errorMsg: null, voice }, pairedItem: { item: 0 } }]);
	});
});

describe('Voice → Query Clone', () => {
	test('sends taskId and outputs the result as is', async () => {
		const result = { taskId: 'vc-q', status: 'success', errorMsg: null, voice, costCredit: 1 };
		const seen = recordRequests(topview().get(QUERY).query({ taskId: 'vc-q' }).reply(200, ok(result)));

		const run = await runTopview({ resource: 'voice', operation: 'queryClone', taskId: 'vc-q' });

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${QUERY}?taskId=vc-q`]);
		expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
	});
});
