// Runs the compiled nodes through the real n8n-core engine (WorkflowExecute → RoutingNode for the
// declarative node, PollContext for the trigger), as n8n does in production.
const os = require('node:os');
const path = require('node:path');
const fs = require('node:fs');

if (!process.env.N8N_USER_FOLDER) {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'topview-n8n-'));
	process.env.N8N_USER_FOLDER = userFolder;
	// Removed when the test file (jest: afterAll, also after failures) or the script (benches) ends.
	const remove = () => fs.rmSync(userFolder, { recursive: true, force: true });
	if (typeof afterAll === 'function') afterAll(remove);
	else process.once('exit', remove);
}

// n8n logs every node error to the console; tests assert on the errors themselves.
process.env.N8N_LOG_LEVEL = process.env.N8N_LOG_LEVEL || 'silent';

const { WorkflowExecute, ExecutionLifecycleHooks, PollContext, RoutingNode, LoadOptionsContext } = require('n8n-core');
const { Workflow, ICredentialsHelper } = require('n8n-workflow');

const dist = path.resolve(__dirname, '../../dist');
const { Topview } = require(path.join(dist, 'nodes/Topview/Topview.node.js'));
const { TopviewTrigger } = require(path.join(dist, 'nodes/Topview/TopviewTrigger.node.js'));
const { TopviewApi } = require(path.join(dist, 'credentials/TopviewApi.credentials.js'));

const BASE_URL = 'https://api.topview.ai';
const defaultCredentials = { uid: 'u-test-1', apiKey: 'sk-test-secret-key', baseUrl: BASE_URL };

