// What a newcomer sees in the n8n editor before running anything: the node picker entry, the canvas
// subtitles and the fields whose display is decided by the description alone.
const path = require('node:path');
const fs = require('node:fs');
const { Workflow } = require('n8n-workflow');

const dist = path.resolve(__dirname, '../../dist');
const { Topview } = require(path.join(dist, 'nodes/Topview/Topview.node.js'));
const { TopviewTrigger } = require(path.join(dist, 'nodes/Topview/TopviewTrigger.node.js'));
const action = new Topview().description;
const trigger = new TopviewTrigger().description;

/** Evaluates a subtitle the way the editor does: an expression over the node's parameters. */
function subtitleOf(description, type, parameters) {
	const node = { id: 'n1', name: 'Node', type: `n8n-nodes-topview.${type}`, typeVersion: 1, position: [0, 0], parameters };
	const nodeTypes = { getByName: () => ({ description }), getByNameAndVersion: () => ({ description }), getKnownTypes: () => ({}) };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, description.subtitle, 'internal', {});
}

const resources = action.properties.find((p) => p.name === 'resource').options;
const operationsOf = (resource) =>
	action.properties.find((p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource)).options;

test('the canvas subtitle shows display names: "Submit: Video Avatar"', () => {
	expect(subtitleOf(action, 'topview', { resource: 'videoAvatar', operation: 'submit' })).toBe('Submit: Video Avatar');
	expect(subtitleOf(action, 'topview', { resource: 'voice', operation: 'textToSpeech' })).toBe('Text to Speech: Voice');
});

test('every resource and operation has its display-name subtitle', () => {
	let count = 0;
	for (const resource of resources) {
		for (const operation of operationsOf(resource.value)) {
			const parameters = { resource: resource.value, operation: operation.value };
			expect(subtitleOf(action, 'topview', parameters)).toBe(`${operation.name}: ${resource.name}`);
			count++;
		}
	}
	expect(count).toBeGreaterThan(40);
});

test('an unknown combination (a newer workflow) falls back to the raw values', () => {
	expect(subtitleOf(action, 'topview', { resource: 'videoAvatar', operation: 'later' })).toBe('later: videoAvatar');
});

test("the trigger's subtitle shows the event's display name", () => {
	expect(subtitleOf(trigger, 'topviewTrigger', { event: 'videoAvatarTaskFinished' })).toBe('Video Avatar Task Finished');
	expect(subtitleOf(trigger, 'topviewTrigger', { event: 'boardTaskFinished' })).toBe('Board Task Finished');
});

test('the merged node-picker entry (which shows the trigger description) names the actions too', () => {
	// n8n merges "Topview" and "Topview Trigger" into one picker entry and shows the trigger's description.
	expect(trigger.description).toMatch(/^Create AI avatar videos.*, or start a workflow when a Topview task finishes$/);
	expect(action.description).toMatch(/^Create AI avatar videos/);
	const codex = JSON.parse(fs.readFileSync(path.join(dist, 'nodes/Topview/Topview.node.json'), 'utf8'));
	expect(codex.alias).toEqual(expect.arrayContaining(['video avatar', 'text to speech', 'image to video']));
});

test('Timeout (Minutes) shows whole minutes', () => {
	const options = action.properties.filter((p) => p.name === 'options' && p.options.some((o) => o.name === 'timeoutMinutes'));
	expect(options.length).toBeGreaterThan(5);
	for (const collection of options) {
		const timeout = collection.options.find((o) => o.name === 'timeoutMinutes');
		expect(timeout.typeOptions).toEqual({ minValue: 1, maxValue: 1440 });
	}
});

test('"All Tasks on the Account" fits the dropdown; its caveats are in a notice shown with it', () => {
	const watch = trigger.properties.find((p) => p.name === 'watch');
	const account = watch.options.find((o) => o.value === 'account');
	expect(account.description.length).toBeLessThanOrEqual(50);
	const notice = trigger.properties.find((p) => p.type === 'notice' && p.displayOptions?.show?.watch?.includes('account'));
	expect(notice.displayName).toMatch(/failed tasks, which are not charged, may never appear/);
	expect(trigger.properties.indexOf(notice)).toBe(trigger.properties.indexOf(watch) + 1);
});
