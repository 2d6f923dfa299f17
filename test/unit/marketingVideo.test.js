// Marketing Video (m2v): Submit, Query, Export, Get Scripts and Update Script — the exact request and
// output of each, validation before any request, the wait path and inline binaries.
const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, expectRefusedWithoutRequest } = require('../helpers/http');

const SUBMIT = '/v1/m2v/task/submit';
const QUERY = '/v1/m2v/task/query';
const locator = (value) => ({ __rl: true, mode: 'id', value });
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const run = (operation, parameters = {}, options) => runTopview({ resource: 'marketingVideo', operation, ...parameters }, options);

const expectRejected = (operation, parameters, message, description) =>
	expectRefusedWithoutRequest(() => run(operation, parameters), message, description);

const previewVideo = (scriptId) => ({
	scriptId,
	status: 'success',
	title: `Script ${scriptId}`,
	description: 'A video',
	videoUrl: `https://cdn.example.com/preview-${scriptId}.mp4`,
	coverUrl: `https://cdn.example.com/preview-${scriptId}.png`,
	videoDuration: 15000,
	videoEtag: 'etag',
});

describe('Submit', () => {
	test('a product link alone: the body holds just the link', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'm2v-1', status: 'init', errorMsg: null }));
		const seen = recordRequests(scope);

		const out = await run('submit', { productLink: 'https://shop.example.com/p/trail-runner' });

		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${SUBMIT}`]);
		expect(seen[0].headers['topview-uid']).toBe('u-test-1');
		expect(seen[0].body).toEqual({ productLink: 'https://shop.example.com/p/trail-runner' });
		expect(out.items).toEqual([{ json: { taskId: 'm2v-1', status: 'init', errorMsg: null }, pairedItem: { item: 0 } }]);
	});

	test('file IDs (comma-separated) with name and description, and every additional field', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'm2v-2' }));
		const seen = recordRequests(scope);

		await run('submit', {
			fileIds: ' file-1, file-2 ,,',
			productName: 'Trail Runner 2',
			productDescription: 'Waterproof trail shoes',
			logoFileId: 'file-logo',
			endcardFileId: 'file-endcard',
			musicFileId: 'file-music',
			additionalFields: {
				aspectRatio: '16:9',
				language: 'de',
				voiceId: locator('voice-7'),
				captionId: 'cap-1',
				aiavatarId: locator('3327'),
				videoLengthType: 4,
				endcardAspectRatio: 'all',
				endcardBackgroundColor: 'white',
				preview: true,
				isDiyScript: true,
				diyScriptDescription: 'Wet feet? Not any more.',
				diyStyle: 'diyScriptPrompt',
				diyScriptPrompt: 'Energetic',
				targetAudience: 'Trail runners',
				noticeUrl: 'https://hooks.example.com/m2v',
				additionalBodyFields: '{"futureField": 1}',
			},
		});

		expect(seen[0].body).toEqual({
			fileIds: ['file-1', 'file-2'],
			productName: 'Trail Runner 2',
			productDescription: 'Waterproof trail shoes',
			logoFileId: 'file-logo',
			endcardFileId: 'file-endcard',
			musicFileId: 'file-music',
			aspectRatio: '16:9',
			language: 'de',
			voiceId: 'voice-7',
			captionId: 'cap-1',
			aiavatarId: '3327',
			videoLengthType: 4,
			endcardAspectRatio: 'all',
			endcardBackgroundColor: 'white',
			preview: 'true',
			isDiyScript: 'true',
			diyScriptDescription: 'Wet feet? Not any more.',
			diyStyle: 'diyScriptPrompt',
			diyScriptPrompt: 'Energetic',
			targetAudience: 'Trail runners',
			noticeUrl: 'https://hooks.example.com/m2v',
			futureField: 1,
		});
	});

	test('file IDs from an expression returning an array', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'm2v-3' }));
		const seen = recordRequests(scope);

		await run(
			'submit',
			{ fileIds: '={{ $json.files }}', productName: 'Mug', productDescription: 'A mug' },
			{ items: [{ json: { files: ['file-a', 'file-b'] } }] },
		);

		expect(seen[0].body).toEqual({ fileIds: ['file-a', 'file-b'], productName: 'Mug', productDescription: 'A mug' });
	});

	test.each([
		['neither a product link nor file IDs', {}, /^Product Link or File IDs is required/],
		['a product link that is not a URL', { productLink: 'shop.example.com/p/1' }, /^Product Link must be an absolute http\(s\) URL/],
		['file IDs without a product name', { fileIds: 'file-1', productDescription: 'A mug' }, /^Product Name is required without a Product Link/],
		['file IDs without a description', { fileIds: 'file-1', productName: 'Mug' }, /^Product Description is required without a Product Link/],
		[
			'custom script fields with Custom Script off',
			{ productLink: 'https://shop.example.com/p/1', additionalFields: { diyScriptDescription: 'Hi' } },
			/^Custom Script Text applies only with Custom Script on: turn on Custom Script or remove it$/,
		],
		[
			'a prompt style without the prompt',
			{ productLink: 'https://shop.example.com/p/1', additionalFields: { isDiyScript: true, diyStyle: 'diyScriptPrompt' } },
			/^Custom Script Prompt is required when Custom Script Style Type is "Prompt"/,
		],
		[
			'a video length out of range (from an expression)',
			{ productLink: 'https://shop.example.com/p/1', additionalFields: { videoLengthType: '={{ 7 }}' } },
			/^Video Length must be 1 \(30–50 s\), 2 \(15–30 s\), 3 \(30–45 s\) or 4 \(45–60 s\), not 7$/,
		],
		[
			'an unknown aspect ratio',
			{ productLink: 'https://shop.example.com/p/1', additionalFields: { aspectRatio: '={{ "21:9" }}' } },
			/^Aspect Ratio must be one of 9:16, 3:4, 1:1, 4:3, 16:9, not "21:9"$/,
		],
	])('rejected before any request: %s', async (_name, parameters, message) => {
		await expectRejected('submit', parameters, message);
	});

	test('without a product link, Custom Script on makes the description optional', async () => {
		const scope = topview().post(SUBMIT).reply(200, ok({ taskId: 'm2v-4' }));
		const seen = recordRequests(scope);

		await run('submit', {
			fileIds: 'file-1',
			productName: 'Mug',
			additionalFields: { isDiyScript: true, diyScriptDescription: 'Buy this mug.' },
		});

		expect(seen[0].body).toEqual({ fileIds: ['file-1'], productName: 'Mug', isDiyScript: 'true', diyScriptDescription: 'Buy this mug.' });
	});

	test('Wait for Completion: submit once, query running then success, output previewVideos and exportVideos', async () => {
		const submits = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'm2v-wait', status: 'init' })));
		const final = {
			taskId: 'm2v-wait',
			status: 'success',
			errorMsg: null,
			productName: 'Mug',
			previewVideos: [previewVideo(0), previewVideo(1)],
			exportVideos: [{ ...previewVideo(0), videoUrl: 'https://cdn.example.com/export-0.mp4' }],
		};
		const queries = recordRequests(
			topview()
				.get(QUERY)
				.query({ taskId: 'm2v-wait' })
				.reply(200, ok({ taskId: 'm2v-wait', status: 'running', previewVideos: [], exportVideos: [] }))
				.get(QUERY)
				.query({ taskId: 'm2v-wait' })
				.reply(200, ok(final)),
		);

		const out = await run('submit', { productLink: 'https://shop.example.com/p/mug', waitForCompletion: true, options: fastWait });

		expect(out.error).toBeUndefined();
		expect(submits).toHaveLength(1);
		expect(queries).toHaveLength(2);
		expect(out.items).toEqual([{ json: final, pairedItem: { item: 0 } }]);
	});

	test('logo and music from binaries are uploaded, then submitted with their fileIds', async () => {
		const STORAGE = 'https://storage.example.com';
		const api = topview();
		for (const [format, fileId] of [
			['png', 'file-logo-up'],
			['wav', 'file-music-up'],
		]) {
			api.get('/v1/upload/credential').query({ format }).reply(200, ok({ fileId, format, uploadUrl: `${STORAGE}/up/${fileId}` }));
			api.get('/v1/upload/check').query({ fileId }).reply(200, ok(true));
			nock(STORAGE).put(`/up/${fileId}`).reply(200, '');
		}
		const submits = recordRequests(topview().post(SUBMIT).reply(200, ok({ taskId: 'm2v-inline' })));
		const binary = (data, mimeType, fileName) => ({ data: Buffer.from(data).toString('base64'), mimeType, fileName });

		const out = await run(
			'submit',
			{
				productLink: 'https://shop.example.com/p/mug',
				logoFileInput: 'binary',
				logoBinaryPropertyName: 'logo',
				musicFileInput: 'binary',
				musicBinaryPropertyName: 'music',
			},
			{ items: [{ json: {}, binary: { logo: binary('PNG', 'image/png', 'logo.png'), music: binary('RIFF', 'audio/wav', 'bg.wav') } }] },
		);

		expect(out.error).toBeUndefined();
		expect(submits[0].body).toEqual({
			productLink: 'https://shop.example.com/p/mug',
			logoFileId: 'file-logo-up',
			musicFileId: 'file-music-up',
		});
	});
});

test('Query: GET the task, output the result with previewVideos and exportVideos', async () => {
	const result = { taskId: 'm2v-1', status: 'success', previewVideos: [previewVideo(0)], exportVideos: [] };
	const seen = recordRequests(topview().get(QUERY).query({ taskId: 'm2v-1' }).reply(200, ok(result)));

	const out = await run('query', { taskId: 'm2v-1' });

	expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${QUERY}?taskId=m2v-1`]);
	expect(out.items).toEqual([{ json: result, pairedItem: { item: 0 } }]);
});

