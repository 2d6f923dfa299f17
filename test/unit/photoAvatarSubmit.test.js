// Photo Avatar → Submit: the exact body per avatar/script choice, validation before any request, the wait
// path through the shared waiter, and inline binaries through the shared uploader.
const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');

const SUBMIT = '/v1/photo_avatar/task/submit';
const QUERY = '/v1/photo_avatar/task/query';
const locator = (value) => ({ __rl: true, mode: 'id', value });
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const submit = (parameters) => ({ resource: 'photoAvatar', operation: 'submit', ...parameters });
const textScript = { scriptMode: 'text', ttsText: 'Hello there', voiceId: locator('voice-7') };

describe('the body carries exactly the fields of the chosen avatar and script', () => {
	test('template avatar + text to speech, with the default mode', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'pa-1', status: 'init', errorMsg: null }));
		const seen = recordRequests(scope);

		const run = await runTopview(submit({ avatarSource: 'avatar', avatarId: locator('6001'), ...textScript }));

		expect(run.error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].method).toBe('POST');
		expect(seen[0].path).toBe(SUBMIT);
		expect(seen[0].headers['topview-uid']).toBe('u-test-1');
		expect(seen[0].headers.authorization).toBe('Bearer sk-test-secret-key');
		expect(seen[0].body).toEqual({
			avatarId: '6001',
			mode: 'avatar4',
			scriptMode: 'text',
			ttsText: 'Hello there',
			voiceId: 'voice-7',
		});
		expect(run.items).toEqual([{ json: { taskId: 'pa-1', status: 'init', errorMsg: null }, pairedItem: { item: 0 } }]);
	});

	test('template image + uploaded audio in Avatar 2 mode; fields of the other choices stay out', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'pa-2' }));
		const seen = recordRequests(scope);

		await runTopview(
			submit({
				avatarSource: 'templateImage',
				templateImageFileId: 'file-photo-1',
				avatarId: locator('stale-avatar'),
				mode: 'avatar2',
				scriptMode: 'audio',
				audioFileId: 'file-audio-1',
				ttsText: 'stale script',
				voiceId: locator('stale-voice'),
				additionalFields: { voiceModel: 'elevenlabs-v3', volume: 120 },
			}),
		);

		expect(seen[0].body).toEqual({
			templateImageFileId: 'file-photo-1',
			mode: 'avatar2',
			scriptMode: 'audio',
			audioFileId: 'file-audio-1',
		});
	});

	test('every additional field reaches the body with the API names and types', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'pa-3' }));
		const seen = recordRequests(scope);

		await runTopview(
			submit({
				avatarSource: 'avatar',
				avatarId: locator('6001'),
				mode: 'avatar4Fast',
				...textScript,
				additionalFields: {
					voiceModel: 'minimax-v2.5',
					volume: 150,
					stability: 40,
					captionId: 'cap-2',
					customMotion: 'Nods and smiles',
					saveCustomAiAvatar: true,
					offPeak: true,
					boardId: locator('board-1'),
					noticeUrl: 'https://hooks.example.com/topview',
					additionalBodyFields: '{"futureField": "x", "mode": "ignored"}',
				},
			}),
		);

		expect(seen[0].body).toEqual({
			avatarId: '6001',
			mode: 'avatar4Fast',
			scriptMode: 'text',
			ttsText: 'Hello there',
			voiceId: 'voice-7',
			voiceModel: 'minimax-v2.5',
			voiceSettings: { volume: 150, stability: 40 },
			captionId: 'cap-2',
			customMotion: 'Nods and smiles',
			saveCustomAiAvatar: 'true',
			offPeak: true,
			boardId: 'board-1',
			noticeUrl: 'https://hooks.example.com/topview',
			futureField: 'x',
		});
	});
});

describe('validation fails before any request, naming the field and the fix', () => {
	const cases = [
		[
			'no avatar (an expression that resolves empty)',
			{ avatarSource: 'avatar', avatarId: locator('={{ $json.avatarId }}'), ...textScript },
			/^Avatar is required: pick a photo avatar template/,
		],
		[
			'an empty script',
			{ avatarSource: 'avatar', avatarId: locator('6001'), scriptMode: 'text', ttsText: '  ', voiceId: locator('v') },
			/^Script is empty/,
		],
		[
			'text to speech without a voice',
			{ avatarSource: 'avatar', avatarId: locator('6001'), scriptMode: 'text', ttsText: 'Hi', voiceId: locator('={{ $json.voiceId }}') },
			/^Voice is required with Text to Speech/,
		],
		[
			'uploaded audio without a file',
			{ avatarSource: 'avatar', avatarId: locator('6001'), scriptMode: 'audio', audioFileId: '={{ $json.audioFileId }}' },
			/^Audio File ID is required when Script Mode is "Uploaded Audio"/,
		],
		[
			'a custom motion over 600 characters',
			{ avatarSource: 'avatar', avatarId: locator('6001'), ...textScript, additionalFields: { customMotion: 'x'.repeat(601) } },
			/^Custom Motion is 601 characters long; Topview takes at most 600$/,
		],
		[
			'voice settings without a voice model',
			{ avatarSource: 'avatar', avatarId: locator('6001'), ...textScript, additionalFields: { volume: 80 } },
			/^Voice Volume and Voice Stability apply only with a Voice Model/,
		],
		[
			'a volume out of range (from an expression)',
			{ avatarSource: 'avatar', avatarId: locator('6001'), ...textScript, additionalFields: { voiceModel: 'elevenlabs-v3', volume: '={{ 250 }}' } },
			/^Voice Volume must be a whole number from 0 to 200, not 250$/,
		],
		[
			'off-peak in Avatar 2 mode',
			{ avatarSource: 'avatar', avatarId: locator('6001'), mode: 'avatar2', ...textScript, additionalFields: { offPeak: true } },
			/^Off-Peak works only with Avatar 4 and Avatar 4 Fast/,
		],
		[
			'an unknown mode',
			{ avatarSource: 'avatar', avatarId: locator('6001'), mode: '={{ "avatar3" }}', ...textScript },
			/^Mode must be "avatar2", "avatar4" or "avatar4Fast", not "avatar3"$/,
		],
		[
			'a relative callback URL',
			{ avatarSource: 'avatar', avatarId: locator('6001'), ...textScript, additionalFields: { noticeUrl: '/hook' } },
			/^Callback URL must be an absolute http\(s\) URL/,
		],
		[
			'both an avatar and a template image (via Additional Body Fields)',
			{
				avatarSource: 'avatar',
				avatarId: locator('6001'),
				...textScript,
				additionalFields: { additionalBodyFields: '{"templateImageFileId": "file-x"}' },
			},
			/^Send either an avatar \(avatarId\) or a template image/,
		],
	];

	test.each(cases)('%s', async (_name, parameters, message) => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(submit(parameters));

			expect(run.status).toBe('error');
			expect(run.error.message).toMatch(message);
			expect(run.error.description).toMatch(/Nothing was sent to Topview, so no credits were used\./);
			expect(unmatched.requests).toHaveLength(0);
		} finally {
			unmatched.stop();
		}
	});
});

