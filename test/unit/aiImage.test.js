// AI Image: Text to Image and Image Edit, their Queries, Get Models and Estimate Cost — exact documented
// bodies (test/contract/fixtures/generation/), model limits before any request, images as binary.
const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, expectRefusedWithoutRequest } = require('../helpers/http');
const { fixture, requestProblems, parseRecorded, documentedResponse } = require('../contract/contract');
const { Topview } = require('../../dist/nodes/Topview/Topview.node.js');

const T2I = '/v1/common_task/text2image/task/submit';
const EDIT = '/v1/common_task/image_edit/task/submit';
const STORAGE = 'https://storage.example.com';
const model = (value) => ({ __rl: true, mode: 'list', value });
const run = (operation, parameters, options) => runTopview({ resource: 'aiImage', operation, ...parameters }, options);

const expectRejected = (operation, parameters, message, description) =>
	expectRefusedWithoutRequest(() => run(operation, parameters), message, description);

describe('Text to Image', () => {
	test('the documented body: generateCount, resolution as text', async () => {
		const fx = fixture('text2imageSubmit');
		const scope = topview().post(T2I).reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run('textToImage', {
			model: model('Nano Banana 2'),
			prompt: 'A futuristic city skyline at dusk, neon lights reflected on wet streets',
			aspectRatio: '16:9',
			resolution: '2K',
			generateCount: 2,
		});

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(seen[0].body).toEqual(fx.request.example);
		expect(out.items[0].json).toEqual(documentedResponse(fx).result);
	});

	test('a model without resolution: None sends no resolution', async () => {
		const scope = topview().post(T2I).reply(200, ok({ taskId: 't2i-2' }));
		const seen = recordRequests(scope);

		await run('textToImage', { model: model('GPT Image 1.5'), prompt: 'A cat', aspectRatio: '3:2', resolution: '', generateCount: 1 });

		expect(seen[0].body).toEqual({ model: 'GPT Image 1.5', prompt: 'A cat', aspectRatio: '3:2', generateCount: 1 });
	});

	test.each([
		['a missing resolution the model needs', { model: model('Nano Banana Pro'), aspectRatio: '1:1', resolution: '' }, /Nano Banana Pro needs a resolution: set Resolution to 1K, 2K, 4K/],
		['an aspect ratio the model lacks', { model: model('GPT Image 1.5'), aspectRatio: '16:9', resolution: '' }, /GPT Image 1\.5 supports aspect ratios 3:2, 1:1, 2:3, not 16:9/],
		['a resolution the model lacks', { model: model('Seedream 5.0'), aspectRatio: '1:1', resolution: '4K' }, /Seedream 5\.0 supports resolutions 2K, not 4K/],
	])('%s fails before any request', async (_what, parameters, message) => {
		await expectRejected('textToImage', { prompt: 'A cat', generateCount: 1, ...parameters }, message);
	});

	test('Check Cost First: 4 images at 4K with Nano Banana 2 (3.4 credits) over a max of 3 fails', async () => {
		await expectRejected(
			'textToImage',
			{ model: model('Nano Banana 2'), prompt: 'A cat', aspectRatio: '1:1', resolution: '4K', generateCount: 4, options: { checkCostFirst: true, maxCredits: 3 } },
			/Estimated cost 3\.4 credits is more than Max Credits per Item \(3\)/,
		);
	});
});