describe('Export', () => {
	test('POSTs taskId, scriptId and the callback URL; outputs Topview’s answer', async () => {
		const answer = { taskId: 'm2v-1', status: 'init', errorMsg: null, noticeUuid: 'uuid-1' };
		const seen = recordRequests(topview().post('/v1/m2v/export').reply(200, ok(answer)));

		const out = await run('export', { taskId: ' m2v-1 ', scriptId: 2, noticeUrl: 'https://hooks.example.com/export' });

		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/m2v/export']);
		expect(seen[0].body).toEqual({ taskId: 'm2v-1', scriptId: '2', noticeUrl: 'https://hooks.example.com/export' });
		expect(out.items).toEqual([{ json: answer, pairedItem: { item: 0 } }]);
	});

	test('scriptId defaults to 0', async () => {
		const seen = recordRequests(topview().post('/v1/m2v/export').reply(200, ok({ taskId: 'm2v-1' })));

		await run('export', { taskId: 'm2v-1', noticeUrl: 'https://hooks.example.com/export' });

		expect(seen[0].body).toEqual({ taskId: 'm2v-1', scriptId: '0', noticeUrl: 'https://hooks.example.com/export' });
	});

	test('the callback URL Topview requires is checked before any request', async () => {
		await expectRejected('export', { taskId: 'm2v-1', noticeUrl: '={{ $json.url }}' }, /^Callback URL is required for an export/);
		await expectRejected('export', { taskId: 'm2v-1', noticeUrl: 'hooks.example.com' }, /^Callback URL must be an absolute http\(s\) URL/);
	});
});

