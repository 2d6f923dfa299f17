'use strict';

const crypto = require('node:crypto');

/**
 * Deterministic, unique identifiers. Counters live for the whole simulator instance (they survive
 * reset), so an id from before a reset never names something created after it.
 */
function createIdFactory(seed = 'topview-sim') {
	const counters = new Map();
	const next = (kind) => {
		const n = (counters.get(kind) || 0) + 1;
		counters.set(kind, n);
		return n;
	};
	const hex = (text, len) => crypto.createHash('sha256').update(`${seed}:${text}`).digest('hex').slice(0, len);
	return {
		/** 32 hex characters, like real task ids. */
		taskId: () => hex(`task:${next('task')}`, 32),
		subTaskId: () => hex(`subtask:${next('subtask')}`, 32),
		fileId: () => hex(`file:${next('file')}`, 32),
		/** RFC 4122 layout (version 4 bits set), derived from a counter. */
		uuid() {
			const h = hex(`uuid:${next('uuid')}`, 32).split('');
			h[12] = '4';
			h[16] = '89ab'[parseInt(h[16], 16) % 4];
			const s = h.join('');
			return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
		},
		/** Numeric string ids (avatars, voices, boards …) from a per-kind counter starting at `base`. */
		numeric: (kind, base) => String(base + next(kind)),
		signature: (text) => hex(`sig:${text}`, 24),
		hex,
	};
}

module.exports = { createIdFactory };
