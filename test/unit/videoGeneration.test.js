// Video Generation: Text to Video and its Query, Get Models and Estimate Cost — the exact documented
// request (test/contract/fixtures/generation/), the chosen model's limits and Check Cost First enforced
// before any request, and every generated video downloadable.
const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests, expectRefusedWithoutRequest } = require('../helpers/http');
const { fixture, requestProblems, parseRecorded, documentedResponse } = require('../contract/contract');
const { Topview } = require('../../dist/nodes/Topview/Topview.node.js');

const SUBMIT = '/v1/common_task/text2video/task/submit';
const QUERY = '/v1/common_task/text2video/task/query';
const model = (value) => ({ __rl: true, mode: 'list', value });
const run = (operation, parameters = {}) => runTopview({ resource: 'videoGeneration', operation, ...parameters });
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };

const expectRejected = (operation, parameters, message, description) =>
	expectRefusedWithoutRequest(() => run(operation, parameters), message, description);

describe('Text to Video', () => {
	test('sends the documented body: model by display name, sound "on", numbers as numbers', async () => {
		const fx = fixture('text2videoSubmit');
		const scope = topview().post(SUBMIT).reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run('textToVideo', {
			model: model('Seedance 1.5 Pro'),
			prompt: 'A futuristic city at night with neon lights reflecting on wet streets',
			additionalFields: {
				aspectRatio: '16:9',
				resolution: 1080,
				duration: 5,
				sound: true,
				generatingCount: 2,
				boardId: { __rl: true, mode: 'id', value: 'board_1' },
				noticeUrl: 'https://hooks.example.com/t2v',
			},
		});

		expect(seen).toHaveLength(1);
		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(seen[0].body).toEqual({
			model: 'Seedance 1.5 Pro',
			prompt: 'A futuristic city at night with neon lights reflecting on wet streets',
			aspectRatio: '16:9',
			resolution: 1080,
			duration: 5,
			sound: 'on',
			generatingCount: 2,
			boardId: 'board_1',
			noticeUrl: 'https://hooks.example.com/t2v',
		});
		expect(out.items).toEqual([{ json: documentedResponse(fx).result, pairedItem: { item: 0 } }]);
	});

	test.each([
		['resolution', { resolution: 2160 }, /Seedance 1\.5 Pro supports resolutions 720, 1080, not 2160/],
		['duration', { duration: 15 }, /Seedance 1\.5 Pro supports durations of 4–12 s, not 15 s/],
		['aspect ratio', { aspectRatio: '21:9' }, /Seedance 1\.5 Pro supports aspect ratios 9:16, 3:4, 1:1, 4:3, 16:9, not 21:9/],
	])('an unsupported %s fails before any request, naming the allowed values', async (_what, additionalFields, message) => {
		await expectRejected('textToVideo', { model: model('Seedance 1.5 Pro'), prompt: 'A city', additionalFields }, message);
	});

	test('sound on a model without native sound fails before any request', async () => {
		await expectRejected(
			'textToVideo',
			{ model: model('Sora 2'), prompt: 'A city', additionalFields: { sound: true } },
			/Sora 2 has no native sound/,
		);
	});

	test('a resolution for a model that takes none fails; every problem is listed', async () => {
		const out = await expectRejected(
			'textToVideo',
			{ model: model('Kling 2.6'), prompt: 'A city', additionalFields: { resolution: 720, duration: 7 } },
			/Kling 2\.6 takes no resolution/,
		);
		expect(out.error.description).toMatch(/Kling 2\.6 supports durations of 5, 10 s, not 7 s/);
	});

	test('a model missing from the table is sent as typed (Topview decides)', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 't-new' }));
		const seen = recordRequests(scope);

		await run('textToVideo', { model: { __rl: true, mode: 'name', value: 'Brand New Model' }, prompt: 'A city', additionalFields: { resolution: 2160 } });

		expect(seen[0].body).toEqual({ model: 'Brand New Model', prompt: 'A city', resolution: 2160 });
	});

	test('an empty prompt fails before any request', async () => {
		await expectRejected('textToVideo', { model: model('Standard'), prompt: '   ' }, /Prompt is empty/);
	});

	test('Check Cost First: over Max Credits per Item fails before the submit', async () => {
		// Seedance 1.5 Pro at 1080p with sound: 0.55 credits per second × 10 s × 2 videos = 11.
		const out = await expectRejected(
			'textToVideo',
			{
				model: model('Seedance 1.5 Pro'),
				prompt: 'A city',
				additionalFields: { resolution: 1080, duration: 10, sound: true, generatingCount: 2 },
				options: { checkCostFirst: true, maxCredits: 10 },
			},
			/Estimated cost 11 credits is more than Max Credits per Item \(10\)/,
		);
		expect(out.error.description).toMatch(/cheaper model/);
	});

	test('Check Cost First: within the limit the task is submitted', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 't-ok' }));
		const seen = recordRequests(scope);

		const out = await run('textToVideo', {
			model: model('Seedance 1.5 Pro'),
			prompt: 'A city',
			additionalFields: { resolution: 1080, duration: 10, sound: true, generatingCount: 2 },
			options: { checkCostFirst: true, maxCredits: 11 },
		});

		expect(seen).toHaveLength(1);
		expect(out.items[0].json.taskId).toBe('t-ok');
	});

	test('Check Cost First without a duration fails: the cost cannot be estimated', async () => {
		await expectRejected(
			'textToVideo',
			{ model: model('Standard'), prompt: 'A city', options: { checkCostFirst: true, maxCredits: 100 } },
			/Duration is needed to estimate the cost/,
			/Check Cost First is on/,
		);
	});

	test('Wait and Download Result: every generated video is attached as data_0, data_1', async () => {
		const fx = fixture('text2videoQuery');
		topview().post(SUBMIT).reply(200, ok({ taskId: 't2v-task-1' }));
		topview().get(QUERY).query({ taskId: 't2v-task-1' }).reply(200, ok({ taskId: 't2v-task-1', status: 'running', videos: null }));
		const query = topview().get(QUERY).query({ taskId: 't2v-task-1' }).reply(200, documentedResponse(fx));
		const seen = recordRequests(query);
		nock('https://cdn.example.com').get('/t2v-task-1-0.mp4').reply(200, Buffer.from('video zero'), { 'Content-Type': 'video/mp4' });
		nock('https://cdn.example.com').get('/t2v-task-1-1.mp4').reply(200, Buffer.from('video one'), { 'Content-Type': 'video/mp4' });

		const out = await run('textToVideo', {
			model: model('Standard'),
			prompt: 'A city',
			additionalFields: { generatingCount: 2 },
			waitForCompletion: true,
			options: { ...fastWait, downloadResult: true },
		});

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		const [item] = out.items;
		expect(item.json).toEqual(documentedResponse(fx).result);
		expect(Object.keys(item.binary)).toEqual(['data_0', 'data_1']);
		expect(item.binary.data_0).toMatchObject({ fileName: 't2v-task-1_0.mp4', mimeType: 'video/mp4' });
		expect(Buffer.from(item.binary.data_1.data, 'base64').toString()).toBe('video one');
	});
});

