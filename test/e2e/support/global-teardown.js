'use strict';
/* Stops what global-setup.js started: n8n (whole process group) and the simulator. */
module.exports = async function globalTeardown() {
	const state = globalThis.__TOPVIEW_E2E__ || {};
	try {
		if (state.server) await state.server.stop();
	} finally {
		if (state.sim) await state.sim.close();
		if (state.removeSignalHandlers) state.removeSignalHandlers();
	}
};
