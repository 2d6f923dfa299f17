'use strict';
// The simulator's generation families (text2video, omni_reference, text2image, image_edit) and the board
// rename and delete, shaped as test/contract/fixtures/ documents them.
const { startSimulator } = require('./index');
const { apiClient, uploadFile } = require('./test-client');
const { fixture, documentedResponse } = require('../contract/contract');

let sim;
let api;

beforeAll(async () => {
	sim = await startSimulator({ port: 0 });
	api = apiClient(sim);
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const put = (path, body) => api.request('PUT', path, { body });

test.each([
	['text2video', 'text2videoSubmit', 'text2videoQuery', 'videos'],
	['omni_reference', 'omniReferenceSubmit', 'omniReferenceQuery', 'videos'],
	['text2image', 'text2imageSubmit', 'text2imageQuery', 'images'],
	['image_edit', 'imageEditSubmit', 'imageEditQuery', 'images'],
])('%s: the documented example submits; the query lists one file per count, as documented', async (_name, submitName, queryName, listField) => {
	const submitFx = fixture(submitName);
	const queryFx = fixture(queryName);
	const [, submitPath] = submitFx.endpoint.split(' ');
	const [, queryPath] = queryFx.endpoint.split(' ');
	const body = { ...submitFx.request.example };
	// The simulator only takes file IDs the account uploaded.
	if (body.inputImageFileIds) body.inputImageFileIds = [await uploadFile(sim, api, 'png')];
	const submitted = await api.post(submitPath, body);
	expect(submitted.code).toBe('200');
	expect(submitted.result).toMatchObject({ taskId: expect.any(String), status: 'init' });

	sim.control.finishTask(submitted.result.taskId);
	const queried = await api.get(queryPath, { taskId: submitted.result.taskId });
	const documented = documentedResponse(queryFx).result;
	expect(Object.keys(queried.result).sort()).toEqual(expect.arrayContaining(Object.keys(documented).filter((k) => k !== 'errorMsg').sort()));
	const count = submitFx.request.example.generatingCount ?? submitFx.request.example.generateCount ?? 1;
	expect(queried.result[listField]).toHaveLength(count);
	// Images also carry their pixel size (width, height), as Topview's client reads them.
	const size = listField === 'images' ? { width: expect.any(Number), height: expect.any(Number) } : {};
	for (const entry of queried.result[listField]) expect(entry).toEqual({ status: 'success', filePath: expect.stringMatching(/^http/), errorMsg: null, ...size });
});

test('generation submits need model and prompt (4003) and a count of 1–4 (4000)', async () => {
	expect((await api.post('/v1/common_task/text2video/task/submit', { prompt: 'x' })).code).toBe('4003');
	expect((await api.post('/v1/common_task/text2image/task/submit', { model: 'Nano Banana 2', prompt: 'x', generateCount: 5 })).code).toBe('4000');
	expect((await api.post('/v1/common_task/image_edit/task/submit', { model: 'Nano Banana 2', prompt: 'x' })).code).toBe('4003');
	expect((await api.post('/v1/common_task/omni_reference/task/submit', { model: 'Standard', prompt: 'x', inputImages: ['f1'] })).code).toBe('4000');
});

test('boards: rename (PUT /boards/update) and delete (DELETE /boards/delete); the default board stays', async () => {
	const created = (await api.post('/boards/create', { name: 'Campaign Q3' })).result;
	expect((await put('/boards/update', { boardId: created.boardId, name: 'Campaign Q4' })).result).toEqual({ boardId: created.boardId, name: 'Campaign Q4' });
	expect((await api.get('/boards/detail', { boardId: created.boardId })).result.name).toBe('Campaign Q4');
	expect((await put('/boards/update', { boardId: created.boardId })).code).toBe('4003');

	expect((await api.del('/boards/delete', { boardId: created.boardId })).code).toBe('200');
	expect((await api.get('/boards/detail', { boardId: created.boardId })).code).toBe('4004');
	const defaultBoard = (await api.get('/boards/list')).result.list.find((b) => b.isSystemDefault);
	expect((await api.del('/boards/delete', { boardId: defaultBoard.boardId })).code).toBe('4006');
});
