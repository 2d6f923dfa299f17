// The UI and the schema that checks it cannot drift: for every operation with a validated request, each
// field the description sends (routing.send.property, also inside collections, and file lists) is a key
// of the operation's schema, and each schema key is sent by some field (or added by a step the
// operation declares, listed below with the reason).
const path = require('node:path');
const dist = path.resolve(__dirname, '../../dist/nodes/Topview');
const { Topview } = require(path.join(dist, 'Topview.node.js'));
const { routingExtrasOf } = require(path.join(dist, 'shared/routing.js'));
const { schemasCheckedBy } = require(path.join(dist, 'shared/validate.js'));
const { fileListBodyField } = require(path.join(dist, 'shared/fileLists.js'));

const properties = new Topview().description.properties;

/** Keys of a zod object schema, through preprocess/refine/transform/pipe/union wrappers. */
function keysOf(schema) {
	const def = schema._def;
	switch (def.typeName) {
		case 'ZodObject':
			return Object.keys(def.shape());
		case 'ZodEffects':
			return keysOf(def.schema);
		case 'ZodPipeline':
			return keysOf(def.in);
		case 'ZodUnion':
		case 'ZodDiscriminatedUnion':
			return [...new Set([...def.options].flatMap(keysOf))];
		case 'ZodIntersection':
			return [...keysOf(def.left), ...keysOf(def.right)];
		case 'ZodOptional':
		case 'ZodDefault':
			return keysOf(def.innerType);
		default:
			throw new Error(`keysOf: no object keys in ${def.typeName}`);
	}
}

const shownFor = (property, resource, operation) => {
	const show = property.displayOptions?.show;
	return show?.resource?.includes(resource) && (!show.operation || show.operation.includes(operation));
};

/** Where each parameter (and its nested options) sends itself: `{ key, part }`. */
function sentBy(property) {
	const send = property.routing?.send;
	const own = [];
	if (send?.property) own.push({ key: send.property.split('.')[0], part: send.type === 'query' ? 'qs' : 'body' });
	for (const step of send?.preSend ?? []) {
		const field = fileListBodyField(step);
		if (field) own.push({ key: field, part: 'body' });
	}
	const nested = (property.options ?? []).flatMap((option) =>
		option.values ? option.values.flatMap(sentBy) : option.displayName || option.routing ? sentBy(option) : [],
	);
	return [...own, ...nested];
}

/** Keys a schema knows that no field sends, because a declared step adds them. */
const addedBySteps = {
	// Additional Body Fields (a JSON object merged into the body) is how users reach these.
	'productAvatar:replaceProductImage': [],
};

const cases = [];
const unchecked = [];
for (const selector of properties.filter((p) => p.name === 'operation')) {
	const resource = selector.displayOptions.show.resource[0];
	for (const option of selector.options) {
		const checks = routingExtrasOf(option.routing)?.checks ?? [];
		const checked = checks.map(schemasCheckedBy).filter(Boolean);
		const label = `${resource} → ${option.value}`;
		if (checked.length) cases.push([label, resource, option.value, checked]);
		else if (properties.some((p) => shownFor(p, resource, option.value) && sentBy(p).length)) unchecked.push(label);
	}
}

test('the walk finds the validated operations', () => {
	expect(cases.length).toBeGreaterThan(60);
});

test('every operation that sends a field checks it with a schema', () => {
	expect(unchecked).toEqual([]);
});

describe.each(cases)('%s', (_label, resource, operation, checked) => {
	const fields = properties.filter((p) => shownFor(p, resource, operation)).flatMap(sentBy);
	const part = checked[0].part;
	const sent = new Set(fields.filter((f) => f.part === part).map((f) => f.key));
	const known = new Set(checked.flatMap(({ schemas }) => schemas.flatMap(keysOf)));

	test('every field the UI sends is checked by the schema', () => {
		expect([...sent].filter((key) => !known.has(key))).toEqual([]);
	});

	test('every schema key is sent by a field', () => {
		const extra = new Set(addedBySteps[`${resource}:${operation}`] ?? []);
		expect([...known].filter((key) => !sent.has(key) && !extra.has(key))).toEqual([]);
	});
});
