'use strict';

const { err } = require('./envelope');

/**
 * §2 authentication: `Topview-Uid` must name an account and `Authorization` must be `Bearer <key>` with a
 * key of that account. Anything else → code "401" (HTTP 200, like any business error).
 */
function authenticate(sim, headers) {
	const uid = headers['topview-uid'];
	const authorization = headers.authorization;
	if (!uid) throw err.unauthorized('Unauthorized: missing Topview-Uid header');
	const account = sim.state.accounts.get(String(uid));
	if (!account) throw err.unauthorized('Unauthorized: unknown Topview-Uid');
	if (!authorization) throw err.unauthorized('Unauthorized: missing Authorization header');
	if (!String(authorization).startsWith('Bearer ')) throw err.unauthorized('Unauthorized: Authorization must be "Bearer <API key>"');
	const apiKey = String(authorization).slice('Bearer '.length);
	if (!account.apiKeys.includes(apiKey)) throw err.unauthorized('Unauthorized: API key does not match Topview-Uid');
	return { account, apiKey };
}

module.exports = { authenticate };