test('Wait for Completion: submit once, query running then success, output the final result', async () => {
	const submitScope = topview().post(SUBMIT).reply(200, ok({ taskId: 'pa-wait', status: 'init' }));
	const submits = recordRequests(submitScope);
	const final = {
		taskId: 'pa-wait',
		status: 'success',
		errorMsg: null,
		costCredit: 1.2,
		finishedVideoUrl: 'https://cdn.example.com/pa-wait.mp4',
		finishedVideoCoverUrl: 'https://cdn.example.com/pa-wait.png',
		aiAvatar: { aiavatarId: '6001', aiavatarName: 'Photo template 1' },
		boardId: null,
		boardTaskId: null,
	};
	const queryScope = topview()
		.get(QUERY)
		.query({ taskId: 'pa-wait' })
		.reply(200, ok({ taskId: 'pa-wait', status: 'running', errorMsg: null, finishedVideoUrl: null }))
		.get(QUERY)
		.query({ taskId: 'pa-wait' })
		.reply(200, ok(final));
	const queries = recordRequests(queryScope);

	const run = await runTopview(
		submit({ avatarSource: 'avatar', avatarId: locator('6001'), ...textScript, waitForCompletion: true, options: fastWait }),
	);

	expect(run.error).toBeUndefined();
	expect(submits).toHaveLength(1);
	expect(queries.map((q) => `${q.method} ${q.path}`)).toEqual([`GET ${QUERY}?taskId=pa-wait`, `GET ${QUERY}?taskId=pa-wait`]);
	expect(run.items).toEqual([{ json: final, pairedItem: { item: 0 } }]);
});

test('a binary template image and a binary audio are uploaded, then submitted with their fileIds', async () => {
	const STORAGE = 'https://storage.example.com';
	const api = topview();
	for (const [format, fileId] of [
		['png', 'file-photo-up'],
		['mp3', 'file-audio-up'],
	]) {
		api.get('/v1/upload/credential').query({ format }).reply(200, ok({ fileId, format, uploadUrl: `${STORAGE}/up/${fileId}` }));
		api.get('/v1/upload/check').query({ fileId }).reply(200, ok(true));
		nock(STORAGE).put(`/up/${fileId}`).reply(200, '');
	}
	const uploads = recordRequests(api);
	const submitScope = topview().post(SUBMIT).reply(200, ok({ taskId: 'pa-inline' }));
	const submits = recordRequests(submitScope);
	const binary = (data, mimeType, fileName) => ({ data: Buffer.from(data).toString('base64'), mimeType, fileName });

	const run = await runTopview(
		submit({
			avatarSource: 'templateImage',
			templateImageFileInput: 'binary',
			templateImageBinaryPropertyName: 'photo',
			scriptMode: 'audio',
			audioFileInput: 'binary',
			audioBinaryPropertyName: 'speech',
		}),
		{
			items: [
				{
					json: {},
					binary: { photo: binary('PNG bytes', 'image/png', 'me.png'), speech: binary('ID3 bytes', 'audio/mpeg', 'hi.mp3') },
				},
			],
		},
	);

	expect(run.error).toBeUndefined();
	expect(uploads.map((r) => r.path).sort()).toEqual(
		[
			'/v1/upload/check?fileId=file-audio-up',
			'/v1/upload/check?fileId=file-photo-up',
			'/v1/upload/credential?format=mp3',
			'/v1/upload/credential?format=png',
		].sort(),
	);
	expect(submits).toHaveLength(1);
	expect(submits[0].body).toEqual({
		templateImageFileId: 'file-photo-up',
		mode: 'avatar4',
		scriptMode: 'audio',
		audioFileId: 'file-audio-up',
	});
	expect(run.items[0].json).toEqual({ taskId: 'pa-inline' });
});
