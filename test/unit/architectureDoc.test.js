// docs/architecture.md stays true: every file and folder it names exists, and the life of a Video Avatar
// Submit with wait it describes stays within eight source files.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const doc = fs.readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');

/** Repository paths in backticks, e.g. `nodes/Topview/shared/runner.ts` (placeholders like <resource> skipped). */
const named = [...new Set([...doc.matchAll(/`((?:nodes|credentials|test|examples|docs|scripts|bench)\/[^`\s]*)`/g)].map((m) => m[1]))].filter(
	(p) => !p.includes('<'),
);

test('the map names the files it explains', () => {
	expect(named.length).toBeGreaterThan(25);
});

test.each(named)('%s exists', (relative) => {
	expect(fs.existsSync(path.join(root, relative.replace(/\/$/, '')))).toBe(true);
});

test('the life of one Submit with wait is at most eight source files', () => {
	const life = doc.split('## The life of one Video Avatar Submit with Wait for Completion')[1].split('\n## ')[0];
	const steps = [...life.matchAll(/^\d+\. `([^`]+)`/gm)].map((m) => m[1]);
	expect(steps.length).toBeGreaterThan(0);
	expect(new Set(steps).size).toBeLessThanOrEqual(8);
});

test('nothing in shared/ imports a resource', () => {
	const shared = path.join(root, 'nodes/Topview/shared');
	const offenders = fs
		.readdirSync(shared)
		.filter((file) => /from '\.\.\/(resources|trigger|callback|listSearch)\//.test(fs.readFileSync(path.join(shared, file), 'utf8')));
	expect(offenders).toEqual([]);
});
