// Product AnyShoot, Product Avatar and Image Translate against Topview's documented examples.
const { fixture, documentedResponse } = require('./contract');
const { runContract } = require('./runContract');

const locator = (value) => ({ __rl: true, mode: 'id', value });
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const resultOf = (name) => documentedResponse(fixture(name)).result;
const outputOf = (run) => run.items.map((item) => item.json);

describe('Product AnyShoot', () => {
	test('Replace Product Image sends the documented body, waits on /task/result and outputs its answer', async () => {
		const { run, problems } = await runContract(['anyShootSubmit', 'anyShootResult'], {
			resource: 'productAnyShoot',
			operation: 'replaceProductImage',
			productImageFileId: 'file-product',
			templateSource: 'templateImage',
			templateImageFileId: 'file-scene',
			templateMaskFileId: 'file-mask',
			productMaskFileId: 'file-pmask',
			mode: 'standard',
			additionalFields: { noticeUrl: 'https://hooks.example.com/as' },
			waitForCompletion: true,
			options: fastWait,
		});

		expect(problems).toEqual([]);
		expect(outputOf(run)).toEqual([resultOf('anyShootResult')]);
	});

	test('Get Templates filters by the documented style', async () => {
		const { run, problems } = await runContract(['anyShootTemplateList'], {
			resource: 'productAnyShoot',
			operation: 'getTemplates',
			filters: { style: 'UGC', categoryIds: '101' },
		});

		expect(problems).toEqual([]);
		expect(outputOf(run)).toEqual(resultOf('anyShootTemplateList').data);
	});

	test.each([
		['getTemplateCategories', ['anyShootTemplateCategories'], {}],
		['productModel', ['anyShootProductModelSubmit'], { additionalFields: { additionalBodyFields: '{"productImageFileId":"f"}' } }],
		['productBackground', ['anyShootProductBackgroundSubmit'], { additionalFields: { additionalBodyFields: '{"productImageFileId":"f"}' } }],
		['queryProductModel', ['anyShootProductModelQuery'], { taskId: 'v2-product_model' }],
		['queryProductBackground', ['anyShootProductBackgroundQuery'], { taskId: 'v2-product_background' }],
		['queryReplaceProductImage', ['anyShootResult'], { taskId: 'a7c9e1d2f3b4' }],
	])('%s matches its (assumed or documented) endpoint', async (operation, steps, parameters) => {
		const { problems, run } = await runContract(steps, { resource: 'productAnyShoot', operation, ...parameters });

		expect(run.error).toBeUndefined();
		expect(problems).toEqual([]);
	});
});

