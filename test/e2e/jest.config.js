'use strict';
/*
 * End-to-end tests: the packed package inside a real n8n (default 2.41.1 on Node 24; set
 * N8N_E2E_VERSION=1.123.81 for the Node 20 compat run) against the in-process Topview simulator.
 * One n8n and one simulator per run (global-setup.js); tests run one after another.
 *   npx jest -c test/e2e/jest.config.js      (after `npm run build`)
 */
module.exports = {
	displayName: 'e2e',
	rootDir: __dirname,
	testMatch: ['<rootDir>/**/*.e2e.test.js'],
	testEnvironment: 'node',
	globalSetup: '<rootDir>/support/global-setup.js',
	globalTeardown: '<rootDir>/support/global-teardown.js',
	maxWorkers: 1, // in band: tests share one n8n and one simulator
	testTimeout: 180000,
	slowTestThreshold: 60,
	verbose: true,
};
