'use strict';
/*
 * `npm start` and `npm run simulator` as a process manager, an IDE's stop button or `kill -INT <pid>`
 * use them: output to a file (not a terminal), then SIGINT or SIGTERM to the npm process alone (not
 * its process group, which is what a terminal's Ctrl-C reaches). Everything they started (n8n, its task
 * runner, the simulator) must stop and free its ports, and the log must be free of spinner escape codes.
 * `npm start` builds, packs and starts its own n8n (the cached install), in a temporary user folder.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { REPO_DIR, freePort, isPortTaken, sleep, eventually } = require('./support/e2e');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'topview-stop-e2e-'));
const started = [];

afterAll(() => {
	// A failed test must not leave anything running: kill what is left of each process group.
	for (const pid of started) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			/* gone */
		}
	}
	fs.rmSync(work, { recursive: true, force: true });
});

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

function groupAlive(pgid) {
	try {
		process.kill(-pgid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Runs `npm <args>` with its output in a file; npm leads its own process group (detached). */
function npm(args, env, logName) {
	const logFile = path.join(work, logName);
	const out = fs.openSync(logFile, 'w');
	const clean = { ...process.env };
	for (const key of ['TOPVIEW_UID', 'TOPVIEW_API_KEY', 'TOPVIEW_BASE_URL', 'TOPVIEW_E2E', 'CI']) delete clean[key];
	const child = spawn('npm', args, { cwd: REPO_DIR, env: { ...clean, ...env }, stdio: ['ignore', out, out], detached: true });
	fs.closeSync(out);
	started.push(child.pid);
	const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
	return { child, logFile, exited, log: () => fs.readFileSync(logFile, 'utf8') };
}

async function stops(run, signal, timeoutMs = 30000) {
	process.kill(run.child.pid, signal); // the npm process only
	let timer;
	const result = await Promise.race([run.exited, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs, 'timeout')))]);
	clearTimeout(timer);
	return result;
}

test('npm start: SIGINT to the npm process stops n8n, its task runner and the simulator; the log has no escape codes', async () => {
	const n8nPort = await freePort();
	const simPort = await freePort([n8nPort]);
	const userFolder = path.join(work, 'n8n-user');
	const run = npm(['start'], { N8N_PORT: String(n8nPort), TOPVIEW_SIM_PORT: String(simPort), N8N_START_USER_FOLDER: userFolder }, 'start.log');
	await eventually(async () => run.log().includes(' is running (ready in '), {
		timeoutMs: 280000,
		intervalMs: 1000,
		what: "npm start to be ready",
	}).catch((error) => {
		throw new Error(`${error.message}\n--- npm start output ---\n${run.log()}`);
	});
	const n8nPid = Number(fs.readFileSync(path.join(userFolder, 'n8n.pid'), 'utf8'));
	expect(alive(n8nPid)).toBe(true);
	expect(await isPortTaken(n8nPort)).toBe(true);
	expect(await isPortTaken(simPort)).toBe(true);

	const output = run.log();
	expect(output).toContain('Building the package');
	expect(output).toMatch(/built in [\d.]+ s/);
	expect(output).not.toMatch(/\u001b/); // no spinners, cursor moves or colours
	expect(output).not.toMatch(/\r(?!\n)/);

	expect(await stops(run, 'SIGINT')).toEqual({ code: 0, signal: null });
	expect(run.log()).toMatch(/Stopped n8n and the simulator\./);
	expect(await isPortTaken(n8nPort)).toBe(false);
	expect(await isPortTaken(simPort)).toBe(false);
	await eventually(async () => !groupAlive(n8nPid), { timeoutMs: 5000, what: "n8n's process group (task runner) to end" });
}, 300000);

test('npm run simulator: SIGTERM to the npm process stops the simulator', async () => {
	const simPort = await freePort();
	const run = npm(['run', 'simulator'], { TOPVIEW_SIM_PORT: String(simPort) }, 'simulator.log');
	await eventually(async () => isPortTaken(simPort), { timeoutMs: 20000, what: 'the simulator to listen' });
	expect(await stops(run, 'SIGTERM')).toEqual({ code: 0, signal: null });
	expect(run.log()).toContain('SIGTERM: stopping the Topview simulator');
	await sleep(100);
	expect(await isPortTaken(simPort)).toBe(false);
}, 60000);

test('npm run simulator: SIGINT to the npm process stops the simulator', async () => {
	const simPort = await freePort();
	const run = npm(['run', 'simulator'], { TOPVIEW_SIM_PORT: String(simPort) }, 'simulator-int.log');
	await eventually(async () => isPortTaken(simPort), { timeoutMs: 20000, what: 'the simulator to listen' });
	expect(await stops(run, 'SIGINT')).toEqual({ code: 0, signal: null });
	expect(await isPortTaken(simPort)).toBe(false);
}, 60000);
