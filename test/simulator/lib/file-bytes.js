'use strict';

const crypto = require('node:crypto');
const zlib = require('node:zlib');

/**
 * Deterministic bytes for result files served at `/files/<name>.<ext>`: the same name always gives the
 * same bytes. PNGs are real (decodable) images; mp4/mp3/wav/… start with a plausible header followed by
 * pseudo-random filler (they are not playable media).
 */

const CONTENT_TYPES = {
	mp4: 'video/mp4',
	mov: 'video/quicktime',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	bmp: 'image/bmp',
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	m4a: 'audio/mp4',
};

function filler(name, size) {
	const out = Buffer.alloc(size);
	let off = 0;
	let i = 0;
	while (off < size) {
		const block = crypto.createHash('sha256').update(`${name}:${i++}`).digest();
		off += block.copy(out, off);
	}
	return out;
}

const crcTable = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(td));
	return Buffer.concat([len, td, crc]);
}

/** A real 64×64 RGB PNG whose colour pattern is derived from `name`. */
function png(name) {
	const w = 64;
	const h = 64;
	const seed = crypto.createHash('sha256').update(name).digest();
	const rows = [];
	for (let y = 0; y < h; y++) {
		const row = Buffer.alloc(1 + w * 3);
		for (let x = 0; x < w; x++) {
			row[1 + x * 3] = (seed[0] + x * 4) & 0xff;
			row[2 + x * 3] = (seed[1] + y * 4) & 0xff;
			row[3 + x * 3] = seed[2] ^ ((x >> 3) + (y >> 3)) * 16;
		}
		rows.push(row);
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(w, 0);
	ihdr.writeUInt32BE(h, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 2; // RGB
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		pngChunk('IHDR', ihdr),
		pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
		pngChunk('IEND', Buffer.alloc(0)),
	]);
}

function mp4(name) {
	const ftyp = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);
	const body = filler(name, 16 * 1024);
	const mdatHeader = Buffer.alloc(8);
	mdatHeader.writeUInt32BE(body.length + 8);
	mdatHeader.write('mdat', 4, 'ascii');
	return Buffer.concat([ftyp, mdatHeader, body]);
}

function mp3(name) {
	const id3 = Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0]);
	return Buffer.concat([id3, Buffer.from([0xff, 0xfb, 0x90, 0x64]), filler(name, 8 * 1024)]);
}

/** Returns `{ bytes, contentType }` for a file name, or null when the extension is not served. */
function fileFor(fileName) {
	const m = /^(.+)\.([a-z0-9]+)$/i.exec(fileName);
	if (!m) return null;
	const ext = m[2].toLowerCase();
	const contentType = CONTENT_TYPES[ext];
	if (!contentType) return null;
	let bytes;
	if (ext === 'png') bytes = png(fileName);
	else if (ext === 'mp4' || ext === 'mov') bytes = mp4(fileName);
	else if (ext === 'mp3') bytes = mp3(fileName);
	else bytes = filler(fileName, 4 * 1024);
	return { bytes, contentType };
}

module.exports = { fileFor, CONTENT_TYPES };
