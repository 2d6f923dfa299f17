// Video Generation → Image to Video (v2, first/end frame or reference images) and Omni Reference (named
// images and videos the prompt refers to): exact documented bodies, file lists by ID or binary, the
// model's input mode and limits checked before any request.
const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, unmatchedRequests, expectRefusedWithoutRequest } = require('../helpers/http');
const { fixture, requestProblems, parseRecorded, documentedResponse } = require('../contract/contract');

const I2V = '/v2/common_task/image2video/task/submit';
const OMNI = '/v1/common_task/omni_reference/task/submit';
const STORAGE = 'https://storage.example.com';
const model = (value) => ({ __rl: true, mode: 'list', value });
const files = (...entries) => ({ files: entries });
const run = (operation, parameters, options) => runTopview({ resource: 'videoGeneration', operation, ...parameters }, options);

const expectRejected = (operation, parameters, message, description) =>
	expectRefusedWithoutRequest(() => run(operation, parameters), message, description);

function expectUpload(fileId, format) {
	topview().get('/v1/upload/credential').query({ format }).reply(200, ok({ fileId, fileName: `${fileId}.${format}`, format, uploadUrl: `${STORAGE}/up/${fileId}` }));
	topview().get('/v1/upload/check').query({ fileId }).reply(200, ok(true));
	nock(STORAGE).put(`/up/${fileId}`).reply(200, '');
}

const binaryItem = (binary) => ({ items: [{ json: {}, binary }] });
const png = (name) => ({ data: Buffer.from(`${name}-bytes`).toString('base64'), mimeType: 'image/png', fileName: `${name}.png` });

describe('Image to Video', () => {
	test('first and end frame with a first/end model: the v2 body as Topview documents it', async () => {
		const scope = topview().post(I2V).reply(200, ok({ taskId: 'i2v-1' }));
		const seen = recordRequests(scope);

		const out = await run('imageToVideo', {
			model: model('Kling V3'),
			firstFrameFileId: 'file-first',
			endFrameFileId: 'file-end',
			prompt: 'Smooth transition between scenes',
			additionalFields: { resolution: 1080, duration: 10, sound: true, generatingCount: 1 },
		});

		expect(out.items[0].json).toEqual({ taskId: 'i2v-1' });
		expect(seen[0].body).toEqual({
			model: 'Kling V3',
			firstFrameFileId: 'file-first',
			endFrameFileId: 'file-end',
			prompt: 'Smooth transition between scenes',
			resolution: 1080,
			duration: 10,
			sound: 'on',
			generatingCount: 1,
		});
	});

	test('reference images, one by ID and one uploaded from a binary, for a reference-to-video model', async () => {
		expectUpload('file-up-ref', 'png');
		const scope = topview().post(I2V).reply(200, ok({ taskId: 'i2v-2' }));
		const seen = recordRequests(scope);

		const out = await run(
			'imageToVideo',
			{
				model: model('Kling O3 Reference-to-Video'),
				referenceImages: files({ input: 'fileId', fileId: ' file-ref-1 ' }, { input: 'binary', binaryPropertyName: 'style' }),
				prompt: 'Both products on a table',
				additionalFields: { aspectRatio: '16:9' },
			},
			binaryItem({ style: png('style') }),
		);

		expect(out.error).toBeUndefined();
		expect(seen[0].body).toEqual({
			model: 'Kling O3 Reference-to-Video',
			referenceImageFileIds: ['file-ref-1', 'file-up-ref'],
			prompt: 'Both products on a table',
			aspectRatio: '16:9',
		});
	});

	test('an end frame for a single-image model fails before any request', async () => {
		await expectRejected(
			'imageToVideo',
			{ model: model('Kling 2.6'), firstFrameFileId: 'f1', endFrameFileId: 'f2' },
			/Kling 2\.6 takes one image \(First Frame only\): remove End Frame/,
		);
	});

	test('frames for a reference-to-video model fail before any request', async () => {
		await expectRejected(
			'imageToVideo',
			{ model: model('Veo 3.1 Reference to video'), firstFrameFileId: 'f1' },
			/Veo 3\.1 Reference to video takes Reference Images only \(at least 2\): remove First Frame and End Frame/,
		);
	});

	test('an aspect ratio for a model that follows the image fails before any request', async () => {
		await expectRejected(
			'imageToVideo',
			{ model: model('Seedance 1.5 Pro'), firstFrameFileId: 'f1', additionalFields: { aspectRatio: '16:9' } },
			/Seedance 1\.5 Pro takes no aspect ratio \(it follows the image\)/,
		);
	});

	test('no image at all fails before any request', async () => {
		await expectRejected('imageToVideo', { model: model('Standard'), prompt: 'x' }, /First Frame is required/);
	});
});

