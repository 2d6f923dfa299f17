'use strict';

/** UTC `yyyy-MM-dd HH:mm:ss`, the format of credit-log dates and filters (§7). */

const pad = (n) => String(n).padStart(2, '0');

function formatUtc(ms) {
	const d = new Date(ms);
	return (
		`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
		`${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
	);
}

/** Parses `yyyy-MM-dd HH:mm:ss` (UTC) to epoch ms; returns NaN when the text does not match. */
function parseUtc(text) {
	const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(String(text).trim());
	if (!m) return NaN;
	const [, y, mo, d, h, mi, s] = m.map(Number);
	const ms = Date.UTC(y, mo - 1, d, h, mi, s);
	const back = new Date(ms);
	if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
	return ms;
}

const iso = (ms) => (ms == null ? null : new Date(ms).toISOString());

module.exports = { formatUtc, parseUtc, iso };
