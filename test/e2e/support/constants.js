'use strict';

/** The simulator account the e2e credential uses (the simulator's documented fake key). */
const SIM_ACCOUNT = Object.freeze({ uid: 'sim-uid', apiKey: 'sim-key', credits: 1000, concurrency: 4 });
const CREDENTIAL_NAME = 'Topview (local simulator)';

module.exports = { SIM_ACCOUNT, CREDENTIAL_NAME };
