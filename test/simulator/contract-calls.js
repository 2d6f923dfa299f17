'use strict';

/**
 * Calls every documented endpoint (test/contract/fixtures) on a running simulator with the fixture's own
 * example request, and compares the answer with the fixture's documented response example.
 *
 * The example requests name ids that do not exist in the simulator (`"fileId": "string"`, `"taskId":
 * "t2i-task-1"`), so each is swapped for one of the same kind that does: an uploaded file, a finished task
 * of the matching submit endpoint, a board, a catalogue avatar, voice or caption. Every other field is sent
 * as the page shows it. Tasks are finished on the spot, so query answers are the documented success ones.
 *
 *   const calls = await callEveryFixture(sim);   // [{ name, endpoint, sent, code, message, result, problems }]
 */

const http = require('node:http');
const { allFixtures, endpointOf, documentedResponse } = require('../contract/contract');
const { apiClient, uploadFile } = require('./test-client');
const { shapeProblems } = require('./lib/contract');

/** Fixtures the simulator does not serve: the callback is a request Topview sends, checked in callbacks.test.js. */
const NOT_SERVED = new Set(['callbackNotice']);

/** Query fixture → the submit fixture whose task it reads. */
const QUERY_OF = {
	imageToVideoQuery: 'imageToVideoSubmit',
	removeBackgroundQuery: 'removeBackgroundSubmit',
	videoToAvatarQuery: 'videoToAvatarSubmit',
	imageEditQuery: 'imageEditSubmit',
	omniReferenceQuery: 'omniReferenceSubmit',
	text2imageQuery: 'text2imageSubmit',
	text2videoQuery: 'text2videoSubmit',
	imageGenerateQuery: 'imageGenerateSubmit',
	imageTranslateQuery: 'imageTranslateSubmit',
	m2vQuery: 'm2vSubmit',
	m2vScriptList: 'm2vSubmit',
	photoAvatarQuery: 'photoAvatarSubmit',
	anyShootProductBackgroundQuery: 'anyShootProductBackgroundSubmit',
	anyShootProductModelQuery: 'anyShootProductModelSubmit',
	anyShootResult: 'anyShootSubmit',
	productAvatarV1ImageToVideoResult: 'productAvatarV1ImageToVideoSubmit',
	productAvatarV1ReplaceResult: 'productAvatarV1ReplaceSubmit',
	productAvatarWatermarkFree: 'productAvatarV1ReplaceSubmit',
	productAvatarV2ImageToVideoQuery: 'productAvatarV2ImageToVideoSubmit',
	productAvatarV2ReplaceQuery: 'productAvatarV2ReplaceSubmit',
	productAvatarV3ReplaceQuery: 'productAvatarV3ReplaceSubmit',
	scraperQuery: 'scraperSubmit',
	videoAvatarQuery: 'videoAvatarSubmit',
	textToVoiceQuery: 'textToVoiceSubmit',
	voiceCloneQuery: 'voiceCloneSubmit',
	m2vExport: 'm2vSubmit',
	m2vScriptUpdate: 'm2vSubmit',
	imageGenerateSubmit: 'imageTranslateSubmit',
	productAvatarV1ImageToVideoSubmit: 'productAvatarV1ReplaceSubmit',
	productAvatarV2ImageToVideoSubmit: 'productAvatarV2ReplaceSubmit',
};

/** Fixtures that change or read account state other calls create: called last, in this order. */
const LAST = ['m2vGetMany', 'm2vDelete', 'voiceCloneDelete', 'photoAvatarTemplateDelete', 'boardsList', 'boardGet', 'boardTasksList', 'boardTasksBatchDownloadSubmit', 'boardTasksBatchDownload', 'boardTasksBatchDelete', 'boardUpdate', 'boardDelete', 'creditLogs', 'creditDetail', 'userSpace'];

function formatOfField(path) {
	if (/video|motion/i.test(path)) return 'mp4';
	if (/voice|audio/i.test(path)) return 'mp3';
	return 'png';
}

