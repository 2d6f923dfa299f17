#!/usr/bin/env node
'use strict';
/*
 * `npm run verify`: the lint half of n8n's community-package verification, run locally.
 *
 * n8n verifies a community package with `@n8n/scan-community-package` (pinned here: 0.32.0). After its
 * provenance check (only possible for a published version) it lints, with ESLint, inline disables
 * ignored, and fails on any error:
 *   1. the source at the attested commit: package.json and {nodes,credentials}/**\/*.{js,ts,json};
 *   2. the published tarball: every **\/*.js and package.json.
 * This script installs that exact scanner (scripts/scan/ lockfile, into the cache outside the clone),
 * packs the package (after `npm run build`; --no-build to skip), extracts the tarball, and runs the
 * scanner's own `analyzePackage()` on both, so the rules and their configuration are n8n's.
 * It also checks what the scanner's install would trip on (no dependencies, scripts, peer deps).
 * Exits non-zero on any error.
 *
 * n8n's lint and scanner require an author e-mail. Until the maintainers set one they read,
 * package.json carries a placeholder in a reserved domain (RFC 2606: .invalid, .example, .test), which
 * is reported here; `--release` (the publish workflow) fails on it, so it is never published.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');
const { packPackage, REPO_DIR } = require('./lib/n8n');
const { runBuild } = require('./lib/build');
const { cacheRoot, installHarness, hashOf } = require('./e2e/ensure-n8n');

const SCAN_HARNESS = path.join(__dirname, 'scan');
const log = (m) => process.stdout.write(`${m}\n`);

function ensureScanner() {
	const target = path.join(cacheRoot(), `scan-${hashOf(SCAN_HARNESS)}`);
	const installed = fs.existsSync(path.join(target, '.ready'));
	log(installed ? `▸ Scanner: reusing the install in ${target}` : `▸ Scanner: installing it into ${target} (first run; later runs reuse it)`);
	installHarness({ src: SCAN_HARNESS, target, env: process.env, log: (m) => log(`  ${m}`) });
	const scanner = path.join(target, 'node_modules', '@n8n', 'scan-community-package', 'scanner', 'scanner.mjs');
	if (!fs.existsSync(scanner)) throw new Error(`scanner missing at ${scanner}; delete ${target} and retry`);
	const { version } = JSON.parse(fs.readFileSync(path.join(path.dirname(scanner), '..', 'package.json'), 'utf8'));
	return { scanner, version };
}

/** The author's e-mail when it is missing or a reserved placeholder (RFC 2606), else undefined. */
function placeholderAuthorEmail(pkg) {
	const author = pkg.author;
	const email = typeof author === 'string' ? (/<([^>]*)>/.exec(author) || [])[1] : author && author.email;
	const address = String(email || '').trim();
	if (!address || /\.(invalid|example|test|localhost)$/i.test(address) || /@example\.(com|net|org)$/i.test(address)) return address || '(none)';
	return undefined;
}

/** Checks on the packed package.json that n8n's installer and guidelines impose (beyond the lint rules). */
function manifestProblems(pkg) {
	const problems = [];
	if (!/^(@[a-z0-9-~][a-z0-9-._~]*\/)?n8n-nodes-/.test(pkg.name || '')) problems.push(`name "${pkg.name}" must be n8n-nodes-* or @scope/n8n-nodes-*`);
	if (!(pkg.keywords || []).includes('n8n-community-node-package')) problems.push('keywords must include "n8n-community-node-package"');
	if (pkg.dependencies && Object.keys(pkg.dependencies).length) problems.push(`no runtime dependencies allowed, found: ${Object.keys(pkg.dependencies).join(', ')}`);
	const peers = pkg.peerDependencies || {};
	if (JSON.stringify(peers) !== JSON.stringify({ 'n8n-workflow': '*' })) problems.push(`peerDependencies must be exactly {"n8n-workflow":"*"}, found ${JSON.stringify(peers)}`);
	for (const s of ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish', 'preprepare', 'postprepare']) {
		if (pkg.scripts && pkg.scripts[s]) problems.push(`script "${s}" is not allowed`);
	}
	if (pkg.license !== 'MIT') problems.push(`license should be MIT, found ${pkg.license}`);
	const n8n = pkg.n8n || {};
	for (const key of ['nodes', 'credentials']) {
		for (const file of n8n[key] || []) if (!file.startsWith('dist/')) problems.push(`n8n.${key} path ${file} must start with dist/`);
	}
	if (!(n8n.nodes || []).length) problems.push('n8n.nodes must not be empty');
	return problems;
}

