// The README's operations table is generated from the node (scripts/operations-table.js --write);
// this fails when a resource or operation changes without the README following.
const fs = require('node:fs');
const path = require('node:path');
const { operationsTable, readmeTable } = require('../../scripts/operations-table');

test("the README's table of operations matches the node", () => {
	const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
	expect(readmeTable(readme)).toBe(operationsTable());
});

test('every example workflow the README names exists', () => {
	const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
	const named = [...readme.matchAll(/examples\/([\w.-]+\.json)/g)].map((match) => match[1]);
	expect(named.length).toBeGreaterThan(0);
	for (const file of named) expect(fs.existsSync(path.join(__dirname, '../../examples', file))).toBe(true);
});
