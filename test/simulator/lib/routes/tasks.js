'use strict';

/** Submit (POST) and query (GET) routes for every registered task family, all served by the one engine. */
function familyRoutes(families) {
	const routes = [];
	for (const fam of families.values()) {
		if (fam.submitPath) routes.push({ method: 'POST', path: fam.submitPath, handler: (ctx) => ctx.sim.engine.submit(fam, ctx) });
		if (fam.queryPath) routes.push({ method: 'GET', path: fam.queryPath, handler: (ctx) => ctx.sim.engine.query(fam, ctx) });
	}
	return routes;
}

module.exports = { familyRoutes };
