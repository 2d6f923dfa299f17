'use strict';

const { err } = require('../envelope');
const { isEmpty } = require('../validation');
const { readPaging, paginate } = require('../paging');
const { parseUtc } = require('../time-format');

/** Account endpoints (§7): credit detail, credit logs, disk space. */

const MAX_DISK_BYTES = 100 * 1024 ** 3;

/**
 * `apiKeyMap` is one usage record of the calling API key, as the page documents it
 * (https://docs.topview.ai/reference/query_user_credit: apiKeyMap.apiKey, uid, date, costCredit, taskId,
 * taskType): its latest charge and the total it has spent (simulator choice: the page does not say which
 * charge the record describes).
 */
function apiKeyMap(account, apiKey) {
	const usage = { apiKey, uid: account.uid, date: null, costCredit: 0, taskId: null, taskType: null };
	for (const log of account.creditLogs) {
		if (log.apiKey !== apiKey) continue;
		usage.costCredit += log.costCredit;
		usage.date = log.date;
		usage.taskId = log.taskId;
		usage.taskType = log.taskType;
	}
	return usage;
}

function timeFilter(params, field) {
	if (isEmpty(params[field])) return null;
	const t = parseUtc(params[field]);
	if (Number.isNaN(t)) throw err.param(`${field} must be UTC "yyyy-MM-dd HH:mm:ss"`);
	return t;
}

const routes = [
	{
		method: 'GET',
		path: '/user/credit/detail',
		handler: ({ account, apiKey }) => ({
			uid: account.uid,
			remainCredit: account.credits,
			expiredTime: account.expiredTime,
			apiKeyMap: apiKeyMap(account, apiKey),
		}),
	},
	{
		method: 'GET',
		path: '/user/credit/logs',
		handler({ sim, account, params }) {
			sim.engine.sweep();
			const paging = readPaging(params);
			const start = timeFilter(params, 'startTime');
			const end = timeFilter(params, 'endTime');
			const logs = account.creditLogs
				.filter(
					(l) =>
						(isEmpty(params.taskType) || l.taskType === params.taskType) &&
						(start == null || Math.floor(l.time / 1000) * 1000 >= start) &&
						(end == null || Math.floor(l.time / 1000) * 1000 <= end),
				)
				.slice()
				.reverse(); // newest first
			const page = paginate(logs, paging);
			return {
				total: page.total,
				pageNo: page.pageNo,
				pageSize: page.pageSize,
				data: page.items.map(({ uid, apiKey, date, costCredit, taskId, taskType }) => ({ uid, apiKey, date, costCredit, taskId, taskType })),
			};
		},
	},
	{
		method: 'GET',
		path: '/user/space',
		handler({ sim, account }) {
			let bytes = 0;
			for (const u of sim.state.uploads.values()) if (u.uid === account.uid && u.size) bytes += u.size;
			// https://docs.topview.ai/reference/get_new-endpoint-42: uid, usedDiskSpace and maxDiskSpace of { size, unit }.
			return {
				uid: account.uid,
				usedDiskSpace: { size: bytes, unit: 'byte' },
				maxDiskSpace: { size: MAX_DISK_BYTES, unit: 'byte' },
			};
		},
	},
];

module.exports = { routes };
