'use strict';
/*
 * The Topview node as an AI Agent tool in a real n8n: examples/agent-makes-a-video.json, its OpenAI
 * Chat Model pointed at a scripted OpenAI-compatible model on 127.0.0.1 (support/model-server.js,
 * started here). The model calls "Make Avatar Video" once with the $fromAI() arguments; the tool
 * submits to the simulator, waits, and the agent answers with the finished video URL.
 * Runs on n8n 2.41.1 and 1.123.81 alike: the example uses AI Agent 3 and OpenAI Chat Model 1.3 (with
 * the Responses API off, so any OpenAI-compatible server works), which both ship.
 */
const { connect, example, withParameters, nameFor, nodeOutput, describeExecution } = require('./support/e2e');
const { startModelServer } = require('./support/model-server');

const SUBMIT_PATH = '/v1/video_avatar/task/submit';
const FAST_WAIT = { firstCheckDelaySeconds: 0.5, pollIntervalSeconds: 0.5, maxPollIntervalSeconds: 1, timeoutMinutes: 2, maxConcurrentTasks: 1 };
const ARGS = { avatarId: '3327', voiceId: 'v1001', script: 'Hi from the agent e2e test.' };

describe('AI Agent with the Topview tool', () => {
	let ctx;
	let model;
	let openAi;
	const offered = [];
	const toolResults = [];

	beforeAll(async () => {
		ctx = await connect();
		model = await startModelServer({
			toolCall: (tools) => {
				offered.push(tools);
				return { name: tools.find((tool) => /make_avatar_video/i.test(tool.name)).name, arguments: ARGS };
			},
			answer: (toolResult) => {
				toolResults.push(toolResult);
				const url = /https?:\/\/[^"\s\\]+\.mp4/.exec(toolResult);
				return url ? `Your video is ready: ${url[0]}` : `The tool returned no video: ${toolResult.slice(0, 300)}`;
			},
		});
		openAi = await ctx.api.createCredential({
			name: 'Scripted model (e2e)',
			type: 'openAiApi',
			data: { apiKey: 'sk-scripted', url: model.url, header: false },
		});
	});

	afterAll(async () => {
		if (openAi) await ctx.api.deleteCredential(openAi.id).catch(() => undefined);
		if (model) await model.close();
	});

	test('one Video Avatar submit with wait, the video URL in the answer (examples/agent-makes-a-video.json)', async () => {
		const since = await ctx.sim.lastRequestId();
		let workflow = withParameters(example('agent-makes-a-video'), 'Make Avatar Video', { options: FAST_WAIT });
		workflow = withParameters(workflow, 'OpenAI Chat Model', { model: { __rl: true, mode: 'id', value: model.model } });
		const wf = await ctx.api.createWorkflow(workflow, {
			credentials: { topviewApi: ctx.credential, openAiApi: openAi },
			name: nameFor(workflow, 'agent'),
		});
		const exec = await ctx.api.runWorkflow(wf.id, { timeoutMs: 150000 });
		expect(describeExecution(exec)).toContain('"status":"success"');

		// What the model was offered: the three Topview tools, with the $fromAI() fields as arguments.
		expect(offered).toHaveLength(1);
		const names = offered[0].map((tool) => tool.name);
		expect(names).toEqual(expect.arrayContaining(['Make_Avatar_Video', 'List_Avatars', 'List_Voices']));
		const make = offered[0].find((tool) => tool.name === 'Make_Avatar_Video');
		expect(Object.keys(make.parameters.properties).sort()).toEqual(['avatarId', 'script', 'voiceId']);
		expect(make.description).toMatch(/costs Topview credits/);

		// Exactly one submit (credits are spent once), with the model's arguments, then queries until done.
		const submits = await ctx.sim.requests({ sinceId: since, path: SUBMIT_PATH });
		expect(submits).toHaveLength(1);
		expect(submits[0].body).toMatchObject({ avatarSourceFrom: 1, aiAvatarId: '3327', audioSourceFrom: 1, voiceoverId: 'v1001', ttsText: ARGS.script });

		// The tool result carried the finished task and its video, and the agent's answer names it.
		expect(toolResults).toHaveLength(1);
		const taskId = /[0-9a-f]{32}/.exec(toolResults[0])[0];
		const task = await ctx.sim.task(taskId);
		expect(task.status).toBe('success');
		const [answer] = nodeOutput(exec, 'AI Agent');
		expect(answer.json.output).toMatch(/^Your video is ready: http.*\.mp4$/);
		expect(answer.json.output).toContain(toolResults[0].match(/https?:\/\/[^"\s\\]+\.mp4/)[0]);
		expect(model.requests).toHaveLength(2);
	});
});
