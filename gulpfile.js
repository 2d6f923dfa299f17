// Copies node and credential icons next to the compiled code. `n8n-node build` copies them too;
// this task runs after it so that icon changes land even when only `tsc` ran (e.g. `tsc --watch`).
const { src, dest } = require('gulp');

function buildIcons() {
	return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest('dist'),
	);
}

exports['build:icons'] = buildIcons;
