#!/usr/bin/env node
'use strict';
/*
 * `npm run screenshot`: regenerates the README's screenshots of the real n8n editor:
 *   docs/topview-node.png         the Topview node's parameter panel, executed, with its output;
 *   docs/topview-node-actions.png the node picker after the trigger ("What happens next?"): the Topview
 *                                 entry opened, with its description and its list of actions;
 *   docs/topview-agent.png        the canvas of examples/agent-makes-a-video.json (AI Agent + tools).
 *
 * Needs Debian's Chromium:  apt-get install -y --no-install-recommends chromium fonts-dejavu-core
 * (CHROMIUM_PATH to use another binary). playwright-core (no browser download) is installed from the
 * scripts/screenshot/ lockfile into the cache outside the clone.
 *
 * Steps: build (--no-build to skip) and pack the package; start the simulator and n8n 2.41.1 in a
 * fresh user folder; create the owner, the credential and examples/video-avatar-submit-and-wait.json;
 * sign in with Chromium, open the workflow, double-click the Topview node, click "Execute step" (the
 * simulator renders in ~3 s), show the output as JSON, save the screenshot.
 * Options: --out <file> (default docs/topview-node.png), --workflow <examples file>, --node <name>,
 * --no-execute (by default the node is run first, so the output panel shows the finished video),
 * --only-node (just the first screenshot).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const n8n = require('./lib/n8n');
const { runBuild } = require('./lib/build');
const { cacheRoot, installHarness, hashOf } = require('./e2e/ensure-n8n');

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = argv.indexOf(name);
	return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const OUT = path.resolve(n8n.REPO_DIR, opt('--out', 'docs/topview-node.png'));
const EXAMPLE = opt('--workflow', 'video-avatar-submit-and-wait.json');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const log = (m) => process.stdout.write(`${m}\n`);

function ensurePlaywright() {
	const src = path.join(__dirname, 'screenshot');
	const target = path.join(cacheRoot(), `screenshot-${hashOf(src)}`);
	installHarness({ src, target, env: process.env, log: (m) => log(`  ${m}`) });
	return require(path.join(target, 'node_modules', 'playwright-core'));
}

async function main() {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(`${CHROMIUM} not found: apt-get install -y --no-install-recommends chromium fonts-dejavu-core (or set CHROMIUM_PATH)`);
	}
	if (!argv.includes('--no-build')) {
		log('▸ npm run build');
		runBuild({ cwd: n8n.REPO_DIR, log });
	}
	log('▸ playwright-core (cached)');
	const { chromium } = ensurePlaywright();

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'topview-shot-'));
	let sim;
	let server;
	let browser;
	try {
		const tarball = n8n.packPackage({ destDir: path.join(work, 'pack') });
		const { startSimulator } = require('../test/simulator');
		sim = await startSimulator({ port: 0, host: n8n.HOST });
		log('▸ n8n');
		server = await n8n.startN8n({ tarball, userFolder: path.join(work, 'user'), log: (m) => log(`  ${m}`) });
		const api = await server.client();
		const credential = await api.createCredential({
			name: 'Topview (local simulator)',
			type: 'topviewApi',
			data: { uid: 'sim-uid', apiKey: 'sim-key', baseUrl: sim.url },
		});
		const example = JSON.parse(fs.readFileSync(path.join(n8n.REPO_DIR, 'examples', EXAMPLE), 'utf8'));
		const wf = await api.createWorkflow(example, { credentials: { topviewApi: credential } });
		const nodeName = opt('--node', example.nodes.find((n) => n.type === 'n8n-nodes-topview.topview').name);

		log('▸ Chromium');
		browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
		page.setDefaultTimeout(60000);
		await page.goto(`${server.baseUrl}/signin`, { waitUntil: 'domcontentloaded' });
		await page.locator('input[type="email"], input[name="emailOrLdapLoginId"], input[name="email"]').first().fill(n8n.DEFAULT_OWNER.email);
		await page.locator('input[type="password"]').first().fill(n8n.DEFAULT_OWNER.password);
		await page.locator('input[type="password"]').first().press('Enter');
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'));

		await page.goto(`${server.baseUrl}/workflow/${wf.id}`, { waitUntil: 'domcontentloaded' });
		const node = page.locator('[data-test-id="canvas-node"]').filter({ hasText: nodeName }).first();
		await node.waitFor();
		await page.keyboard.press('Escape'); // any welcome/what's-new dialog
		await node.dblclick();
		const ndv = page.locator('[data-test-id="ndv"]').first();
		await ndv.waitFor();
		if (!argv.includes('--no-execute')) {
			await page.locator('[data-test-id="node-execute-button"]').first().click();
			const output = page.locator('[data-test-id="ndv-output-panel"], [data-test-id="output-panel"]').first();
			await output.getByText('outputVideoUrl').first().waitFor({ timeout: 90000 });
			const json = output.getByText('JSON', { exact: true }).first();
			if (await json.count()) {
				await json.click();
				await output.getByText('outputVideoUrl').first().waitFor();
			}
		}
		await page.waitForTimeout(1500); // icons, fonts, transitions
		fs.mkdirSync(path.dirname(OUT), { recursive: true });
		await page.screenshot({ path: OUT });
		log(`\nSaved ${path.relative(n8n.REPO_DIR, OUT)} (${(fs.statSync(OUT).size / 1024).toFixed(0)} kB): "${nodeName}" in ${EXAMPLE}, n8n ${server.install.version}`);
		if (argv.includes('--only-node')) return;

		// The node picker after the trigger ("What happens next?"): search "Topview", then open the
		// merged entry's list of actions.
		await page.keyboard.press('Escape'); // close the node panel
		await page.waitForTimeout(500);
		await page.locator('[data-test-id="canvas-handle-plus"]').last().click(); // "+" after the Topview node
		const search = page.locator('input[data-test-id="node-creator-search-bar"]').first();
		await search.waitFor();
		await search.fill('Topview');
		const entry = page.locator('[data-test-id="node-creator"] [data-test-id="item-iterator-item"]').filter({ hasText: 'Topview' }).first();
		await entry.click();
		await page.locator('[data-test-id="node-creator"]').getByText('Submit a video avatar task').first().waitFor();
		await page.waitForTimeout(1000);
		await save(page, 'docs/topview-node-actions.png');
		await page.keyboard.press('Escape');

		// The AI agent example on the canvas, with a placeholder OpenAI credential (never used here).
		const agentExample = JSON.parse(fs.readFileSync(path.join(n8n.REPO_DIR, 'examples', 'agent-makes-a-video.json'), 'utf8'));
		const openAi = await api.createCredential({ name: 'OpenAI', type: 'openAiApi', data: { apiKey: 'sk-placeholder', header: false } });
		const agent = await api.createWorkflow(agentExample, { credentials: { topviewApi: credential, openAiApi: openAi } });
		await page.goto(`${server.baseUrl}/workflow/${agent.id}`, { waitUntil: 'domcontentloaded' });
		await page.locator('[data-test-id="canvas-node"]').filter({ hasText: 'Make Avatar Video' }).first().waitFor();
		await page.keyboard.press('Escape');
		await page.keyboard.press('1'); // zoom to fit
		await page.waitForTimeout(1500);
		await save(page, 'docs/topview-agent.png');
	} finally {
		if (browser) await browser.close().catch(() => undefined);
		if (server) await server.stop();
		if (sim) await sim.close();
		fs.rmSync(work, { recursive: true, force: true });
	}
}

async function save(page, file) {
	const out = path.join(n8n.REPO_DIR, file);
	await page.screenshot({ path: out });
	log(`Saved ${file} (${(fs.statSync(out).size / 1024).toFixed(0)} kB)`);
}

main().catch((err) => {
	process.stderr.write(`screenshot failed: ${err.stack || err.message}\n`);
	process.exitCode = 1;
});
