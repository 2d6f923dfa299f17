'use strict';
/*
 * A scripted OpenAI-compatible chat model on 127.0.0.1 for the AI Agent e2e test: n8n's OpenAI Chat
 * Model node (Base URL pointed here, Responses API off) talks to it as to api.openai.com.
 *
 *   const model = await startModelServer({ toolCall: (tools) => ({ name, arguments }), answer: (toolResult) => text });
 *   model.url            // http://127.0.0.1:<port>/v1, the credential's Base URL
 *   model.requests       // every chat completion request body received, in order
 *   await model.close();
 *
 * POST /v1/chat/completions: while the conversation has no tool result yet, the answer is a call of
 * the tool `toolCall(tools)` picks (from the tools n8n offered); once it has one, the answer is the
 * text `answer(toolResult)` returns. Streaming requests get the same answers as server-sent events.
 * GET /v1/models lists one model (the credential test and the model picker ask for it).
 */
const http = require('http');

const MODEL = 'scripted-model';

function completion({ message, finishReason }) {
	return {
		id: `chatcmpl-${Date.now()}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model: MODEL,
		choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }],
		usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
	};
}

/** The same answer as a stream of chat.completion.chunk events. */
function chunks({ message, finishReason }) {
	const base = { id: `chatcmpl-${Date.now()}`, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: MODEL };
	const delta = message.tool_calls
		? { role: 'assistant', content: null, tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })) }
		: { role: 'assistant', content: message.content };
	return [
		{ ...base, choices: [{ index: 0, delta, finish_reason: null }] },
		{ ...base, choices: [{ index: 0, delta: {}, finish_reason: finishReason }], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } },
	];
}

function startModelServer({ toolCall, answer }) {
	const requests = [];
	let calls = 0;
	const server = http.createServer((req, res) => {
		const body = [];
		req.on('data', (chunk) => body.push(chunk));
		req.on('end', () => {
			const send = (status, json) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(json));
			};
			try {
				if (req.method === 'GET' && req.url.endsWith('/models')) {
					return send(200, { object: 'list', data: [{ id: MODEL, object: 'model', created: 0, owned_by: 'test' }] });
				}
				if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) return send(404, { error: { message: `no route ${req.method} ${req.url}` } });
				const request = JSON.parse(Buffer.concat(body).toString('utf8') || '{}');
				requests.push(request);
				const toolResult = (request.messages || []).filter((m) => m.role === 'tool').pop();
				let reply;
				if (!toolResult) {
					const call = toolCall((request.tools || []).map((t) => t.function || t));
					calls += 1;
					reply = {
						message: {
							role: 'assistant',
							content: null,
							tool_calls: [{ id: `call_${calls}`, type: 'function', function: { name: call.name, arguments: JSON.stringify(call.arguments) } }],
						},
						finishReason: 'tool_calls',
					};
				} else {
					const content = typeof toolResult.content === 'string' ? toolResult.content : JSON.stringify(toolResult.content);
					reply = { message: { role: 'assistant', content: answer(content) }, finishReason: 'stop' };
				}
				if (request.stream) {
					res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
					for (const chunk of chunks(reply)) res.write(`data: ${JSON.stringify(chunk)}\n\n`);
					res.end('data: [DONE]\n\n');
					return undefined;
				}
				return send(200, completion(reply));
			} catch (error) {
				return send(500, { error: { message: String((error && error.stack) || error) } });
			}
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({
				url: `http://127.0.0.1:${port}/v1`,
				model: MODEL,
				requests,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}

module.exports = { startModelServer, MODEL };
