'use strict';

const { err } = require('./envelope');

/** Field checks shared by all endpoints: presence (4003), enum/number ranges (4000), file ownership (4004). */

function isEmpty(v) {
	if (v === undefined || v === null) return true;
	if (typeof v === 'string') return v.trim() === '';
	if (Array.isArray(v)) return v.length === 0;
	return false;
}

function requireField(params, field) {
	if (isEmpty(params[field])) throw err.required(field);
	return params[field];
}

/** At least one of `fields` must be present (the doc's "one required"), else 4003. */
function requireOneOf(params, fields) {
	if (fields.every((f) => isEmpty(params[f]))) throw err.required(fields.join(' or '));
}

/** Runs a family's `required` spec: a list whose items are a field name or an array of alternatives. */
function checkRequired(params, required = []) {
	for (const item of required) {
		const alts = Array.isArray(item) ? item : [item];
		requireOneOf(params, alts);
	}
}

/**
 * Parses an enum sent as number or string ("1" or 1). Empty → 4003 when required (else `def`);
 * a value not in `allowed` → 4000. Returns the value as a number.
 */
function parseIntEnum(params, field, allowed, { required = false, def } = {}) {
	const raw = params[field];
	if (isEmpty(raw)) {
		if (required) throw err.required(field);
		return def;
	}
	const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
	if (!allowed.includes(n)) throw err.param(`${field} must be one of ${allowed.join(', ')}`);
	return n;
}

/** A number (or numeric string) within [min, max] → the number; else 4000. Empty → def. */
function parseNumberInRange(params, field, min, max, def) {
	const raw = params[field];
	if (isEmpty(raw)) return def;
	const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
	if (!Number.isFinite(n) || n < min || n > max) throw err.param(`${field} must be between ${min} and ${max}`);
	return n;
}

function parseBool(v, def = false) {
	if (v === true || v === 'true' || v === 1 || v === '1') return true;
	if (v === false || v === 'false' || v === 0 || v === '0') return false;
	return def;
}

function isHttpUrl(v) {
	if (typeof v !== 'string') return false;
	try {
		const u = new URL(v);
		return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
	} catch {
		return false;
	}
}

/** `noticeUrl`, when sent, must be an absolute http(s) URL (4000). */
function checkNoticeUrl(params) {
	if (isEmpty(params.noticeUrl)) return null;
	if (!isHttpUrl(params.noticeUrl)) throw err.param('noticeUrl must be an absolute http(s) URL');
	return params.noticeUrl;
}

/** The file ids of a request: fields named `fileId`, `…FileId` (string) and `…FileIds`/`fileIds` (array). */
function collectFileIds(params) {
	const out = [];
	for (const [k, v] of Object.entries(params || {})) {
		if ((k === 'fileId' || /FileId$/.test(k)) && typeof v === 'string' && v.trim() !== '') out.push([k, v]);
		if ((k === 'fileIds' || /FileIds$/.test(k)) && Array.isArray(v)) {
			for (const id of v) if (typeof id === 'string' && id.trim() !== '') out.push([k, id]);
		}
	}
	return out;
}

/** The account must own a completed upload (or task-produced file) with this id, else 4004. */
function checkOwnedFile(sim, account, field, fileId) {
	const up = sim.state.uploads.get(fileId);
	if (!up || up.uid !== account.uid || !up.uploaded) throw err.notFound(`File not found: ${field}=${fileId}`);
	return up;
}

module.exports = {
	isEmpty,
	requireField,
	requireOneOf,
	checkRequired,
	parseIntEnum,
	parseNumberInRange,
	parseBool,
	isHttpUrl,
	checkNoticeUrl,
	collectFileIds,
	checkOwnedFile,
};
