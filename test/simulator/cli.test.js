'use strict';

const { spawn } = require('node:child_process');
const path = require('node:path');

describe('cli.js', () => {
	test('starts on TOPVIEW_SIM_PORT with the given UID/key, prints them, stops on SIGTERM', async () => {
		const child = spawn(process.execPath, [path.join(__dirname, 'cli.js')], {
			env: { ...process.env, TOPVIEW_SIM_PORT: '0', TOPVIEW_SIM_UID: 'cli-uid', TOPVIEW_SIM_KEY: 'cli-key', TOPVIEW_SIM_RENDER_MS: '100' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		const url = await new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 5000);
			child.stdout.on('data', (d) => {
				out += d;
				const m = /listening on (http:\/\/\S+)/.exec(out);
				if (m && /API key/.test(out)) {
					clearTimeout(timer);
					resolve(m[1]);
				}
			});
			child.on('exit', (code) => reject(new Error(`exited early ${code}: ${out}`)));
		});
		expect(out).toContain('cli-uid');
		expect(out).toContain('cli-key');
		const r = await fetch(`${url}/user/credit/detail`, { headers: { 'Topview-Uid': 'cli-uid', Authorization: 'Bearer cli-key' } });
		expect((await r.json()).result.uid).toBe('cli-uid');
		const cfg = await (await fetch(`${url}/__sim/config`)).json();
		expect(cfg.renderMs).toBe(100);
		const code = await new Promise((resolve) => {
			child.removeAllListeners('exit');
			child.on('exit', (c) => resolve(c));
			child.kill('SIGTERM');
		});
		expect(code).toBe(0);
	});
});