async function main() {
	const t0 = Date.now();
	const noBuild = process.argv.includes('--no-build');
	const release = process.argv.includes('--release');
	if (!noBuild) {
		log('▸ npm run build');
		runBuild({ cwd: REPO_DIR, log });
	}
	const { scanner, version } = ensureScanner();
	log(`  @n8n/scan-community-package ${version}`);

	log('▸ Packing');
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'topview-verify-'));
	try {
		const tarball = packPackage({ destDir: work });
		const pkgDir = path.join(work, 'package');
		fs.mkdirSync(pkgDir);
		const tar = spawnSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1'], { encoding: 'utf8' });
		if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
		const files = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.trim().split('\n');
		log(`  ${path.basename(tarball)}: ${files.length} files, ${(fs.statSync(tarball).size / 1024).toFixed(0)} kB`);

		const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scanner).href);
		let failed = false;
		const report = (label, result) => {
			if (result.passed) {
				log(`  ✓ ${label}${result.message ? ` (${result.message})` : ''}`);
				return;
			}
			failed = true;
			log(`  ✗ ${label}: ${result.message}`);
			if (result.details) log(result.details);
		};

		log('▸ Scanner lint, source (package.json, nodes/, credentials/)');
		report('source', await analyzePackage(REPO_DIR, SOURCE_FILE_PATTERNS));
		log('▸ Scanner lint, tarball (**/*.js, package.json)');
		report('tarball', await analyzePackage(pkgDir, ['**/*.js', 'package.json']));

		log('▸ Packed package.json');
		const packed = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
		const problems = manifestProblems(packed);
		if (problems.length) {
			failed = true;
			for (const p of problems) log(`  ✗ ${p}`);
		} else log('  ✓ manifest');
		const placeholder = placeholderAuthorEmail(packed);
		if (placeholder) {
			const what = `author e-mail ${placeholder} is a placeholder: set one the maintainers read before publishing (README, publishing notes)`;
			if (release) {
				failed = true;
				log(`  ✗ ${what}`);
			} else log(`  ! ${what}; \`verify --release\` (the publish workflow) fails on it`);
		}
		const stray = files.filter((f) => /\.(test|spec)\.[jt]s$|\/test\/|\.env$|\.npmrc$/.test(f));
		if (stray.length) {
			failed = true;
			log(`  ✗ files that should not be published: ${stray.join(', ')}`);
		}

		// Not an error for n8n, but worth knowing: files n8n never loads (e.g. README images that the
		// build's `**/*.{png,svg}` copy put into dist/, or the tsc build info).
		const runtime = /^package\/(package\.json|index\.js|README[^/]*|LICEN[CS]E[^/]*|CHANGELOG[^/]*|dist\/package\.json|dist\/(nodes|credentials)\/.*)$/i;
		for (const f of files.filter((name) => !runtime.test(name))) {
			const size = fs.statSync(path.join(pkgDir, f.replace(/^package\//, ''))).size;
			log(`  ! ${f.replace(/^package\//, '')} (${(size / 1024).toFixed(0)} kB) is published but never loaded by n8n`);
		}

		log(`\n${failed ? 'verify FAILED' : 'verify passed'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
		process.exitCode = failed ? 1 : 0;
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

main().catch((err) => {
	process.stderr.write(`verify failed: ${err.stack || err.message}\n`);
	process.exitCode = 1;
});