describe('Product Avatar', () => {
	test('v1 Replace Product Image waits on /image_replace/result, reading taskStatus', async () => {
		const { run, problems } = await runContract(['productAvatarV1ReplaceSubmit', 'productAvatarV1ReplaceResult'], {
			resource: 'productAvatar',
			operation: 'replaceProductImage',
			version: 'v1',
			productImageFileId: 'file-product',
			avatarId: locator('5001'),
			imageEditPrompt: 'Put the bottle in her hand',
			additionalFields: { productSize: '3', noticeUrl: 'https://hooks.example.com/pa' },
			waitForCompletion: true,
			options: fastWait,
		});

		expect(problems).toEqual([]);
		expect(outputOf(run)).toEqual([resultOf('productAvatarV1ReplaceResult')]);
	});

	test('v1 Image to Video sends the result key, mode and prompt and waits on /image2Video/result', async () => {
		const { run, problems } = await runContract(['productAvatarV1ImageToVideoSubmit', 'productAvatarV1ImageToVideoResult'], {
			resource: 'productAvatar',
			operation: 'imageToVideo',
			version: 'v1',
			productReplaceResultKey: '21f48762080b42f1b718ad722f92c',
			mode: 'pro',
			image2videoPrompt: 'She lifts the bottle',
			waitForCompletion: true,
			options: fastWait,
		});

		expect(problems).toEqual([]);
		expect(outputOf(run)).toEqual([resultOf('productAvatarV1ImageToVideoResult')]);
	});

	test('v2 Image to Video sends the documented body with the required caption', async () => {
		const { run, problems } = await runContract(['productAvatarV2ImageToVideoSubmit'], {
			resource: 'productAvatar',
			operation: 'imageToVideo',
			replaceProductTaskImageId: 'img-1',
			ttsText: 'Meet the bottle',
			voiceId: locator('v1001'),
			additionalFields: { captionId: '2', mode: 'avatar4' },
		});

		expect(problems).toEqual([]);
		expect(outputOf(run)).toEqual([resultOf('productAvatarV2ImageToVideoSubmit')]);
	});

	test.each([
		['v2', 'productAvatarV2ReplaceSubmit', { productImageWithoutBackgroundFileId: 'file-cutout', avatarId: locator('5001') }],
		['v3', 'productAvatarV3ReplaceSubmit', { productImageWithoutBackgroundFileId: 'file-cutout', avatarId: locator('5001'), additionalFields: { generateImageMode: 'auto' } }],
	])('%s Replace Product Image sends documented fields; the example answer is the item', async (version, name, parameters) => {
		const { run, problems, requests } = await runContract([name], { resource: 'productAvatar', operation: 'replaceProductImage', version, ...parameters });

		expect(problems).toEqual([]);
		const { avatarId, additionalFields, ...fields } = parameters;
		expect(requests.map((r) => r.body)).toEqual([{ ...fields, avatarId: avatarId.value, ...additionalFields }]);
		expect(outputOf(run)).toEqual([resultOf(name)]);
	});

	test.each([
		['queryReplaceProductImage', 'v2', 'productAvatarV2ReplaceQuery'],
		['queryReplaceProductImage', 'v3', 'productAvatarV3ReplaceQuery'],
		['queryImageToVideo', 'v2', 'productAvatarV2ImageToVideoQuery'],
	])('%s %s → its documented query, answer passed through', async (operation, version, name) => {
		const { run, problems } = await runContract([name], { resource: 'productAvatar', operation, version, taskId: 'x-1' });

		expect(problems).toEqual([]);
		expect(outputOf(run)).toEqual([resultOf(name)]);
	});

	test('Download Without Watermark is the (assumed) GET with the replace task ID', async () => {
		const { run, problems } = await runContract(['productAvatarWatermarkFree'], {
			resource: 'productAvatar',
			operation: 'downloadWithoutWatermark',
			imageReplaceTaskId: '176bd1a50ba8437db36af5eb8fd9e5ca',
		});

		expect(problems).toEqual([]);
		expect(outputOf(run)).toEqual([resultOf('productAvatarWatermarkFree')]);
	});

	test.each([
		['getCategories', 'productAvatarCategories', {}, (result) => result],
		['getPublicAvatars', 'productAvatarPublicAvatars', { limit: 5 }, (page) => page.data],
	])('%s matches its documented look-up; each entry of the example answer is one item', async (operation, name, parameters, entriesOf) => {
		const { run, problems } = await runContract([name], { resource: 'productAvatar', operation, ...parameters });

		expect(problems).toEqual([]);
		expect(outputOf(run)).toEqual(entriesOf(resultOf(name)));
	});
});

describe('Image Translate', () => {
	test('Submit with wait runs the documented chain: translate, query, generate, query', async () => {
		const { run, problems, requests } = await runContract(
			['imageTranslateSubmit', 'imageTranslateQuery', 'imageGenerateSubmit', 'imageGenerateQuery'],
			{
				resource: 'imageTranslate',
				operation: 'submit',
				fileId: '4b129e710f9442f99605d483bac4ebcb',
				languages: ['English', 'Italian'],
				waitForCompletion: true,
				options: fastWait,
			},
		);

		expect(problems).toEqual([]);
		expect(requests[2].body).toEqual({ taskId: '41b24a504d774c2582c44b76cff27234' });
		expect(outputOf(run)).toEqual([{ ...resultOf('imageGenerateQuery'), imageTranslateTaskId: '41b24a504d774c2582c44b76cff27234' }]);
	});

	test('batch is one documented batch task', async () => {
		const { run, problems } = await runContract(['imageTranslateBatchSubmit'], {
			resource: 'imageTranslate',
			operation: 'submit',
			mode: 'batch',
			fileIds: '4b129e710f9442f99605d483bac4ebcb',
			languages: ['English'],
		});

		expect(problems).toEqual([]);
		expect(outputOf(run)).toEqual([resultOf('imageTranslateBatchSubmit')]);
	});

	test('Generate Images and Query Images follow the generate step', async () => {
		const generate = await runContract(['imageGenerateSubmit'], {
			resource: 'imageTranslate',
			operation: 'generateImages',
			translateTaskId: '41b24a504d774c2582c44b76cff27234',
		});
		const query = await runContract(['imageGenerateQuery'], { resource: 'imageTranslate', operation: 'queryImages', taskId: '41b24a504d774c2582c44b76cff27234' });

		expect([...generate.problems, ...query.problems]).toEqual([]);
		expect(outputOf(query.run)).toEqual([resultOf('imageGenerateQuery')]);
	});
});
