'use strict';
/*
 * The Callback Trigger in n8n's queue mode: Postgres and Redis (Debian packages) started by this test,
 * an n8n main process serving the webhooks and a worker running the executions. Simultaneous and
 * repeated callbacks for one task still make one execution, and it runs on the worker.
 * Skipped, saying why, when redis-server or initdb/postgres are not installed
 * (apt-get install redis-server postgresql). Runs only on the default n8n version (2.41.1).
 */
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { connect, example, nodeOutput, eventually, httpJson, sleep, freePort, startN8n, SIM_ACCOUNT, HOST } = require('./support/e2e');
const { ensureN8n } = require('../../scripts/e2e/ensure-n8n');

const TRIGGER = 'Topview Callback Trigger';
const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
const missing = ['redis-server', 'initdb', 'postgres', 'psql', 'runuser'].filter((bin) => !has(bin));
const version = process.env.N8N_E2E_VERSION || '2.41.1';
const runIt = missing.length === 0 && version.startsWith('2.') ? test : test.skip;
if (missing.length) process.stderr.write(`[e2e] queue mode skipped: ${missing.join(', ')} not installed\n`);

const children = [];
function spawnChild(cmd, args, { env, logFile, user } = {}) {
	const out = fs.openSync(logFile, 'a');
	const argv = user ? ['runuser', ['-u', user, '--', cmd, ...args]] : [cmd, args];
	const child = spawn(argv[0], argv[1], { env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true });
	fs.closeSync(out);
	children.push(child);
	return child;
}

function stopChild(child) {
	try {
		process.kill(-child.pid, 'SIGTERM');
	} catch {
		/* gone */
	}
}

let ctx;
let work;
let main;
let worker;
let workerLog;
afterAll(async () => {
	if (main) await main.stop();
	for (const child of children.reverse()) stopChild(child);
	await sleep(1000);
	if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function startPostgres() {
	const dir = path.join(work, 'pg');
	fs.mkdirSync(dir, { recursive: true });
	fs.chmodSync(work, 0o755);
	spawnSync('chown', ['-R', 'postgres', dir]);
	const init = spawnSync('runuser', ['-u', 'postgres', '--', 'initdb', '-D', path.join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8'], { encoding: 'utf8' });
	if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
	const port = await freePort();
	spawnChild('postgres', ['-D', path.join(dir, 'data'), '-p', String(port), '-k', dir, '-c', `listen_addresses=${HOST}`, '-c', 'fsync=off'], {
		user: 'postgres',
		logFile: path.join(work, 'postgres.log'),
	});
	await eventually(() => spawnSync('psql', ['-h', HOST, '-p', String(port), '-U', 'postgres', '-c', 'select 1']).status === 0, { what: 'postgres' });
	const db = spawnSync('psql', ['-h', HOST, '-p', String(port), '-U', 'postgres', '-c', 'create database n8n'], { encoding: 'utf8' });
	if (db.status !== 0) throw new Error(`create database failed: ${db.stderr}`);
	return port;
}

async function startRedis() {
	const port = await freePort();
	spawnChild('redis-server', ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no'], { logFile: path.join(work, 'redis.log') });
	await eventually(async () => {
		const res = spawnSync('redis-cli', ['-h', HOST, '-p', String(port), 'ping'], { encoding: 'utf8' });
		return res.stdout && res.stdout.trim() === 'PONG';
	}, { what: 'redis' });
	return port;
}

runIt('queue mode: webhooks on main, executions on a worker, one execution per task', async () => {
	ctx = await connect();
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'topview-queue-'));
	const [pgPort, redisPort] = [await startPostgres(), await startRedis()];
	const queueEnv = {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: HOST,
		DB_POSTGRESDB_PORT: String(pgPort),
		DB_POSTGRESDB_DATABASE: 'n8n',
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: '',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: HOST,
		QUEUE_BULL_REDIS_PORT: String(redisPort),
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
	};
	const install = ensureN8n({ version, log: () => undefined });
	main = await startN8n({ install, tarball: ctx.info.tarball, userFolder: path.join(work, 'user'), env: queueEnv, log: () => undefined });
	workerLog = path.join(work, 'worker.log');
	worker = spawnChild(install.nodeBin, [install.n8nBin, 'worker', '--concurrency=5'], {
		env: { ...main.env, N8N_RUNNERS_BROKER_PORT: String(await freePort([main.port, main.brokerPort])), QUEUE_HEALTH_CHECK_PORT: String(await freePort([main.port, main.brokerPort])) },
		logFile: workerLog,
	});
	await eventually(() => fs.existsSync(workerLog) && /worker is now ready/i.test(fs.readFileSync(workerLog, 'utf8')), { timeoutMs: 120000, what: 'the n8n worker' });

	const api = await main.client();
	const credential = await api.createCredential({ name: 'Topview (queue)', type: 'topviewApi', data: { uid: SIM_ACCOUNT.uid, apiKey: SIM_ACCOUNT.apiKey, baseUrl: ctx.info.simUrl } });
	const workflow = example('callback-trigger');
	const webhookId = crypto.randomUUID();
	workflow.nodes.find((n) => n.name === TRIGGER).webhookId = webhookId;
	const wf = await api.createWorkflow(workflow, { credentials: { topviewApi: credential }, name: 'Callback Trigger [queue mode]' });
	await api.activate(wf.id);
	const url = `${main.baseUrl}/webhook/${webhookId}/callback`;
	const post = (body, headers = { 'Topview-Uid': SIM_ACCOUNT.uid }) => httpJson({ method: 'POST', url, body, headers: { 'Content-Type': 'application/json', ...headers } });
	await eventually(async () => (await post({})).status === 422, { timeoutMs: 60000, what: 'the webhook to be registered' });

	const { taskId } = await ctx.sim.topview('POST', '/v1/video_avatar/task/submit', { avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 1, ttsText: 'Queue mode' });
	await ctx.sim.control('POST', `/tasks/${taskId}/finish`, { outcome: 'success' });
	const payload = { uuid: crypto.randomUUID(), bizType: 'ZERO_SHOT_AVATAR', taskId, status: 'success', errorMsg: null, result: { taskId, status: 'success' } };
	const answers = await Promise.all([post(payload), post(payload), post(payload)]);
	expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
	expect((await post(payload)).status).toBe(200);

	const [summary] = await eventually(async () => {
		const list = await api.listExecutions(wf.id);
		return list.length ? list : null;
	}, { timeoutMs: 60000, what: 'an execution' });
	const exec = await api.waitForExecution(summary.id, { timeoutMs: 60000 });
	expect(nodeOutput(exec, TRIGGER)[0].json).toMatchObject({ taskId, status: 'success', event: 'videoAvatarTaskFinished' });
	await sleep(3000);
	expect(await api.listExecutions(wf.id)).toHaveLength(1);
	expect(fs.readFileSync(workerLog, 'utf8')).toContain(`Worker started execution ${summary.id} `);
}, 300000);