describe('Image Edit', () => {
	test('input images by ID and from a binary go in inputImageFileIds', async () => {
		const fx = fixture('imageEditSubmit');
		topview().get('/v1/upload/credential').query({ format: 'png' }).reply(200, ok({ fileId: 'file-up', fileName: 'file-up.png', format: 'png', uploadUrl: `${STORAGE}/up/file-up` }));
		topview().get('/v1/upload/check').query({ fileId: 'file-up' }).reply(200, ok(true));
		nock(STORAGE).put('/up/file-up').reply(200, '');
		const scope = topview().post(EDIT).reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run(
			'imageEdit',
			{
				model: model('Nano Banana 2'),
				prompt: 'Change the background to a snowy mountain landscape',
				inputImages: { files: [{ input: 'fileId', fileId: 'file_photo' }, { input: 'binary', binaryPropertyName: 'data' }] },
				aspectRatio: 'auto',
				resolution: '2K',
				generateCount: 1,
			},
			{ items: [{ json: {}, binary: { data: { data: Buffer.from('png').toString('base64'), mimeType: 'image/png', fileName: 'p.png' } } }] },
		);

		expect(out.error).toBeUndefined();
		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(seen[0].body).toEqual({ ...fx.request.example, inputImageFileIds: ['file_photo', 'file-up'] });
	});

	test('more input images than the model takes fails before any request', async () => {
		await expectRejected(
			'imageEdit',
			{
				model: model('Kontext-Pro'),
				prompt: 'Blend',
				inputImages: { files: [{ input: 'fileId', fileId: 'a' }, { input: 'fileId', fileId: 'b' }] },
				aspectRatio: '1:1',
				resolution: '',
				generateCount: 1,
			},
			/Kontext-Pro takes at most 1 input image, not 2/,
		);
	});

	test('no input image fails before any request', async () => {
		await expectRejected('imageEdit', { model: model('Nano Banana 2'), prompt: 'Blend', aspectRatio: '1:1', resolution: '1K', generateCount: 1 }, /Input Images is empty/);
	});
});

describe('Query', () => {
	test('Query Text to Image with Download Result attaches each image as data_0, data_1', async () => {
		const fx = fixture('text2imageQuery');
		const scope = topview().get('/v1/common_task/text2image/task/query').query({ taskId: 't2i-task-1' }).reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);
		nock('https://cdn.example.com').get('/t2i-task-1-0.png').reply(200, Buffer.from('png0'), { 'Content-Type': 'image/png' });
		nock('https://cdn.example.com').get('/t2i-task-1-1.png').reply(200, Buffer.from('png1'), { 'Content-Type': 'image/png' });

		const out = await run('queryTextToImage', { taskId: 't2i-task-1', options: { downloadResult: true } });

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(out.items[0].binary.data_0).toMatchObject({ fileName: 't2i-task-1_0.png', mimeType: 'image/png' });
		expect(out.items[0].binary.data_1).toMatchObject({ fileName: 't2i-task-1_1.png' });
	});

	test('Query Image Edit sends the documented query', async () => {
		const fx = fixture('imageEditQuery');
		const scope = topview().get('/v1/common_task/image_edit/task/query').query({ taskId: 'edit-task-1' }).reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run('queryImageEdit', { taskId: 'edit-task-1' });

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(out.items[0].json).toEqual(documentedResponse(fx).result);
	});
});

describe('Get Models and Estimate Cost', () => {
	test('Get Models lists the image edit models with limits and prices; nothing is sent', async () => {
		const out = await run('getModels', { generationType: 'imageEdit' });
		expect(out.items).toHaveLength(11);
		expect(out.items.find((i) => i.json.model === 'GPT Image 2').json).toMatchObject({
			resolutions: ['1K', '2K', '4K'],
			maxInputImages: 16,
			prices: { '1K': 0.2, '2K': 0.8, '4K': 1.4 },
		});
	});

	test('Estimate Cost: price per image × count', async () => {
		const out = await run('estimateCost', { generationType: 'textToImage', model: model('Nano Banana 2'), aspectRatio: '1:1', resolution: '2K', generateCount: 2 });
		expect(out.items[0].json).toEqual({ generationType: 'textToImage', model: 'Nano Banana 2', aspectRatio: '1:1', resolution: '2K', generateCount: 2, estimatedCredits: 1.2 });
	});
});

describe('Narrowed options', () => {
	const context = (values) => ({ getCurrentNodeParameter: (name) => values[name] });
	test('aspect ratios and resolutions follow the chosen model', async () => {
		const { getImageAspectRatios, getImageResolutions } = new Topview().methods.loadOptions;
		const gpt = context({ operation: 'textToImage', model: 'GPT Image 1.5' });
		expect((await getImageAspectRatios.call(gpt)).map((o) => o.value)).toEqual(['3:2', '1:1', '2:3']);
		expect(await getImageResolutions.call(gpt)).toEqual([{ name: 'None (This Model Takes No Resolution)', value: '' }]);
		const seedream = context({ operation: 'imageEdit', model: 'Seedream 4.5' });
		expect((await getImageResolutions.call(seedream)).map((o) => o.value)).toEqual(['2K', '4K']);
		expect((await getImageAspectRatios.call(seedream))[0]).toEqual({ name: 'Auto (From the Input Image)', value: 'auto' });
	});
});
