// Image to Video v2 has two operations, Image to Video → Submit and Video Generation → Image to Video:
// one form and one schema, so the same settings send the identical documented request on both, with the
// model's limits, Check Cost First and Download Result on both. The resource's saved workflows keep working:
// an empty Model, comma-separated Reference Image File IDs, and settings the model ignores are accepted there.
const { runTopview } = require('../helpers/engine');
const { topview, ok, recordRequests, nock, expectRefusedWithoutRequest } = require('../helpers/http');
const { fixture, requestProblems, parseRecorded, documentedResponse } = require('../contract/contract');


const SUBMIT = '/v2/common_task/image2video/task/submit';
const QUERY = '/v2/common_task/image2video/task/query';
const fastWait = { firstCheckDelaySeconds: 0.01, pollIntervalSeconds: 0.01, maxPollIntervalSeconds: 0.02 };
const forms = {
	'Image to Video → Submit': { resource: 'imageToVideo', operation: 'submit' },
	'Video Generation → Image to Video': { resource: 'videoGeneration', operation: 'imageToVideo' },
};
const both = Object.entries(forms);
const model = (value) => ({ __rl: true, mode: 'list', value });

/** Runs the same parameters through one form and returns the one submit body sent and the run. */
async function submitThrough(form, parameters, answer = ok({ taskId: 'i2v-1' })) {
	const seen = recordRequests(topview().post(SUBMIT).reply(200, answer));
	const run = await runTopview({ ...forms[form], ...parameters });
	expect(run.error).toBeUndefined();
	expect(seen).toHaveLength(1);
	return { sent: seen[0], run };
}

test('the documented example request is sent identically by both operations', async () => {
	const fx = fixture('imageToVideoSubmit');
	const example = fx.request.example;
	const parameters = {
		model: { __rl: true, mode: 'name', value: example.model },
		firstFrameFileId: example.firstFrameFileId,
		prompt: example.prompt,
		additionalFields: {
			aspectRatio: example.aspectRatio,
			resolution: example.resolution,
			duration: example.duration,
			sound: false,
			generatingCount: example.generatingCount,
		},
	};

	const bodies = [];
	for (const [form] of both) {
		const { sent, run } = await submitThrough(form, parameters, documentedResponse(fx));
		expect(requestProblems(fx, parseRecorded(sent))).toEqual([]);
		expect(run.items).toEqual([{ json: documentedResponse(fx).result, pairedItem: { item: 0 } }]);
		bodies.push(sent.body);
	}
	expect(bodies[0]).toEqual(example);
	expect(bodies[1]).toEqual(bodies[0]);
});

test('a model from the list with first and end frame, board and callback: the same body on both', async () => {
	const parameters = {
		model: model('Kling V3'),
		firstFrameFileId: 'file-first',
		endFrameFileId: 'file-end',
		prompt: 'Smooth transition between scenes',
		additionalFields: {
			resolution: 1080,
			duration: 10,
			sound: true,
			generatingCount: 2,
			boardId: { __rl: true, mode: 'id', value: 'board_1' },
			noticeUrl: 'https://hooks.example.com/i2v',
		},
	};
	const expected = {
		model: 'Kling V3',
		firstFrameFileId: 'file-first',
		endFrameFileId: 'file-end',
		prompt: 'Smooth transition between scenes',
		resolution: 1080,
		duration: 10,
		sound: 'on',
		generatingCount: 2,
		boardId: 'board_1',
		noticeUrl: 'https://hooks.example.com/i2v',
	};
	for (const [form] of both) {
		const { sent } = await submitThrough(form, parameters);
		expect(sent.body).toEqual(expected);
	}
});

test("reference images as the resource's comma-separated IDs or as the list send the same array", async () => {
	const viaResource = await submitThrough('Image to Video → Submit', {
		model: 'Kling O3 Reference-to-Video',
		additionalFields: { referenceImageFileIds: ' ref-1, ref-2 ,' },
	});
	const viaList = await submitThrough('Video Generation → Image to Video', {
		model: model('Kling O3 Reference-to-Video'),
		referenceImages: { files: [{ input: 'fileId', fileId: 'ref-1' }, { input: 'fileId', fileId: 'ref-2' }] },
	});

	expect(viaResource.sent.body).toEqual({ model: 'Kling O3 Reference-to-Video', referenceImageFileIds: ['ref-1', 'ref-2'] });
	expect(viaList.sent.body).toEqual(viaResource.sent.body);
});

test('on the resource, typed reference IDs follow the Reference Images list', async () => {
	const { sent } = await submitThrough('Image to Video → Submit', {
		model: model('Veo 3.1 Reference to video'),
		referenceImages: { files: [{ input: 'fileId', fileId: 'ref-list' }] },
		additionalFields: { referenceImageFileIds: 'ref-typed' },
	});
	expect(sent.body).toEqual({ model: 'Veo 3.1 Reference to video', referenceImageFileIds: ['ref-list', 'ref-typed'] });
});

