const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests } = require('../helpers/http');

const locator = (value) => ({ __rl: true, mode: 'id', value });
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const replace = (parameters) => ({ resource: 'productAvatar', operation: 'replaceProductImage', ...parameters });
const toVideo = (parameters) => ({ resource: 'productAvatar', operation: 'imageToVideo', additionalFields: { captionId: '2' }, ...parameters });

describe('Replace Product Image sends the chosen version its fields', () => {
	test('v2 (default) with a public avatar', async () => {
		const scope = topview()
			.post('/v2/product_avatar/task/image_replace/submit')
			.reply(200, ok({ taskId: 'pa-1', status: 'init', errorMsg: null }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			replace({
				productImageFileId: 'file-product',
				avatarId: locator('5001'),
				imageEditPrompt: 'Hold the bottle in the right hand',
				additionalFields: { productSize: '3', noticeUrl: 'https://hooks.example.com/pa' },
			}),
		);

		expect(run.error).toBeUndefined();
		expect(seen).toHaveLength(1);
		expect(seen[0].method).toBe('POST');
		expect(seen[0].body).toEqual({
			productImageFileId: 'file-product',
			avatarId: '5001',
			imageEditPrompt: 'Hold the bottle in the right hand',
			productSize: '3',
			noticeUrl: 'https://hooks.example.com/pa',
		});
		expect(run.items).toEqual([{ json: { taskId: 'pa-1', status: 'init', errorMsg: null }, pairedItem: { item: 0 } }]);
	});

	test('v1 with a template image goes to the v1 path', async () => {
		const scope = topview().post('/v1/product_avatar/task/image_replace/submit').reply(200, ok({ taskId: 'pa-v1' }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			replace({
				version: 'v1',
				productImageFileId: 'file-product',
				avatarSource: 'templateImage',
				templateImageFileId: 'file-model',
				userFaceImageFileId: 'file-face',
				imageEditPrompt: 'Replace the item in the hand',
			}),
		);

		expect(seen[0].body).toEqual({
			productImageFileId: 'file-product',
			templateImageFileId: 'file-model',
			userFaceImageFileId: 'file-face',
			imageEditPrompt: 'Replace the item in the hand',
		});
		expect(run.items).toEqual([{ json: { taskId: 'pa-v1' }, pairedItem: { item: 0 } }]);
	});

	test('v3 sends its own fields: cut-out, manual placement, model version as "version", board', async () => {
		const scope = topview().post('/v3/product_avatar/task/image_replace/submit').reply(200, ok({ taskId: 'pa-v3' }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			replace({
				version: 'v3',
				productImageWithoutBackgroundFileId: 'file-cutout',
				avatarId: locator('5002'),
				additionalFields: {
					generateImageMode: 'manual',
					location: '[[10.5, 20], [30.5, 40]]',
					modelVersion: 'v4',
					keepTarget: 'product',
					boardId: { __rl: true, mode: 'id', value: 'board-7' },
				},
			}),
		);

		expect(run.error).toBeUndefined();
		expect(seen[0].body).toEqual({
			productImageWithoutBackgroundFileId: 'file-cutout',
			avatarId: '5002',
			generateImageMode: 'manual',
			location: [
				[10.5, 20],
				[30.5, 40],
			],
			version: 'v4',
			keepTarget: 'product',
			boardId: 'board-7',
		});
	});

	test('v3-only options are not sent with v2, and the unchosen avatar source stays out', async () => {
		const scope = topview().post('/v2/product_avatar/task/image_replace/submit').reply(200, ok({ taskId: 'pa-2' }));
		const seen = recordRequests(scope);

		await runTopview(
			replace({
				productImageFileId: 'file-product',
				avatarId: locator('5001'),
				templateImageFileId: 'stale-template',
				additionalFields: { generateImageMode: 'manual', modelVersion: 'v4', location: '[[1, 2]]' },
			}),
		);

		expect(seen[0].body).toEqual({ productImageFileId: 'file-product', avatarId: '5001' });
	});

	test('Additional Body Fields reach the body; fields set in the node win', async () => {
		const scope = topview().post('/v2/product_avatar/task/image_replace/submit').reply(200, ok({ taskId: 'pa-3' }));
		const seen = recordRequests(scope);

		await runTopview(
			replace({
				productImageFileId: 'file-product',
				avatarId: locator('5001'),
				additionalFields: { additionalBodyFields: '{"projectId": "p-9", "avatarId": "from-json"}' },
			}),
		);

		expect(seen[0].body).toEqual({ projectId: 'p-9', productImageFileId: 'file-product', avatarId: '5001' });
	});

	test('a binary product image is uploaded, then submitted with its fileId', async () => {
		const api = topview();
		api.get('/v1/upload/credential').query({ format: 'png' }).reply(200, ok({ fileId: 'file-up', fileName: 'file-up.png', format: 'png', uploadUrl: 'https://storage.example.com/up/file-up' }));
		api.get('/v1/upload/check').query({ fileId: 'file-up' }).reply(200, ok(true));
		const storage = nock('https://storage.example.com').put('/up/file-up').reply(200, '');
		const submit = topview().post('/v2/product_avatar/task/image_replace/submit').reply(200, ok({ taskId: 'pa-up' }));
		const submits = recordRequests(submit);

		const run = await runTopview(
			replace({ productImageFileInput: 'binary', productImageBinaryPropertyName: 'shot', avatarId: locator('5001') }),
			{ items: [{ json: {}, binary: { shot: { data: Buffer.from('PNG bytes').toString('base64'), mimeType: 'image/png', fileName: 'bottle.png' } } }] },
		);

		expect(run.error).toBeUndefined();
		expect(storage.isDone()).toBe(true);
		expect(submits[0].body).toEqual({ productImageFileId: 'file-up', avatarId: '5001' });
		expect(run.items[0].json).toEqual({ taskId: 'pa-up' });
	});
});

describe('Replace Product Image is checked before anything is sent', () => {
	test.each([
		[
			'no product image',
			{ avatarId: locator('5001') },
			'A product image is required: give Product Image File ID or Product Image Without Background File ID (e.g. from Remove Background)',
		],
		[
			'v1 without a product image file (a cut-out is not enough)',
			{ version: 'v1', productImageWithoutBackgroundFileId: 'x', avatarId: locator('5001'), imageEditPrompt: 'p' },
			'Product Image File ID is required with v1: upload the product photo with File → Upload and use its fileId, or choose Binary File',
		],
		[
			'no avatar and no template image',
			{ productImageFileId: 'file-product', avatarSource: 'templateImage', templateImageFileId: '={{ $json.model }}' },
			'Choose who presents the product: pick an Avatar (Avatar Source "Public Avatar") or give a Template Image File ID (Avatar Source "Template Image")',
		],
		[
			'v1 without a prompt',
			{ version: 'v1', productImageFileId: 'file-product', avatarId: locator('5001') },
			'Image Edit Prompt is required with v1: describe how the product replaces the item in the picture',
		],
		[
			'v3 manual placement without a location',
			{ version: 'v3', productImageFileId: 'f', avatarId: locator('5001'), additionalFields: { generateImageMode: 'manual' } },
			'Location is required with Generate Image Mode "manual": give the [x, y] points where the product goes',
		],
		[
			'a location that is not a list of points',
			{ version: 'v3', productImageFileId: 'f', avatarId: locator('5001'), additionalFields: { location: '[[1, 2, 3]]' } },
			'Location must be a JSON list of [x, y] points, e.g. [[10.5, 20.0], [30.5, 40.0]], not "[[1, 2, 3]]"',
		],
	])('%s', async (_case, parameters, message) => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(replace(parameters));

			expect(run.status).toBe('error');
			expect(run.error.message).toBe(message);
			expect(run.error.description).toMatch(/Nothing was sent to Topview/);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test('a binary is not uploaded when the body is invalid', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(replace({ productImageFileInput: 'binary', avatarSource: 'templateImage', templateImageFileId: '={{ "" }}' }), {
				items: [{ json: {}, binary: { data: { data: Buffer.from('x').toString('base64'), mimeType: 'image/png', fileName: 'a.png' } } }],
			});

			expect(run.error.message).toMatch(/^Choose who presents the product/);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});
});

describe('Image to Video', () => {
	test('v2 text script: the image, mode, script and voice', async () => {
		const scope = topview().post('/v2/product_avatar/task/image2Video/submit').reply(200, ok({ taskId: 'iv-1', status: 'init' }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			toVideo({
				replaceProductTaskImageId: 'img-1',
				ttsText: 'Meet the bottle.',
				voiceId: locator('v1001'),
				audioFileId: 'stale-audio',
				additionalFields: { mode: 'avatar4', captionId: '2', noticeUrl: 'https://hooks.example.com/iv' },
			}),
		);

		expect(seen[0].body).toEqual({
			replaceProductTaskImageId: 'img-1',
			scriptMode: 'text',
			ttsText: 'Meet the bottle.',
			voiceId: 'v1001',
			mode: 'avatar4',
			captionId: '2',
			noticeUrl: 'https://hooks.example.com/iv',
		});
		expect(run.items).toEqual([{ json: { taskId: 'iv-1', status: 'init' }, pairedItem: { item: 0 } }]);
	});

	test('v1 sends its own body: the replaced image key, mode and prompt, and none of the v2 fields', async () => {
		const scope = topview().post('/v1/product_avatar/task/image2Video/submit').reply(200, ok({ taskId: 'iv-v1' }));
		const seen = recordRequests(scope);

		const run = await runTopview(
			toVideo({
				version: 'v1',
				productReplaceResultKey: '21f48762080b42f1b718ad722f92c',
				mode: 'pro',
				image2videoPrompt: 'She lifts the bottle',
				replaceProductTaskImageId: 'stale-v2-image',
				scriptMode: 'audio',
				audioFileId: 'stale-audio',
			}),
		);

		expect(run.error).toBeUndefined();
		expect(seen[0].body).toEqual({ productReplaceResultKey: '21f48762080b42f1b718ad722f92c', mode: 'pro', image2videoPrompt: 'She lifts the bottle' });
	});

	test('v2 without a caption style is refused: Topview requires captionId', async () => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(toVideo({ replaceProductTaskImageId: 'img-1', ttsText: 'Hi', voiceId: locator('v1'), additionalFields: {} }));

			expect(run.error.message).toBe(
				'Caption Style is required for v2 Image to Video: add it under Additional Fields → Caption Style Name or ID',
			);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});

	test.each([
		['no image', { replaceProductTaskImageId: '={{ $json.imageId }}', ttsText: 'Hi', voiceId: locator('v1') }, 'Product Image ID is required: use replaceProductTaskImageId from a finished Replace Product Image task'],
		['text without a voice', { replaceProductTaskImageId: 'img-1', ttsText: 'Hi', voiceId: locator('={{ $json.voice }}') }, 'Voice is required with Script Mode "Text": pick a voice from the list or enter its voiceId'],
		[
			'audio without a file',
			{ replaceProductTaskImageId: 'img-1', scriptMode: 'audio', audioFileId: '  ' },
			'Audio File ID is required with Script Mode "Audio": upload the audio with File → Upload and use its fileId, or choose Binary File',
		],
		['version v3, which has no image to video', { version: 'v3', replaceProductTaskImageId: 'img-1', ttsText: 'Hi', voiceId: locator('v1') }, 'Product Avatar Video has no API version "v3"'],
		['v1 without a result key', { version: 'v1', productReplaceResultKey: '={{ "" }}' }, 'Product Replace Result Key is required: use productReplaceResult[].key from a finished v1 Replace Product Image task'],
	])('%s is rejected before any request', async (_case, parameters, message) => {
		const unmatched = unmatchedRequests();
		try {
			const run = await runTopview(toVideo(parameters));

			expect(run.error.message).toBe(message);
			expect(unmatched.requests).toEqual([]);
		} finally {
			unmatched.stop();
		}
	});
});

describe('Wait for Completion polls the query of the version that was submitted', () => {
	test('v2 replace: submit → running → success, with the image downloaded', async () => {
		topview().post('/v2/product_avatar/task/image_replace/submit').reply(200, ok({ taskId: 'pa-w' }));
		const query = topview();
		query.get('/v2/product_avatar/task/image_replace/query').query({ taskId: 'pa-w' }).reply(200, ok({ taskId: 'pa-w', status: 'running' }));
		query
			.get('/v2/product_avatar/task/image_replace/query')
			.query({ taskId: 'pa-w' })
			.reply(200, ok({ taskId: 'pa-w', status: 'success', replaceProductTaskImageId: 'img-9', finishedImageUrl: 'https://cdn.example.com/pa-w.png' }));
		const queries = recordRequests(query);
		nock('https://cdn.example.com').get('/pa-w.png').reply(200, Buffer.from('PNG'), { 'Content-Type': 'image/png' });

		const run = await runTopview(
			replace({
				productImageFileId: 'file-product',
				avatarId: locator('5001'),
				waitForCompletion: true,
				options: { ...fastWait, downloadResult: true },
			}),
		);

		expect(run.error).toBeUndefined();
		expect(queries).toHaveLength(2);
		expect(run.items[0].json).toEqual({
			taskId: 'pa-w',
			status: 'success',
			replaceProductTaskImageId: 'img-9',
			finishedImageUrl: 'https://cdn.example.com/pa-w.png',
		});
		expect(run.items[0].binary.data).toMatchObject({ mimeType: 'image/png', fileExtension: 'png' });
	});

	test('v1 image to video waits on the v1 result path', async () => {
		topview().post('/v1/product_avatar/task/image2Video/submit').reply(200, ok({ taskId: 'iv-w' }));
		const query = topview();
		query.get('/v1/product_avatar/task/image2Video/result').query({ taskId: 'iv-w' }).reply(200, ok({ taskId: 'iv-w', status: 'init' }));
		query
			.get('/v1/product_avatar/task/image2Video/result')
			.query({ taskId: 'iv-w' })
			.reply(200, ok({ taskId: 'iv-w', status: 'success', finishedVideoUrl: 'https://cdn.example.com/iv-w.mp4' }));

		const run = await runTopview(
			toVideo({ version: 'v1', productReplaceResultKey: 'key-1', mode: 'lite', waitForCompletion: true, options: fastWait }),
		);

		expect(query.isDone()).toBe(true);
		expect(run.items).toEqual([
			{ json: { taskId: 'iv-w', status: 'success', finishedVideoUrl: 'https://cdn.example.com/iv-w.mp4' }, pairedItem: { item: 0 } },
		]);
	});

	test('a failed task names the family and Topview reason', async () => {
		topview().post('/v3/product_avatar/task/image_replace/submit').reply(200, ok({ taskId: 'pa-f' }));
		topview().get('/v3/product_avatar/task/image_replace/query').query({ taskId: 'pa-f' }).reply(200, ok({ taskId: 'pa-f', status: 'fail', errorMsg: 'No hand found' }));

		const run = await runTopview(
			replace({ version: 'v3', productImageFileId: 'f', avatarId: locator('5001'), waitForCompletion: true, options: fastWait }),
		);

		expect(run.error.message).toBe('Topview Product Avatar V3 Image Replacement task pa-f failed: No hand found');
	});
});