/** Applies the credential's own generic auth description, as n8n's CredentialsHelper does. */
class TestCredentials extends ICredentialsHelper {
	constructor(data) {
		super();
		this.data = data;
	}
	getParentTypes() {
		return [];
	}
	isCredentialUsableByNode() {
		return true;
	}
	async authenticate(credentials, _type, requestOptions) {
		const headers = new TopviewApi().authenticate.properties.headers;
		const resolved = {};
		for (const [name, template] of Object.entries(headers)) {
			resolved[name] = template
				.replace(/^=/, '')
				.replace(/\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_m, key) => credentials[key]);
		}
		requestOptions.headers = { ...requestOptions.headers, ...resolved };
		return requestOptions;
	}
	async getDecrypted() {
		return { ...this.data };
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {}
	async getCredentials() {
		return {};
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties() {
		return [];
	}
}

/**
 * As n8n's own NodeTypes does for declarative nodes (packages/cli/src/node-types.ts): an `execute` that
 * runs RoutingNode with the node's ExecuteContext, so the context carries the execution's cancel signal.
 */
function asLoadedByN8n(nodeType) {
	if (!nodeType.execute && !nodeType.poll && !nodeType.trigger) {
		nodeType.execute = async function () {
			const data = await new RoutingNode(this, nodeType).runNode();
			return data ?? [];
		};
	}
	return nodeType;
}

const nodeTypeMap = { topview: asLoadedByN8n(new Topview()), topviewTrigger: asLoadedByN8n(new TopviewTrigger()) };
const nodeTypes = {
	getByName: (name) => nodeTypeMap[name.split('.').pop()],
	getByNameAndVersion: (name) => nodeTypeMap[name.split('.').pop()],
	getKnownTypes: () => ({}),
};

function additionalData(hooks, credentials) {
	return {
		executionId: String(Math.floor(Math.random() * 1e9)),
		hooks,
		credentialsHelper: new TestCredentials(credentials),
		variables: {},
		restApiUrl: '',
		instanceBaseUrl: '',
		webhookBaseUrl: '',
		webhookWaitingBaseUrl: '',
		webhookTestBaseUrl: '',
		formWaitingBaseUrl: '',
	};
}

function makeNode(type, parameters, extra = {}) {
	return {
		id: 'node-1',
		name: type === 'topviewTrigger' ? 'Topview Trigger' : 'Topview',
		type: `n8n-nodes-topview.${type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { topviewApi: { id: '1', name: 'Topview' } },
		...extra,
	};
}

/**
 * Runs the Topview action node once over `items` (`options`: items, credentials, continueOnFail, cancelAfterMs).
 * Returns { items, error, status } where items are the node's output items (json, binary, pairedItem, error).
 */
async function runTopview(parameters, options = {}) {
	const items = options.items ?? [{ json: {} }];
	const node = makeNode('topview', parameters, options.continueOnFail ? { onError: 'continueRegularOutput' } : {});
	const wf = { id: 'wf-test', name: 'test', nodes: [node], connections: {} };
	const workflow = new Workflow({ ...wf, active: false, nodeTypes });
	const hooks = new ExecutionLifecycleHooks('manual', '1', wf);
	const done = new Promise((resolve) => hooks.addHandler('workflowExecuteAfter', resolve));
	const runData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node, data: { main: [items] }, source: null }],
		},
	};
	const credentials = { ...defaultCredentials, ...options.credentials };
	const execute = new WorkflowExecute(additionalData(hooks, credentials), 'manual', runData);
	const running = execute.processRunExecutionData(workflow);
	// Like the Stop button in the editor: cancels the execution, which aborts its signal.
	if (options.cancelAfterMs !== undefined) setTimeout(() => running.cancel(), options.cancelAfterMs);
	// A cancelled run never settles `running`; n8n reports the end through the hook either way.
	const run = await Promise.race([running.then(() => done), done]);
	const nodeRun = run.data.resultData.runData[node.name]?.[0];
	return {
		status: run.status,
		error: run.data.resultData.error,
		items: nodeRun?.data?.main?.[0] ?? [],
	};
}

/** A trigger that keeps its static data across polls, like an active workflow does. */
function createTrigger(parameters, options = {}) {
	const node = makeNode('topviewTrigger', parameters);
	let staticData = options.staticData ?? {};
	const credentials = { ...defaultCredentials, ...options.credentials };
	const build = () => {
		const wf = { id: 'wf-trigger', name: 'trigger', nodes: [node], connections: {} };
		const workflow = new Workflow({ ...wf, active: true, nodeTypes, staticData });
		return { wf, workflow };
	};
	let current = build();
	return {
		node,
		get staticData() {
			return current.workflow.staticData;
		},
		/** Runs one poll in `mode` ('trigger' for an active workflow, 'manual' for Fetch Test Event). */
		async poll(mode = 'trigger') {
			const hooks = new ExecutionLifecycleHooks(mode, '1', current.wf);
			const activation = mode === 'manual' ? 'manual' : 'activate';
			const context = new PollContext(current.workflow, node, additionalData(hooks, credentials), mode, activation);
			return await new TopviewTrigger().poll.call(context);
		},
		/** Simulates an n8n restart: a fresh Workflow built from the persisted static data. */
		restart() {
			staticData = JSON.parse(JSON.stringify(current.workflow.staticData));
			current = build();
		},
		setParameters(next) {
			node.parameters = next;
		},
	};
}

/**
 * What n8n's DynamicNodeParametersService builds for a picker request: a workflow holding the action node
 * with the editor's current parameters, and a LoadOptionsContext for the parameter's `path`.
 */
function pickerContext(parameters, path, credentials = {}) {
	const node = makeNode('topview', parameters);
	const workflow = new Workflow({ id: 'wf-picker', name: 'picker', nodes: [node], connections: {}, active: false, nodeTypes });
	const data = { ...additionalData(undefined, { ...defaultCredentials, ...credentials }), currentNodeParameters: parameters };
	return new LoadOptionsContext(workflow, node, data, path);
}

/**
 * The "Test" button of the credential dialog, as n8n's CredentialsTester runs a credential whose `test` is
 * a request (https://github.com/n8n-io/n8n/blob/master/packages/cli/src/services/credentials-tester.service.ts):
 * a temporary No Operation node whose one property routes the test request, run by RoutingNode with the
 * decrypted credential, then the `responseSuccessBody` rules in order. n8n-core holds everything but that
 * last loop, which lives in n8n's server package and is ported here line for line.
 * Returns { status: 'OK' | 'Error', message }.
 */
async function testCredential(credentials = {}) {
	const { ExecuteContext } = require('n8n-core');
	const credentialType = new TopviewApi();
	const testRequest = credentialType.test;
	const node = {
		id: 'temp',
		parameters: {},
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		credentials: { topviewApi: { id: 'cred-1', name: 'Topview' } },
	};
	const nodeTypeCopy = {
		description: {
			displayName: 'No Operation, do nothing',
			name: 'n8n-nodes-base.noOp',
			group: ['organization'],
			version: 1,
			description: 'No Operation',
			defaults: { name: 'No Operation, do nothing' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType.name, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: testRequest.request }, default: '' }],
		},
	};
	const types = { getByName: () => nodeTypeCopy, getByNameAndVersion: () => nodeTypeCopy, getKnownTypes: () => ({}) };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: types });
	const data = { ...defaultCredentials, ...credentials };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData(undefined, data),
		'internal',
		{ resultData: { runData: {} } },
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const credentialsDecrypted = { id: 'cred-1', name: 'Topview', type: credentialType.name, data };
	let response;
	try {
		response = await new RoutingNode(context, nodeTypeCopy, credentialsDecrypted).runNode();
	} catch (error) {
		if (error.cause?.response) {
			const status = error.cause.response.status;
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && status === rule.properties.value) return { status: 'Error', message: rule.properties.message };
			}
			if (status < 199 || status > 299) {
				return { status: 'Error', message: error.cause.response.statusText || `Received HTTP status code: ${status}` };
			}
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: error.message.toString() };
	}
	for (const rule of testRequest.rules ?? []) {
		if (rule.type === 'responseSuccessBody') {
			const body = response[0][0].json;
			if (lodashGet(body, rule.properties.key) === rule.properties.value) return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/** lodash's get for a dotted key, as the CredentialsTester uses it. */
function lodashGet(object, key) {
	return key.split('.').reduce((value, part) => (value == null ? undefined : value[part]), object);
}

module.exports = { runTopview, createTrigger, pickerContext, testCredential, BASE_URL, defaultCredentials, TestCredentials };

// ---------------------------------------------------------------------------------------------
// Topview Callback Trigger: webhook() through n8n-core's WebhookContext, activation through HookContext.
const { WebhookContext, HookContext } = require('n8n-core');
const { TopviewCallbackTrigger } = require(path.join(dist, 'nodes/Topview/TopviewCallbackTrigger.node.js'));

nodeTypeMap.topviewCallbackTrigger = new TopviewCallbackTrigger();

const WEBHOOK_BASE_URL = 'https://n8n.example.com/webhook';
const CALLBACK_WEBHOOK_ID = '0b7c4a8e-5f1d-4c2a-9e3b-7d6f5a4c3b2a';

/** The part of an express response the node uses; records what was sent. */
function fakeResponse() {
	return {
		statusCode: undefined,
		body: undefined,
		headersSent: false,
		status(code) {
			this.statusCode = code;
			return this;
		},
		json(body) {
			this.body = JSON.parse(JSON.stringify(body));
			this.headersSent = true;
			return this;
		},
	};
}

/**
 * A Topview Callback Trigger in an active workflow: `post()` delivers one callback request as n8n's
 * live webhook does (same static data across calls), `activate()` runs webhookMethods.default.
 * Options: staticData, credentials, mode ('webhook' or 'manual' for "listen for test event"), workflowId.
 */
function createCallbackTrigger(parameters = {}, options = {}) {
	const node = makeNode('topviewCallbackTrigger', parameters, { name: 'Topview Callback Trigger', webhookId: CALLBACK_WEBHOOK_ID });
	node.id = options.nodeId ?? 'callback-node-1';
	let staticData = options.staticData ?? {};
	const credentials = { ...defaultCredentials, ...options.credentials };
	const nodeType = nodeTypeMap.topviewCallbackTrigger;
	const webhookDescription = nodeType.description.webhooks[0];
	const build = () => {
		const wf = { id: options.workflowId ?? 'wf-callback', name: 'callback', nodes: [node], connections: {} };
		const workflow = new Workflow({ ...wf, active: true, nodeTypes, staticData });
		return { wf, workflow };
	};
	let current = build();
	const webhookData = (isTest = false) => ({
		httpMethod: 'POST',
		node: node.name,
		path: `${CALLBACK_WEBHOOK_ID}/callback`,
		webhookDescription,
		workflowId: current.wf.id,
		isTest,
	});
	const baseData = (hooks) => ({ ...additionalData(hooks, credentials), webhookBaseUrl: WEBHOOK_BASE_URL, webhookTestBaseUrl: `${WEBHOOK_BASE_URL}-test` });
	return {
		node,
		productionUrl: `${WEBHOOK_BASE_URL}/${CALLBACK_WEBHOOK_ID}/callback`,
		get staticData() {
			return current.workflow.staticData;
		},
		/**
		 * Delivers one request. `body` is what n8n's body parser produced (object) or raw text; headers are
		 * lower-cased as in node's http. Returns { status, body, items, binary } — items only when n8n would
		 * start an execution.
		 */
		async post({ body, headers = {}, rawBody, mode = options.mode ?? 'webhook' } = {}) {
			const hooks = new ExecutionLifecycleHooks(mode, '1', current.wf);
			const response = fakeResponse();
			const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
			const data = {
				...baseData(hooks),
				httpRequest: { body, rawBody, headers: lower, params: {}, query: {} },
				httpResponse: response,
			};
			const context = new WebhookContext(current.workflow, node, data, mode, webhookData(mode === 'manual'), [], null);
			const result = await nodeType.webhook.call(context);
			return {
				status: response.statusCode,
				body: response.body,
				noWebhookResponse: result.noWebhookResponse === true,
				items: result.workflowData ? result.workflowData[0] : undefined,
			};
		},
		/** Runs webhookMethods.default.{checkExists, create} as n8n does on activation; returns create's result. */
		async activate() {
			const hooks = new ExecutionLifecycleHooks('trigger', '1', current.wf);
			const context = new HookContext(current.workflow, node, baseData(hooks), 'trigger', 'activate', webhookData());
			const methods = nodeType.webhookMethods.default;
			const exists = await methods.checkExists.call(context);
			const created = exists ? true : await methods.create.call(context);
			return { exists, created };
		},
		/** Runs webhookMethods.default.delete as n8n does on deactivation. */
		async deactivate() {
			const hooks = new ExecutionLifecycleHooks('trigger', '1', current.wf);
			const context = new HookContext(current.workflow, node, baseData(hooks), 'trigger', 'activate', webhookData());
			return await nodeType.webhookMethods.default.delete.call(context);
		},
		/** Simulates an n8n restart: a fresh Workflow built from the persisted static data. */
		restart() {
			staticData = JSON.parse(JSON.stringify(current.workflow.staticData));
			current = build();
		},
	};
}

module.exports.createCallbackTrigger = createCallbackTrigger;
