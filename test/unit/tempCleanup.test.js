// Tests and benches leave nothing in the system temp folder, also when they fail: the n8n user folder
// test/helpers/engine.js creates is removed at the end of the test file (jest) or of the script (benches).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const repo = path.resolve(__dirname, '../..');

function inFreshTmp(command, args) {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'topview-cleanup-check-'));
	try {
		const res = spawnSync(command, args, {
			cwd: repo,
			encoding: 'utf8',
			env: { ...process.env, TMPDIR: tmp, N8N_USER_FOLDER: '', JEST_WORKER_ID: '' },
			timeout: 120000,
		});
		return { status: res.status, output: `${res.stdout}${res.stderr}`, left: fs.readdirSync(tmp) };
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

test('a failing jest test file that used the engine leaves no folder behind', () => {
	const jest = path.join(repo, 'node_modules', 'jest', 'bin', 'jest.js');
	const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'topview-cleanup-jest-cache-'));
	try {
		const config = { rootDir: path.join(__dirname, 'fixtures'), testMatch: ['**/engine-failing.fixture.js'], testEnvironment: 'node', cacheDirectory: cache };
		const run = inFreshTmp(process.execPath, [jest, '--ci', '--config', JSON.stringify(config)]);
		expect(run.output).toMatch(/Tests:\s+1 failed/);
		expect(run.status).toBe(1);
		expect(run.left).toEqual([]);
	} finally {
		fs.rmSync(cache, { recursive: true, force: true });
	}
}, 120000);

test('a script (as the benches are) that used the engine and failed leaves no folder behind', () => {
	const script = "require('./test/helpers/engine'); if (!process.env.N8N_USER_FOLDER) process.exit(3); throw new Error('bench failed');";
	const run = inFreshTmp(process.execPath, ['-e', script]);
	expect(run.output).toContain('bench failed');
	expect(run.status).toBe(1);
	expect(run.left).toEqual([]);
}, 60000);