test('Get Scripts: GET the script list of a task, one item per script', async () => {
	const scripts = [
		{ scriptId: 0, scriptContents: [{ segId: '0', segText: 'Hello' }] },
		{ scriptId: 1, scriptContents: [{ segId: '0', segText: 'Hi' }] },
	];
	const seen = recordRequests(topview().get('/v1/m2v/script/list').query({ taskId: 'm2v-1' }).reply(200, ok(scripts)));

	const out = await run('getScripts', { taskId: 'm2v-1' });

	expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/m2v/script/list?taskId=m2v-1']);
	expect(out.items).toEqual(scripts.map((json) => ({ json, pairedItem: { item: 0 } })));
});

describe('Update Script', () => {
	test('POSTs taskId, scriptId and the segments; outputs Topview’s answer', async () => {
		const answer = { taskId: 'm2v-1', status: 'success', errorMsg: null };
		const seen = recordRequests(topview().post('/v1/m2v/script/update').reply(200, ok(answer)));

		const out = await run('updateScript', {
			taskId: 'm2v-1',
			scriptId: 1,
			scriptContents: {
				segments: [
					{ segId: '0', segText: 'New opening line' },
					{ segId: '1', segText: 'New closing line' },
				],
			},
		});

		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/m2v/script/update']);
		expect(seen[0].body).toEqual({
			taskId: 'm2v-1',
			scriptId: '1',
			scriptContents: [
				{ segId: '0', segText: 'New opening line' },
				{ segId: '1', segText: 'New closing line' },
			],
		});
		expect(out.items).toEqual([{ json: answer, pairedItem: { item: 0 } }]);
	});

	test('fields the docs do not list go through Additional Body Fields, beside the segments', async () => {
		const seen = recordRequests(topview().post('/v1/m2v/script/update').reply(200, ok({ taskId: 'm2v-1' })));

		await run('updateScript', {
			taskId: 'm2v-1',
			scriptContents: { segments: [{ segId: '0', segText: 'Hello' }] },
			additionalFields: { additionalBodyFields: '{"title": "Summer sale"}' },
		});

		expect(seen[0].body).toEqual({ taskId: 'm2v-1', scriptId: '0', scriptContents: [{ segId: '0', segText: 'Hello' }], title: 'Summer sale' });
	});

	test('a title alone (no segments) is rejected before any request', async () => {
		await expectRejected(
			'updateScript',
			{ taskId: 'm2v-1', additionalFields: { additionalBodyFields: '{"title": "Summer sale"}' } },
			/^Nothing to update: add Script Segments/,
		);
	});

	test('nothing to change is rejected before any request', async () => {
		await expectRejected('updateScript', { taskId: 'm2v-1' }, /^Nothing to update: add Script Segments/);
	});
});