describe('Query Text to Video', () => {
	test('GET the documented query; a failed video is skipped by Download Result', async () => {
		const fx = fixture('text2videoQuery');
		const answer = documentedResponse(fx);
		answer.result.videos[0] = { status: 'fail', filePath: '', errorMsg: 'content filter' };
		const scope = topview().get(QUERY).query({ taskId: 't2v-task-1' }).reply(200, answer);
		const seen = recordRequests(scope);
		nock('https://cdn.example.com').get('/t2v-task-1-1.mp4').reply(200, Buffer.from('video one'));

		const out = await run('queryTextToVideo', { taskId: 't2v-task-1', options: { downloadResult: true, binaryPropertyName: 'video' } });

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(Object.keys(out.items[0].binary)).toEqual(['video_1']);
	});
});

describe('Get Models', () => {
	test('one item per model of the type with its limits and rates; nothing is sent', async () => {
		const unmatched = unmatchedRequests();
		try {
			const out = await run('getModels', { generationType: 'textToVideo' });
			expect(unmatched.requests).toHaveLength(0);
			expect(out.items).toHaveLength(23);
			expect(out.items.find((i) => i.json.model === 'Veo 3.1').json).toEqual({
				model: 'Veo 3.1',
				generationType: 'textToVideo',
				aspectRatios: ['9:16', '16:9'],
				resolutions: [720, 1080, 2160],
				durations: [4, 6, 8],
				nativeAudio: true,
				rates: [
					{ resolution: 720, sound: false, perSecond: 1.1 },
					{ resolution: 720, sound: true, perSecond: 2.2 },
					{ resolution: 1080, sound: false, perSecond: 1.1 },
					{ resolution: 1080, sound: true, perSecond: 2.2 },
					{ resolution: 2160, sound: false, perSecond: 2.2 },
					{ resolution: 2160, sound: true, perSecond: 3.3 },
				],
			});
		} finally {
			unmatched.stop();
		}
	});
});

describe('Estimate Cost', () => {
	test('rate × duration × count, as Topview’s client computes it; nothing is sent', async () => {
		const out = await run('estimateCost', {
			generationType: 'textToVideo',
			model: model('Seedance 1.5 Pro'),
			resolution: 1080,
			duration: 5,
			sound: true,
			generatingCount: 2,
		});
		expect(out.items[0].json).toEqual({
			generationType: 'textToVideo',
			model: 'Seedance 1.5 Pro',
			resolution: 1080,
			duration: 5,
			sound: 'on',
			generatingCount: 2,
			estimatedCredits: 5.5,
		});
	});

	test('a model priced without resolution: None', async () => {
		const out = await run('estimateCost', { generationType: 'textToVideo', model: model('Topview Lite'), resolution: 0, duration: 10, generatingCount: 1 });
		expect(out.items[0].json).toMatchObject({ model: 'Topview Lite', duration: 10, estimatedCredits: 1 });
		expect(out.items[0].json).not.toHaveProperty('resolution');
	});

	test('settings outside the model fail with its allowed values', async () => {
		const out = await run('estimateCost', { generationType: 'textToVideo', model: model('Veo 3.1'), resolution: 480, duration: 8 });
		expect(out.status).toBe('error');
		expect(out.error.message).toMatch(/Veo 3\.1 supports resolutions 720, 1080, 2160, not 480/);
	});
});

describe('Model picker', () => {
	test('lists the operation’s models with their limits, filtered by the search text', async () => {
		const { searchTextToVideoModels } = new Topview().methods.listSearch;
		const result = await searchTextToVideoModels.call({}, 'seedance 1.5');
		expect(result.results).toEqual([
			{ name: 'Seedance 1.5 Pro (720, 1080p · 4–12 s · 9:16, 3:4, 1:1, 4:3, 16:9 · sound)', value: 'Seedance 1.5 Pro' },
		]);
	});
});
