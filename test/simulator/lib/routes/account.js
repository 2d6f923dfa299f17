'use strict';

const { err } = require('../envelope');
const { isEmpty } = require('../validation');
const { readPaging, paginate } = require('../paging');
const { parseUtc } = require('../time-format');

/** Account endpoints (§7): credit detail, credit logs, disk space. */

function apiKeyMap(account) {
	// Simulator choice (shape undocumented): per key, its latest charge and the total.
	const map = {};
	for (const log of account.creditLogs) {
		const e = map[log.apiKey] || { apiKey: log.apiKey, uid: account.uid, date: null, costCredit: 0, taskId: null, taskType: null };
		e.costCredit += log.costCredit;
		e.date = log.date;
		e.taskId = log.taskId;
		e.taskType = log.taskType;
		map[log.apiKey] = e;
	}
	return map;
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
		handler: ({ account }) => ({
			uid: account.uid,
			remainCredit: account.credits,
			expiredTime: account.expiredTime,
			apiKeyMap: apiKeyMap(account),
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
			return {
				usedDiskSpace: { size: Math.round((bytes / (1024 * 1024)) * 100) / 100, unit: 'MB' },
				maxDiskSpace: { size: 100, unit: 'GB' },
			};
		},
	},
];

module.exports = { routes };
