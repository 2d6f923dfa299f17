// Topview Callback Trigger for the generation families. Topview's callback page lists the bizTypes
// COMMON_TASK_TEXT2VIDEO, COMMON_TASK_IMAGE2VIDEO and COMMON_TASK_TEXT2IMAGE
// (https://docs.topview.ai/reference/post_notice-notice-url-check): each is an event, confirmed on its
// family's documented query. Omni Reference and Image Edit have no documented bizType: no event of their
// own, but under All their callbacks are still confirmed on their query paths.
const { createCallbackTrigger, defaultCredentials } = require('../helpers/engine');
const { topview, ok, fail, recordRequests, nock, failOnUnmatchedRequests } = require('../helpers/http');
const { fixture, documentedResponse, requestProblems, parseRecorded } = require('../contract/contract');
const { confirmTiming } = require('../../dist/nodes/Topview/callback/confirm.js');
const { queryCandidates, familiesOfBizType } = require('../../dist/nodes/Topview/callback/bizTypes.js');
const families = require('../../dist/nodes/Topview/shared/families.js');
const { TopviewCallbackTrigger } = require('../../dist/nodes/Topview/TopviewCallbackTrigger.node.js');

confirmTiming.deadlineMs = 1_000_000;

const UID = defaultCredentials.uid;
const fromTopview = { 'Topview-Uid': UID, 'Content-Type': 'application/json' };

let workflowNumber = 0;
failOnUnmatchedRequests();

const trigger = (parameters = {}) =>
	createCallbackTrigger({ events: ['*'], emitOn: 'both', options: {}, ...parameters }, { workflowId: `wf-gen-cb-${++workflowNumber}` });

const callback = (taskId, bizType, result) => ({ uuid: `uuid-${taskId}`, bizType, taskId, status: 'success', errorMsg: null, result });

const documented = [
	// [bizType, family, Events option name, query fixture]
	['COMMON_TASK_TEXT2VIDEO', families.textToVideo, 'Text to Video', 'text2videoQuery'],
	['COMMON_TASK_IMAGE2VIDEO', families.imageToVideo, 'Image to Video', 'imageToVideoQuery'],
	['COMMON_TASK_TEXT2IMAGE', families.textToImage, 'Text to Image', 'text2imageQuery'],
];

test('Events offers the documented generation bizTypes, and none for Omni Reference or Image Edit', () => {
	const events = new TopviewCallbackTrigger().description.properties.find((p) => p.name === 'events');
	for (const [bizType, family, name] of documented) {
		expect(familiesOfBizType(bizType)).toEqual([family]);
		expect(events.options.find((option) => option.value === bizType)?.name).toBe(name);
	}
	expect(families.omniReference.bizType).toBeUndefined();
	expect(families.imageEdit.bizType).toBeUndefined();
	expect(events.options.map((option) => option.value).filter((value) => /OMNI|EDIT/.test(value))).toEqual([]);
});

test.each(documented)('%s, selected alone, is confirmed on the documented query and emitted', async (bizType, family, _name, queryFixture) => {
	const fx = fixture(queryFixture);
	const answer = documentedResponse(fx);
	const taskId = String(answer.result.taskId);
	const seen = recordRequests(topview().get(family.queryPath).query({ taskId }).reply(200, answer));

	const result = await trigger({ events: [bizType] }).post({ body: callback(taskId, bizType, answer.result), headers: fromTopview });

	expect(result.status).toBe(200);
	expect(seen).toHaveLength(1);
	expect(requestProblems(fx, parseRecorded(seen[0]))).toEqual([]);
	expect(result.items).toEqual([
		expect.objectContaining({ json: { ...answer.result, bizType, event: `${family.id}TaskFinished` } }),
	]);
});

test.each([
	['Omni Reference', families.omniReference, 'omniReferenceQuery'],
	['Image Edit', families.imageEdit, 'imageEditQuery'],
])('%s with a bizType the page does not list: under All, found on its own query path', async (_label, family, queryFixture) => {
	const answer = documentedResponse(fixture(queryFixture));
	const taskId = String(answer.result.taskId);
	const candidates = queryCandidates('COMMON_TASK_NOT_LISTED');
	const position = candidates.findIndex((candidate) => candidate.queryPath === family.queryPath);
	expect(position).toBeGreaterThanOrEqual(0);
	const scope = topview();
	const seen = recordRequests(scope);
	for (const other of candidates.slice(0, position)) scope.get(other.queryPath).query({ taskId }).reply(200, fail('4004', 'not found'));
	scope.get(family.queryPath).query({ taskId }).reply(200, answer);

	const result = await trigger().post({ body: callback(taskId, 'COMMON_TASK_NOT_LISTED', answer.result), headers: fromTopview });

	expect(seen.map((request) => request.path)).toEqual(candidates.slice(0, position + 1).map((c) => `${c.queryPath}?taskId=${taskId}`));
	expect(result.items[0].json).toEqual({ ...answer.result, bizType: 'COMMON_TASK_NOT_LISTED', event: `${family.id}TaskFinished` });
});
