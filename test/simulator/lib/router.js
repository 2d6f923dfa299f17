'use strict';

const { familyRoutes } = require('./routes/tasks');

/** The table of Topview paths → { METHOD → handler }. Built once from the registry and route modules. */
function buildRouter(registry) {
	const all = [
		...familyRoutes(registry.families),
		...registry.routes,
		...require('./routes/lookups').routes,
		...require('./routes/account').routes,
		...require('./routes/uploads').routes,
		...require('./routes/boards').routes,
	];
	const table = new Map();
	for (const r of all) {
		if (!table.has(r.path)) table.set(r.path, new Map());
		const byMethod = table.get(r.path);
		if (byMethod.has(r.method)) throw new Error(`duplicate route ${r.method} ${r.path}`);
		byMethod.set(r.method, r);
	}
	return {
		/** `{ route }`, `{ allowed: [...] }` (path known, method not), or `{}` (unknown path). */
		lookup(method, path) {
			const byMethod = table.get(path);
			if (!byMethod) return {};
			const route = byMethod.get(method);
			return route ? { route } : { allowed: [...byMethod.keys()] };
		},
		list: () => all.map((r) => ({ method: r.method, path: r.path })),
	};
}

module.exports = { buildRouter };
