// Runs before every unit and contract test file (jest.config.js → setupFilesAfterEnv).
const http = require('node:http');

// Jest loads nock afresh for every test file, and each load patches Node's http again. Undo the previous
// file's patch before this one applies (afterAll alone is skipped when -t filters a file).
if (typeof http.__undoTopviewNock === 'function') http.__undoTopviewNock();
const nock = require('nock');
http.__undoTopviewNock = () => {
	nock.cleanAll();
	nock.restore();
	delete http.__undoTopviewNock;
};
nock.disableNetConnect();
afterEach(() => nock.cleanAll());
afterAll(() => http.__undoTopviewNock?.());

// The node's real retry, upload-check and callback-confirmation policy, in scaled time: one second of policy is one millisecond
// of test. Tests that need other timings set them on these same objects and restore them.
const TIME_SCALE = 0.001;
const { retryTiming } = require('../../dist/nodes/Topview/shared/retry.js');
const { uploadCheckTiming } = require('../../dist/nodes/Topview/shared/uploader.js');
for (const backoff of Object.values(retryTiming)) {
	backoff.firstDelayMs *= TIME_SCALE;
	backoff.maxDelayMs *= TIME_SCALE;
}
uploadCheckTiming.intervalMs *= TIME_SCALE;
const { confirmTiming } = require('../../dist/nodes/Topview/callback/confirm.js');
confirmTiming.requeryDelaysMs = confirmTiming.requeryDelaysMs.map((ms) => ms * TIME_SCALE);
confirmTiming.deadlineMs *= TIME_SCALE;
