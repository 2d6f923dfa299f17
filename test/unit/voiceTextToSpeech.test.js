const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');

const SUBMIT = '/v1/voice/text2voice/task/submit';
const QUERY = '/v1/voice/text2voice/task/query';
const STORAGE = 'https://storage.example.com';
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const locator = (value) => ({ __rl: true, mode: 'id', value });
const speak = (parameters) => ({ resource: 'voice', operation: 'textToSpeech', ...parameters });
const voice = { voiceId: 'v1001', voiceName: 'Emma', demoAudioUrl: 'https://cdn.example.com/tts-w.mp3', durations: 4.2 };

describe('Voice → Text to Speech', () => {
	test('sends text and voice; outputs the accepted task', async () => {
		const seen = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'tts-1', status: 'init', errorMsg: null })));

		const run = await runTopview(speak({ voiceText: 'Hello there', voiceId: locator('v1001') }));

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => [r.method, r.path, r.body])).toEqual([['POST', SUBMIT, { voiceText: 'Hello there', voiceId: 'v1001' }]]);
		expect(run.items).toEqual([{ json: { taskId: 'tts-1', status: 'init', errorMsg: null }, pairedItem: { item: 0 } }]);
	});

	test('every additional field reaches the body; pronunciation rules become [{ oldStr, newStr }]', async () => {
		const seen = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'tts-2' })));

		const run = await runTopview(
			speak({
				voiceText: 'Topview is live',
				voiceId: locator('cv-501'),
				originVoiceFileId: 'file-ref',
				additionalFields: {
					boardId: locator('b-1'),
					noticeUrl: 'https://hooks.example.com/tts',
					emotionName: 'happy',
					name: 'Launch line',
					voiceSpeed: 1.3,
					pronRules: { rules: [{ oldStr: 'Topview', newStr: 'top view' }, { oldStr: 'live', newStr: 'lyve' }] },
				},
			}),
		);

		expect(run.error).toBeUndefined();
		expect(seen[0].body).toEqual({
			voiceText: 'Topview is live',
			voiceId: 'cv-501',
			originVoiceFileId: 'file-ref',
			boardId: 'b-1',
			noticeUrl: 'https://hooks.example.com/tts',
			emotionName: 'happy',
			name: 'Launch line',
			voiceSpeed: 1.3,
			pronRules: [
				{ oldStr: 'Topview', newStr: 'top view' },
				{ oldStr: 'live', newStr: 'lyve' },
			],
		});
	});

	test.each([
		['empty text', { voiceText: '  ', voiceId: locator('v1001') }, /^Text is empty/, 'voiceText'],
		['no voice', { voiceText: 'Hi', voiceId: locator('={{ "" }}') }, /^Voice is required/, 'voiceId'],
		[
			'a pronunciation rule without its spoken form',
			{ voiceText: 'Hi', voiceId: locator('v1001'), additionalFields: { pronRules: { rules: [{ oldStr: 'Hi', newStr: '' }] } } },
			/^Each pronunciation rule needs how to say it$/,
			'pronRules.0.newStr',
		],
	])('%s is rejected before any request', async (_name, parameters, message, field) => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(speak(parameters));

			expect(run.status).toBe('error');
			expect(run.error.message).toMatch(message);
			expect(run.error.description).toContain(`Parameter: ${field}.`);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('a binary reference recording is uploaded, then submitted as originVoiceFileId', async () => {
		const api = topview();
		api.get('/v1/upload/credential').query({ format: 'm4a' }).reply(200, ok({ fileId: 'file-m4a', fileName: 'file-m4a.m4a', format: 'm4a', uploadUrl: `${STORAGE}/up/file-m4a` }));
		api.get('/v1/upload/check').query({ fileId: 'file-m4a' }).reply(200, ok(true));
		nock(STORAGE).put('/up/file-m4a').reply(200, '');
		const seen = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'tts-bin' })));

		const run = await runTopview(
			speak({ voiceText: 'Hi', voiceId: locator('v1001'), originVoiceFileInput: 'binary', originVoiceBinaryPropertyName: 'ref' }),
			{ items: [{ json: {}, binary: { ref: { data: Buffer.from('m4a').toString('base64'), mimeType: 'audio/mp4', fileName: 'ref.m4a' } } }] },
		);

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => r.body)).toEqual([{ voiceText: 'Hi', voiceId: 'v1001', originVoiceFileId: 'file-m4a' }]);
	});

	test('Wait for Completion: submit → running → success outputs the audio', async () => {
		const submits = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'tts-w' })));
		const query = topview();
		query.get(QUERY).query({ taskId: 'tts-w' }).reply(200, ok({ taskId: 'tts-w', status: 'running', errorMsg: null, voice: null }));
		query.get(QUERY).query({ taskId: 'tts-w' }).reply(200, ok({ taskId: 'tts-w', status: 'success', errorMsg: null, voice, costCredit: 0.1 }));
		const queries = recordRequests(query);

		const run = await runTopview(speak({ voiceText: 'Hi', voiceId: locator('v1001'), waitForCompletion: true, options: fastWait }));

		expect(run.error).toBeUndefined();
		expect(submits).toHaveLength(1);
		expect(queries).toHaveLength(2);
		expect(run.items).toEqual([
			{ json: { taskId: 'tts-w', status: 'success', errorMsg: null, voice, costCredit: 0.1 }, pairedItem: { item: 0 } },
		]);
	});
});

describe('Voice → Query Text to Speech', () => {
	test('sends taskId and outputs the result as is', async () => {
		const result = { taskId: 'tts-q', status: 'success', errorMsg: null, voice, costCredit: 0.1 };
		const seen = recordRequests(topview().get(QUERY).query({ taskId: 'tts-q', needCloudFrontUrl: 'false' }).reply(200, ok(result)));

		const run = await runTopview({ resource: 'voice', operation: 'queryTextToSpeech', taskId: 'tts-q', options: { needCloudFrontUrl: false } });

		expect(run.error).toBeUndefined();
		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${QUERY}?taskId=tts-q&needCloudFrontUrl=false`]);
		expect(run.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
	});
});

test('the Voice resource keeps Get Many and Delete and lists its operations alphabetically', () => {
	const { Topview } = require('../../dist/nodes/Topview/Topview.node.js');
	const operation = new Topview().description.properties.find(
		(p) => p.name === 'operation' && p.displayOptions.show.resource.includes('voice'),
	);
	expect(operation.options.map((o) => [o.name, o.value, o.action])).toEqual([
		['Clone', 'clone', 'Clone a voice'],
		['Delete', 'delete', 'Delete a cloned voice'],
		['Get Many', 'getAll', 'Get many voices'],
		['Query Clone', 'queryClone', 'Query a voice clone task'],
		['Query Text to Speech', 'queryTextToSpeech', 'Query a text to speech task'],
		['Text to Speech', 'textToSpeech', 'Convert text to speech'],
	]);
	expect(operation.default).toBe('getAll');
});
