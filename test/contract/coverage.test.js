// Every Topview path the built nodes can call has a contract fixture: a documented example, or one
// marked "assumed" with where the node's choice came from.
const fs = require('node:fs');
const path = require('node:path');
const { allFixtures } = require('./contract');

const dist = path.resolve(__dirname, '../../dist');

function builtFiles(dir) {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) =>
			entry.isDirectory() ? builtFiles(path.join(dir, entry.name)) : entry.name.endsWith('.js') ? [path.join(dir, entry.name)] : [],
		);
}

/** Path literals like '/v1/video_avatar/task/submit', '/user/credit/detail', '/boards/list', '/notice/…'. */
function pathsInBuiltNodes() {
	const found = new Set();
	const literal = /["'`](\/(?:v\d+|user|boards|notice)\/[A-Za-z0-9_/-]+)["'`]/g;
	for (const file of [...builtFiles(path.join(dist, 'nodes')), ...builtFiles(path.join(dist, 'credentials'))]) {
		for (const match of fs.readFileSync(file, 'utf8').matchAll(literal)) found.add(match[1]);
	}
	return [...found].sort();
}

test('every path the nodes call has a contract fixture', () => {
	const documented = new Set(Object.values(allFixtures()).map((fx) => fx.endpoint.split(' ')[1]));
	const paths = pathsInBuiltNodes();
	expect(paths.length).toBeGreaterThan(40);
	expect(paths.filter((p) => !documented.has(p))).toEqual([]);
});

test('every fixture names its sources, the date read and a status', () => {
	for (const fx of Object.values(allFixtures())) {
		expect({ name: fx.name, status: ['documented', 'assumed'].includes(fx.status) }).toEqual({ name: fx.name, status: true });
		expect(fx.sources.length).toBeGreaterThan(0);
		for (const source of fx.sources) {
			expect(source.url).toMatch(/^https:\/\//);
			expect(source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		expect(fx.response?.example?.code).toBe('200');
	}
});
