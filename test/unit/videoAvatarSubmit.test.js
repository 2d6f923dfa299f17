const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock } = require('../helpers/http');

const submit = (parameters) => ({ resource: 'videoAvatar', operation: 'submit', ...parameters });
const locator = (value) => ({ __rl: true, mode: 'id', value });

const avatars = {
	0: { avatarSourceFrom: 0, videoFileId: 'file-video-1' },
	1: { avatarSourceFrom: 1, aiAvatarId: locator('3327') },
	2: { avatarSourceFrom: 2, aiAvatarId: locator('custom-9') },
	3: { avatarSourceFrom: 3, imageFileId: 'file-photo-1' },
};
const audios = {
	0: { audioSourceFrom: 0, audioFileId: 'file-audio-1' },
	1: { audioSourceFrom: 1, ttsText: 'Hello there', voiceoverId: locator('voice-7') },
};
const expectedAvatarBody = {
	0: { avatarSourceFrom: 0, videoFileId: 'file-video-1' },
	1: { avatarSourceFrom: 1, aiAvatarId: '3327' },
	2: { avatarSourceFrom: 2, aiAvatarId: 'custom-9' },
	3: { avatarSourceFrom: 3, imageFileId: 'file-photo-1', modeType: '1' },
};
const expectedAudioBody = {
	0: { audioSourceFrom: 0, audioFileId: 'file-audio-1' },
	1: { audioSourceFrom: 1, ttsText: 'Hello there', voiceoverId: 'voice-7' },
};

describe('Video Avatar Submit sends exactly the fields of the chosen sources', () => {
	for (const avatar of [0, 1, 2, 3]) {
		for (const audio of [0, 1]) {
			test(`avatarSourceFrom ${avatar} × audioSourceFrom ${audio}`, async () => {
				const scope = topview()
					.post('/v1/video_avatar/task/submit')
					.reply(200, ok({ taskId: `task-${avatar}-${audio}`, status: 'init', errorMsg: null }));
				const seen = recordRequests(scope);

				const run = await runTopview(submit({ ...avatars[avatar], ...audios[audio] }));

				expect(run.error).toBeUndefined();
				expect(seen).toHaveLength(1);
				expect(seen[0].body).toEqual({ ...expectedAvatarBody[avatar], ...expectedAudioBody[audio] });
				expect(typeof seen[0].body.avatarSourceFrom).toBe('number');
				expect(typeof seen[0].body.audioSourceFrom).toBe('number');
				expect(seen[0].headers['topview-uid']).toBe('u-test-1');
				expect(seen[0].headers.authorization).toBe('Bearer sk-test-secret-key');
				expect(seen[0].headers['content-type']).toBe('application/json');
				expect(run.items).toEqual([
					{ json: { taskId: `task-${avatar}-${audio}`, status: 'init', errorMsg: null }, pairedItem: { item: 0 } },
				]);
			});
		}
	}
});

describe('fields the chosen sources hide are never sent', () => {
	test('values left in hidden fields (e.g. from an imported workflow) stay out of the body', async () => {
		const scope = topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 't-1' }));
		const seen = recordRequests(scope);

		await runTopview(
			submit({
				avatarSourceFrom: 1,
				aiAvatarId: locator('3327'),
				videoFileId: 'stale-video',
				imageFileId: 'stale-photo',
				audioSourceFrom: 0,
				audioFileId: 'file-audio-1',
				ttsText: 'stale script',
				voiceoverId: locator('stale-voice'),
				additionalFields: { voiceSpeed: 1.1 },
			}),
		);

		expect(seen[0].body).toEqual({ avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 0, audioFileId: 'file-audio-1' });
	});

	test('a photo sends modeType "1" and never isSave2CustomAiAvatar', async () => {
		const scope = topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 't-1' }));
		const seen = recordRequests(scope);

		await runTopview(
			submit({ ...avatars[3], ...audios[1], additionalFields: { isSave2CustomAiAvatar: true, modeType: '1' } }),
		);

		expect(seen[0].body).toEqual({ ...expectedAvatarBody[3], ...expectedAudioBody[1] });
	});

	test('captionId is sent only with a public avatar, the one source the submit page supports it for', async () => {
		const scope = topview().post('/v1/video_avatar/task/submit').times(4).reply(200, ok({ taskId: 't-1' }));
		const seen = recordRequests(scope);

		for (const avatar of [0, 1, 2, 3]) {
			await runTopview(
				submit({ ...avatars[avatar], ...audios[0], additionalFields: { captionId: 'cap-1', isSave2CustomAiAvatar: true } }),
			);
		}

		expect(seen.map((r) => r.body.captionId)).toEqual([undefined, 'cap-1', undefined, undefined]);
	});

	test('additional fields reach the body with the API names and types', async () => {
		const scope = topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 't-1' }));
		const seen = recordRequests(scope);

		await runTopview(
			submit({
				...avatars[1],
				ttsText: 'Hi',
				additionalFields: {
					voiceSpeed: 1.2,
					modeType: '1',
					captionId: 'cap-3',
					noticeUrl: 'https://hooks.example.com/topview',
					isSave2CustomAiAvatar: false,
					boardId: 'board-1',
				},
			}),
		);

		expect(seen[0].body).toEqual({
			avatarSourceFrom: 1,
			aiAvatarId: '3327',
			audioSourceFrom: 1,
			ttsText: 'Hi',
			voiceSpeed: 1.2,
			modeType: '1',
			captionId: 'cap-3',
			noticeUrl: 'https://hooks.example.com/topview',
			isSave2CustomAiAvatar: false,
			boardId: 'board-1',
		});
	});

	test('a public avatar may omit the voice: it speaks with its default voice', async () => {
		const scope = topview().post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 't-1' }));
		const seen = recordRequests(scope);

		await runTopview(submit({ ...avatars[1], ttsText: 'Hi' }));

		expect(seen[0].body).toEqual({ avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 1, ttsText: 'Hi' });
	});
});

test('several items are submitted once each, with their own expressions, and paired', async () => {
	const scope = topview()
		.post('/v1/video_avatar/task/submit')
		.times(3)
		.reply(200, (_uri, body) => ok({ taskId: `task-for-${body.ttsText}` }));
	const seen = recordRequests(scope);

	const run = await runTopview(submit({ ...avatars[1], ttsText: '={{ $json.script }}' }), {
		items: [{ json: { script: 'one' } }, { json: { script: 'two' } }, { json: { script: 'three' } }],
	});

	expect(seen.map((r) => r.body.ttsText).sort()).toEqual(['one', 'three', 'two']);
	expect(run.items).toEqual([
		{ json: { taskId: 'task-for-one' }, pairedItem: { item: 0 } },
		{ json: { taskId: 'task-for-two' }, pairedItem: { item: 1 } },
		{ json: { taskId: 'task-for-three' }, pairedItem: { item: 2 } },
	]);
});

test('the credential Base URL is used, without a trailing slash', async () => {
	const scope = require('nock')('http://127.0.0.1:4999').post('/v1/video_avatar/task/submit').reply(200, ok({ taskId: 't-9' }));

	const run = await runTopview(submit({ ...avatars[1], ttsText: 'Hi' }), {
		credentials: { baseUrl: 'http://127.0.0.1:4999/' },
	});

	expect(scope.isDone()).toBe(true);
	expect(run.items[0].json).toEqual({ taskId: 't-9' });
});