/** A callback receiver answering 200, for endpoints whose page requires a noticeUrl. */
async function startReceiver() {
	const server = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => res.end('ok'));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${server.address().port}/notice`, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function callEveryFixture(started, { uid, apiKey } = {}) {
	const api = apiClient(started, { uid, apiKey });
	const { control, sim } = started;
	const fixtures = allFixtures();
	const receiver = await startReceiver();
	const tasks = {}; // submit fixture name → finished task id
	const calls = [];
	const board = (await api.post('/boards/create', { name: 'Contract board' })).result.boardId;

	try {
		// Swaps the example's ids for ones the simulator knows; `name` is the fixture being sent.
		async function realIds(value, path = '') {
			if (Array.isArray(value)) return Promise.all(value.map((v, i) => realIds(v, `${path}[${i}]`)));
			if (value === null || typeof value !== 'object') return value;
			const out = {};
			for (const [key, v] of Object.entries(value)) {
				const at = path ? `${path}.${key}` : key;
				if ((key === 'fileId' || /FileId$/.test(key)) && typeof v === 'string') out[key] = await uploadFile(started, api, formatOfField(at));
				else if ((key === 'fileIds' || /FileIds$/.test(key)) && Array.isArray(v)) out[key] = await Promise.all(v.map(() => uploadFile(started, api, formatOfField(at))));
				else out[key] = await realIds(v, at);
			}
			return out;
		}

		async function taskOf(submitName) {
			if (!tasks[submitName]) {
				const call = await send(submitName);
				if (call.code !== '200') throw new Error(`${submitName} was refused: ${call.code} ${call.message}`);
			}
			return tasks[submitName];
		}

		async function prepare(name, { method, fields = {}, example = {} }) {
			const catalog = sim.catalog;
			const params = await realIds(example);
			// The documented answers of submits show noticeUuid and the board fields: send what produces them.
			if (fields.noticeUrl) params.noticeUrl = receiver.url;
			if (fields.boardId && method === 'POST') params.boardId = board;
			if (QUERY_OF[name] && 'taskId' in params) params.taskId = await taskOf(QUERY_OF[name]);
			switch (name) {
				case 'productAvatarV1ImageToVideoSubmit': {
					const replaced = await api.get('/v1/product_avatar/task/image_replace/result', { taskId: await taskOf('productAvatarV1ReplaceSubmit') });
					params.productReplaceResultKey = replaced.result.productReplaceResult[0].key;
					break;
				}
				case 'productAvatarV2ImageToVideoSubmit': {
					const replaced = await api.get('/v2/product_avatar/task/image_replace/query', { taskId: await taskOf('productAvatarV2ReplaceSubmit') });
					params.replaceProductTaskImageId = replaced.result.replaceProductTaskImageId;
					params.captionId = catalog.captions[0].captionId;
					params.voiceId = catalog.voices[0].voiceId;
					break;
				}
				case 'productAvatarV1ReplaceSubmit':
				case 'productAvatarV2ReplaceSubmit':
				case 'productAvatarV3ReplaceSubmit':
					params.avatarId = catalog.productAvatars[0].avatarId;
					break;
				case 'photoAvatarSubmit':
				case 'textToVoiceSubmit':
					params.voiceId = catalog.voices[0].voiceId;
					break;
				// The documented board task is a video: read a video task of the board.
				case 'boardGetTask':
				case 'boardTaskDetail':
					params.taskId = await taskOf('imageToVideoSubmit');
					break;
				case 'boardTasksList':
					params.boardId = board;
					params.mediaType = 'video';
					break;
				case 'boardTasksBatchDownloadSubmit':
				case 'boardTasksBatchDelete':
					params.boardId = board;
					params.taskIds = [await taskOf('imageToVideoSubmit')];
					break;
				case 'boardTasksBatchDownload':
					params.boardId = board;
					params.downloadTaskId = (await send('boardTasksBatchDownloadSubmit')).result.downloadTaskId;
					break;
				case 'boardGet':
				case 'boardUpdate':
					params.boardId = board;
					break;
				case 'boardDelete':
					params.boardId = (await api.post('/boards/create', { name: 'Board to delete' })).result.boardId;
					break;
				case 'creditLogs':
					// The page's example window (2022) predates every simulated charge.
					params.startTime = '2000-01-01 00:00:00';
					params.endTime = '2099-12-31 23:59:59';
					break;
				case 'm2vDelete':
					params.taskIds = [await taskOf('m2vSubmit')];
					break;
				case 'voiceCloneDelete':
					params.voiceId = (await api.get('/v1/voice/clone/task/query', { taskId: await taskOf('voiceCloneSubmit') })).result.voice.voiceId;
					break;
				case 'photoAvatarTemplateList':
					params.categories = catalog.photoTemplateCategories.map((c) => c.categoryId).join(',');
					break;
				case 'photoAvatarTemplateDelete':
					params.aiAvatarId = (await send('photoAvatarTemplateCreate')).result;
					break;
				default:
			}
			return params;
		}

		async function send(name) {
			const fx = fixtures[name];
			const { method, path } = endpointOf(fx);
			const request = fx.request ?? { in: 'query', example: {} };
			const params = await prepare(name, { method, fields: request.fields, example: request.example });
			const answer = request.in === 'body' ? await api.request(method, path, { body: params }) : await api.request(method, path, { query: params });
			if (method === 'POST' && answer.code === '200' && typeof answer.result?.taskId === 'string' && !tasks[name]) tasks[name] = answer.result.taskId;
			for (const task of control.listTasks({ status: 'init' })) control.finishTask(task.taskId);
			return { name, endpoint: fx.endpoint, sent: params, code: answer.code, message: answer.message, result: answer.result };
		}

		const names = Object.keys(fixtures).filter((n) => !NOT_SERVED.has(n));
		const ordered = [...names.filter((n) => !LAST.includes(n)).sort(), ...LAST.filter((n) => names.includes(n))];
		for (const name of ordered) {
			const call = await send(name);
			const documented = documentedResponse(fixtures[name]);
			call.problems =
				call.code === documented.code ? shapeProblems(documented.result, call.result) : [`answered ${call.code} ${call.message}, documented ${documented.code}`];
			calls.push(call);
		}
	} finally {
		await control.waitForCallbacks(5000);
		await receiver.close();
	}
	return calls;
}

module.exports = { callEveryFixture, NOT_SERVED };
