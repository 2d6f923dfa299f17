'use strict';
/*
 * `npm run build` for the scripts (npm start, verify, screenshot). On a terminal its output is shown
 * as is; otherwise (a log file, a pipe, CI) it is captured and only plain lines are printed, because
 * `n8n-node build` draws spinners with cursor escape codes that make a redirected log unreadable.
 */
const { spawnSync } = require('child_process');

// CSI/OSC escape sequences (colours, cursor moves, line erases) and carriage-return redraws.
const ESCAPES = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][A-Z0-9]/g;

function plain(text) {
	return text
		.replace(ESCAPES, '')
		.split(/\r?\n/)
		.map((line) => line.split('\r').pop().trimEnd())
		.filter((line) => line && !/^[│|]?$/.test(line))
		.join('\n');
}

/** Runs `npm run build`; throws when it fails. `tty` defaults to whether stdout is a terminal. */
function runBuild({ cwd, log = (m) => process.stdout.write(`${m}\n`), tty = Boolean(process.stdout.isTTY) } = {}) {
	if (tty) {
		const res = spawnSync('npm', ['run', 'build', '--silent'], { cwd, stdio: 'inherit' });
		if (res.status !== 0) throw new Error('npm run build failed');
		return;
	}
	const t0 = Date.now();
	const res = spawnSync('npm', ['run', 'build', '--silent'], {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: process.env.CI || 'true' },
		maxBuffer: 64 * 1024 * 1024,
	});
	const output = plain(`${res.stdout || ''}\n${res.stderr || ''}`);
	if (res.status !== 0) {
		log(output);
		throw new Error('npm run build failed');
	}
	log(`  built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

module.exports = { runBuild, plain };
