'use strict';

const { err } = require('./envelope');
const { isEmpty } = require('./validation');

/**
 * pageNo/pageSize handling shared by every list: numbers or numeric strings, pageNo ≥ 1,
 * 1 ≤ pageSize ≤ 200; anything else → 4000. Defaults pageNo 1, pageSize 20.
 */
function readPaging(params, { pageSize: defSize = 20, max = 200 } = {}) {
	const num = (field, def, min, hi) => {
		const raw = params[field];
		if (isEmpty(raw)) return def;
		const n = Number(raw);
		if (!Number.isInteger(n) || n < min || n > hi) throw err.param(`${field} must be an integer between ${min} and ${hi}`);
		return n;
	};
	return { pageNo: num('pageNo', 1, 1, 1e9), pageSize: num('pageSize', defSize, 1, max) };
}

function paginate(items, { pageNo, pageSize }) {
	const start = (pageNo - 1) * pageSize;
	return { items: items.slice(start, start + pageSize), total: items.length, pageNo, pageSize };
}

/** Comma-separated list (or repeated parameter, or JSON array) → array of trimmed strings. */
function listParam(v) {
	if (isEmpty(v)) return [];
	const parts = Array.isArray(v) ? v : String(v).split(',');
	return parts.map((s) => String(s).trim()).filter(Boolean);
}

/** Generic sort by a field (`sortType` asc|desc); unknown fields keep fixture order. */
function sortBy(items, field, order) {
	if (isEmpty(field)) return items;
	if (!items.some((i) => i[field] !== undefined)) return items;
	const dir = String(order || 'asc').toLowerCase() === 'desc' ? -1 : 1;
	return [...items].sort((a, b) => {
		const x = a[field];
		const y = b[field];
		if (x === y) return 0;
		if (x == null) return 1;
		if (y == null) return -1;
		return (x < y ? -1 : 1) * dir;
	});
}

module.exports = { readPaging, paginate, listParam, sortBy };