describe('Omni Reference', () => {
	test('named images and videos as { name, fileId }: the documented body', async () => {
		const fx = fixture('omniReferenceSubmit');
		const scope = topview().post(OMNI).reply(200, documentedResponse(fx));
		const seen = recordRequests(scope);

		const out = await run('omniReference', {
			model: model('Standard'),
			prompt: 'Apply the style from <<<Image1>>> to the motion in <<<Video1>>>',
			inputImages: files({ name: 'Image1', input: 'fileId', fileId: 'file_style' }),
			inputVideos: files({ name: '', input: 'fileId', fileId: 'file_motion' }),
			additionalFields: { aspectRatio: '9:16', resolution: 720 },
		});

		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		expect(seen[0].body).toEqual(fx.request.example);
		expect(out.items[0].json).toEqual(documentedResponse(fx).result);
	});

	test('a binary input image is uploaded and its fileId put in the list; internet search sent', async () => {
		expectUpload('file-up-omni', 'png');
		const scope = topview().post(OMNI).reply(200, ok({ taskId: 'omni-2' }));
		const seen = recordRequests(scope);

		const out = await run(
			'omniReference',
			{
				model: model('Fast'),
				prompt: 'Combine <<<Image1>>> and <<<Image2>>> into a product video',
				inputImages: files({ input: 'binary', binaryPropertyName: 'product' }, { input: 'fileId', fileId: 'file-bg' }),
				additionalFields: { internetSearch: true, duration: 15, generatingCount: 2 },
			},
			binaryItem({ product: png('product') }),
		);

		expect(out.error).toBeUndefined();
		expect(seen[0].body).toEqual({
			model: 'Fast',
			prompt: 'Combine <<<Image1>>> and <<<Image2>>> into a product video',
			inputImages: [
				{ name: 'Image1', fileId: 'file-up-omni' },
				{ name: 'Image2', fileId: 'file-bg' },
			],
			internetSearch: true,
			duration: 15,
			generatingCount: 2,
		});
	});

	test('a prompt naming an input that is not given fails before any request', async () => {
		await expectRejected(
			'omniReference',
			{ model: model('Standard'), prompt: 'Animate <<<Image2>>>', inputImages: files({ input: 'fileId', fileId: 'f1' }) },
			/The prompt refers to <<<Image2>>>, but no input is named Image2 \(inputs: Image1\)/,
		);
	});

	test('internet search on a model without it fails before any request', async () => {
		await expectRejected(
			'omniReference',
			{ model: model('Kling O3 Video-Edit'), prompt: 'Edit <<<Video1>>>', inputVideos: files({ input: 'fileId', fileId: 'v1' }), additionalFields: { internetSearch: true } },
			/Kling O3 Video-Edit offers no internet search/,
		);
	});

	test('a missing binary fails before any upload or submit', async () => {
		const unmatched = unmatchedRequests();
		try {
			const out = await run('omniReference', {
				model: model('Standard'),
				prompt: 'Animate <<<Image1>>>',
				inputImages: files({ input: 'binary', binaryPropertyName: 'missing' }),
			});
			expect(out.status).toBe('error');
			expect(out.error.message).toMatch(/missing/);
			expect(unmatched.requests).toHaveLength(0);
		} finally {
			unmatched.stop();
		}
	});
});
