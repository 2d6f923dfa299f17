// Prints the README's table of resources and operations, read from the built node's description, so
// the README can be checked against the node (test/unit/readme.test.js). `--write` updates README.md.
const fs = require('node:fs');
const path = require('node:path');

const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

function operationsTable() {
	const { Topview } = require(path.join(__dirname, '../dist/nodes/Topview/Topview.node.js'));
	const { properties } = new Topview().description;
	const resources = properties.find((p) => p.name === 'resource').options;
	const rows = ['| Resource (`resource`) | Operation (`operation`) | What it does |', '|---|---|---|'];
	for (const resource of resources) {
		const selector = properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value),
		);
		for (const operation of selector.options) {
			rows.push(`| ${resource.name} (\`${resource.value}\`) | ${operation.name} (\`${operation.value}\`) | ${operation.description} |`);
		}
	}
	return `${START}\n${rows.join('\n')}\n${END}`;
}

function readmeTable(readme) {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	return start >= 0 && end > start ? readme.slice(start, end + END.length) : undefined;
}

if (require.main === module) {
	const table = operationsTable();
	if (process.argv.includes('--write')) {
		const file = path.join(__dirname, '../README.md');
		const readme = fs.readFileSync(file, 'utf8');
		const current = readmeTable(readme);
		if (!current) throw new Error(`README.md has no ${START} … ${END} block`);
		fs.writeFileSync(file, readme.replace(current, table));
	} else {
		console.log(table);
	}
}

module.exports = { operationsTable, readmeTable };
