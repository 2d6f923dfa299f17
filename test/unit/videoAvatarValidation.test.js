const { runTopview } = require('../helpers/engine');
const { nock, unmatchedRequests } = require('../helpers/http');

const locator = (value) => ({ __rl: true, mode: 'id', value });
const submit = (parameters) => ({ resource: 'videoAvatar', operation: 'submit', ...parameters });

// Any request at all fails these tests: nock has no interceptor and the network is disabled.
const cases = [
	{
		name: 'uploaded video without a video file ID',
		parameters: { avatarSourceFrom: 0, videoFileId: '={{ "" }}', ttsText: 'Hi', voiceoverId: locator('v-1') },
		message: /Video File ID is required when Avatar Source is "Uploaded Video"/,
		field: 'videoFileId',
	},
	{
		name: 'public avatar without an avatar',
		parameters: { avatarSourceFrom: 1, aiAvatarId: locator('={{ $json.missing }}'), ttsText: 'Hi' },
		message: /Avatar is required when Avatar Source is "Public Avatar"/,
		field: 'aiAvatarId',
	},
	{
		name: 'custom avatar without an avatar',
		parameters: { avatarSourceFrom: 2, aiAvatarId: locator('  '), ttsText: 'Hi', voiceoverId: locator('v-1') },
		message: /Avatar is required when Avatar Source is "Custom Avatar"/,
		field: 'aiAvatarId',
	},
	{
		name: 'photo without a photo file ID',
		parameters: { avatarSourceFrom: 3, imageFileId: '={{ $json.photo }}', ttsText: 'Hi', voiceoverId: locator('v-1') },
		message: /Photo File ID is required when Avatar Source is "Photo"/,
		field: 'imageFileId',
	},
	{
		name: 'uploaded audio without an audio file ID',
		parameters: { avatarSourceFrom: 1, aiAvatarId: locator('3327'), audioSourceFrom: 0, audioFileId: '={{ "" }}' },
		message: /Audio File ID is required when Audio Source is "Uploaded Audio"/,
		field: 'audioFileId',
	},
	{
		name: 'text to speech with an empty script',
		parameters: { avatarSourceFrom: 1, aiAvatarId: locator('3327'), ttsText: '   ' },
		message: /Script is empty/,
		field: 'ttsText',
	},
	{
		name: 'text to speech without a voice for a custom avatar',
		parameters: { avatarSourceFrom: 2, aiAvatarId: locator('c-1'), ttsText: 'Hi' },
		message: /Voice is required with Text to Speech when Avatar Source is "Custom Avatar"/,
		field: 'voiceoverId',
	},
	{
		name: 'voice speed below 0.8',
		parameters: { avatarSourceFrom: 1, aiAvatarId: locator('3327'), ttsText: 'Hi', additionalFields: { voiceSpeed: 0.5 } },
		message: /Voice Speed must be between 0.8 and 1.2, not 0.5/,
		field: 'voiceSpeed',
	},
	{
		name: 'voice speed above 1.2 from an expression',
		parameters: {
			avatarSourceFrom: 1,
			aiAvatarId: locator('3327'),
			ttsText: 'Hi',
			additionalFields: { voiceSpeed: '={{ 1.5 }}' },
		},
		message: /Voice Speed must be between 0.8 and 1.2, not 1.5/,
		field: 'voiceSpeed',
	},
	{
		name: 'Avatar 1 mode with a photo',
		parameters: {
			avatarSourceFrom: 3,
			imageFileId: 'f-1',
			ttsText: 'Hi',
			voiceoverId: locator('v-1'),
			additionalFields: { modeType: '0' },
		},
		message: /Mode Type "Avatar 1" does not work with a photo/,
		field: 'modeType',
	},
	{
		name: 'a callback URL that is not absolute',
		parameters: {
			avatarSourceFrom: 1,
			aiAvatarId: locator('3327'),
			ttsText: 'Hi',
			additionalFields: { noticeUrl: 'hooks/topview' },
		},
		message: /Callback URL must be an absolute http\(s\) URL/,
		field: 'noticeUrl',
	},
	{
		name: 'an avatar source out of range from an expression',
		parameters: { avatarSourceFrom: '={{ 7 }}', ttsText: 'Hi' },
		message: /Avatar Source must be 0 \(Uploaded Video\), 1 \(Public Avatar\), 2 \(Custom Avatar\) or 3 \(Photo\)/,
		field: 'avatarSourceFrom',
	},
];

test('an empty required field is caught by n8n itself before the node runs', async () => {
	await expect(runTopview(submit({ avatarSourceFrom: 0, videoFileId: '', ttsText: 'Hi' }))).rejects.toThrow(
		/Parameter "Video File ID" is required/,
	);
});

describe('invalid input fails before any request, naming the field and the fix', () => {
	for (const { name, parameters, message, field } of cases) {
		test(name, async () => {
			const unmatched = unmatchedRequests();
			try {
				const run = await runTopview(submit(parameters));

				expect(run.status).toBe('error');
				expect(run.error.message).toMatch(message);
				expect(run.error.description).toContain(`Parameter: ${field}.`);
				expect(run.error.description).toContain('no credits were used');
				expect(unmatched.requests).toHaveLength(0);
			} finally {
				unmatched.stop();
			}
		});
	}
});

test('with Continue On Fail an invalid item fails alone and the valid item is submitted', async () => {
	const scope = nock('https://api.topview.ai')
		.post('/v1/video_avatar/task/submit')
		.reply(200, { code: '200', message: 'Success', result: { taskId: 't-ok' } });

	const run = await runTopview(
		submit({ avatarSourceFrom: 1, aiAvatarId: locator('3327'), ttsText: '={{ $json.script }}' }),
		{ items: [{ json: { script: 'fine' } }, { json: { script: '' } }], continueOnFail: true },
	);

	expect(scope.isDone()).toBe(true);
	expect(run.items[0].json).toEqual({ taskId: 't-ok' });
	expect(run.items[1].json.error).toMatch(/Script is empty/);
});