describe.each(both)('%s checks the model before any request', (form) => {
	const run = (parameters) => runTopview({ ...forms[form], ...parameters });

	test('a duration outside the model’s list', async () => {
		await expectRefusedWithoutRequest(
			() => run({ model: model('Kling V3'), firstFrameFileId: 'f1', additionalFields: { duration: 20 } }),
			/Kling V3 supports durations of 3–15 s, not 20 s/,
		);
	});

	test('an end frame for a single-image model', async () => {
		await expectRefusedWithoutRequest(
			() => run({ model: model('Kling 2.6'), firstFrameFileId: 'f1', endFrameFileId: 'f2' }),
			/Kling 2\.6 takes one image \(First Frame only\): remove End Frame/,
		);
	});

	test('Check Cost First over Max Credits per Item', async () => {
		// Kling V3 at 1080p with sound: 1.0 credit per second × 10 s × 2 videos = 20.
		await expectRefusedWithoutRequest(
			() =>
				run({
					model: model('Kling V3'),
					firstFrameFileId: 'f1',
					additionalFields: { resolution: 1080, duration: 10, sound: true, generatingCount: 2 },
					options: { checkCostFirst: true, maxCredits: 10 },
				}),
			/Estimated cost 20 credits is more than Max Credits per Item \(10\)/,
		);
	});
});

test("the resource's saved workflows: an aspect ratio and sound the model ignores are still sent there, refused on Video Generation", async () => {
	const parameters = { model: 'Standard', firstFrameFileId: 'f1', additionalFields: { aspectRatio: '9:16', sound: true } };
	const { sent } = await submitThrough('Image to Video → Submit', parameters);
	expect(sent.body).toEqual({ model: 'Standard', firstFrameFileId: 'f1', aspectRatio: '9:16', sound: 'on' });

	await expectRefusedWithoutRequest(
		() => runTopview({ ...forms['Video Generation → Image to Video'], ...parameters, model: model('Standard') }),
		/Standard takes no aspect ratio \(it follows the image\): remove Aspect Ratio/,
	);
});

test('an empty Model is sent without one on the resource (Topview’s default) and refused on Video Generation', async () => {
	const { sent } = await submitThrough('Image to Video → Submit', { model: model(''), firstFrameFileId: 'f1' });
	expect(sent.body).toEqual({ firstFrameFileId: 'f1' });

	await expectRefusedWithoutRequest(
		() => runTopview({ ...forms['Video Generation → Image to Video'], model: { __rl: true, mode: 'name', value: '  ' }, firstFrameFileId: 'f1' }),
		/Model is empty/,
	);
});

test.each(both)('%s: Wait and Download Result attach every generated video', async (form) => {
	const fx = fixture('imageToVideoQuery');
	const done = documentedResponse(fx);
	done.result.taskId = 'i2v-w';
	done.result.videos = [0, 1].map((i) => ({ status: 'success', filePath: `https://cdn.example.com/i2v-w-${i}.mp4`, errorMsg: null }));
	topview().post(SUBMIT).reply(200, ok({ taskId: 'i2v-w' }));
	const queries = recordRequests(topview().get(QUERY).query({ taskId: 'i2v-w' }).reply(200, done));
	for (const i of [0, 1]) nock('https://cdn.example.com').get(`/i2v-w-${i}.mp4`).reply(200, Buffer.from(`video ${i}`), { 'Content-Type': 'video/mp4' });

	const run = await runTopview({
		...forms[form],
		model: model('Standard'),
		firstFrameFileId: 'f1',
		additionalFields: { generatingCount: 2 },
		waitForCompletion: true,
		options: { ...fastWait, downloadResult: true },
	});

	expect(run.error).toBeUndefined();
	expect(requestProblems(fx, parseRecorded(queries[0]))).toEqual([]);
	expect(run.items[0].json).toEqual(done.result);
	expect(Object.keys(run.items[0].binary)).toEqual(['data_0', 'data_1']);
	expect(Buffer.from(run.items[0].binary.data_1.data, 'base64').toString()).toBe('video 1');
});

test('both query operations send the documented query and output the same item', async () => {
	const fx = fixture('imageToVideoQuery');
	const outputs = [];
	for (const parameters of [
		{ resource: 'imageToVideo', operation: 'query' },
		{ resource: 'videoGeneration', operation: 'queryImageToVideo' },
	]) {
		const seen = recordRequests(topview().get(QUERY).query({ taskId: 'i2v-q' }).reply(200, documentedResponse(fx)));
		const run = await runTopview({ ...parameters, taskId: 'i2v-q' });
		expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
		outputs.push(run.items);
	}
	expect(outputs[0]).toEqual([{ json: documentedResponse(fx).result, pairedItem: { item: 0 } }]);
	expect(outputs[1]).toEqual(outputs[0]);
});
