'use strict';

/**
 * The task-family registry. A family is data: submit/query paths, required fields (`required`: names
 * or arrays of alternatives), optional `validate`, `taskType` (credit logs), `bizType` (callbacks),
 * the result fields it fills on success (`outputFields`, `produce`), its board tool/media type. The
 * lifecycle engine (../task-engine.js) serves all of them. Modules may add extra `routes`.
 */

const MODULES = [
	require('./video-avatar'),
	require('./photo-avatar'),
	require('./m2v'),
	require('./scraper'),
	require('./product-avatar'),
	require('./product-anyshoot'),
	require('./image-translate'),
	require('./common-tasks'),
	require('./voice'),
	require('./generation'),
];

function buildRegistry() {
	const families = new Map();
	const routes = [];
	for (const mod of MODULES) {
		const fams = mod.families || [mod];
		for (const f of fams) {
			if (families.has(f.id)) throw new Error(`duplicate family ${f.id}`);
			families.set(f.id, f);
		}
		routes.push(...(mod.routes || []));
	}
	return { families, routes };
}

module.exports = { buildRegistry };
