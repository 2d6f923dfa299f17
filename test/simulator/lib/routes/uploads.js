'use strict';

const { err } = require('../envelope');
const { isEmpty, parseBool, requireField } = require('../validation');
const { redactHeaders } = require('../request-log');
const { fileFor } = require('../file-bytes');

/**
 * Upload in three steps (§5): credential → PUT to the pre-signed-like `uploadUrl` (served here at
 * `/__upload/<fileId>?sig=…`, raw bytes streamed, size + sha256 always kept, bytes up to
 * config.uploadKeepBytes) → check. Also `/files/<name>`: deterministic result files.
 */

const FORMATS = ['mp4', 'mov', 'png', 'jpg', 'jpeg', 'bmp', 'webp', 'mp3', 'wav', 'm4a'];

const routes = [
	{
		method: 'GET',
		path: '/v1/upload/credential',
		handler({ sim, account, params }) {
			if (isEmpty(params.format)) throw err.required('format');
			const format = String(params.format).trim().toLowerCase();
			if (!FORMATS.includes(format)) throw err.param(`format must be one of ${FORMATS.join(', ')}`);
			const accelerate = parseBool(params.needAccelerateUrl, false);
			const fileId = sim.ids.fileId();
			const sig = sim.ids.signature(`${fileId}:${account.uid}`);
			const uploadUrl = `${sim.url}/__upload/${fileId}?sig=${sig}${accelerate ? '&accelerate=true' : ''}`;
			const upload = {
				fileId,
				uid: account.uid,
				format,
				fileName: `${fileId}.${format}`,
				origin: 'upload',
				needAccelerateUrl: accelerate,
				uploadUrl,
				sig,
				issuedAt: sim.clock.now(),
				uploaded: false,
				uploadedAt: null,
				size: null,
				sha256: null,
				contentType: null,
				headers: null,
				putCount: 0,
				checks: 0,
				checksAfterUpload: 0,
				bytes: null,
				bytesComplete: false,
			};
			sim.state.uploads.set(fileId, upload);
			return { fileId, fileName: upload.fileName, format, uploadUrl };
		},
	},
	{
		method: 'GET',
		path: '/v1/upload/check',
		handler({ sim, account, params }) {
			const fileId = String(requireField(params, 'fileId')).trim();
			const up = sim.state.uploads.get(fileId);
			if (!up || up.uid !== account.uid) throw err.notFound(`File not found: ${fileId}`);
			up.checks += 1;
			if (!up.uploaded) return false;
			if (up.origin === 'upload' && up.checksAfterUpload < sim.config.uploadCheckDelay) {
				up.checksAfterUpload += 1;
				return false;
			}
			return true;
		},
	},
];

const text = (status, body, headers = {}) => ({ status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers }, body });

/** PUT /__upload/<fileId>?sig=… — body already streamed into `bodyInfo` (size, sha256, kept bytes). */
function handleUploadPut({ sim, method, path, query, headers, bodyInfo }) {
	if (method !== 'PUT') return text(405, 'Method Not Allowed: use PUT', { Allow: 'PUT' });
	const fileId = decodeURIComponent(path.slice('/__upload/'.length));
	const up = sim.state.uploads.get(fileId);
	if (!up || up.origin !== 'upload') return text(404, 'NoSuchUpload: the upload URL is unknown');
	if (query.sig !== up.sig) return text(403, 'SignatureDoesNotMatch: the upload URL signature is wrong');
	if (headers.authorization) return text(400, 'InvalidArgument: Authorization header not allowed on a pre-signed URL (send no Topview headers)');
	Object.assign(up, {
		uploaded: true,
		uploadedAt: sim.clock.now(),
		size: bodyInfo.size,
		sha256: bodyInfo.sha256,
		contentType: headers['content-type'] || null,
		headers: redactHeaders(headers),
		putCount: up.putCount + 1,
		checksAfterUpload: 0,
		bytes: bodyInfo.buffer,
		bytesComplete: !bodyInfo.truncated,
	});
	return { status: 200, headers: { ETag: `"${bodyInfo.sha256.slice(0, 32)}"` }, body: '' };
}

/** GET/HEAD /files/<name>: deterministic bytes with the right Content-Type; 403 once `expires` passed. */
function handleFile({ sim, method, path, query }) {
	if (method !== 'GET' && method !== 'HEAD') return text(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
	const name = decodeURIComponent(path.slice('/files/'.length));
	if (query.expires && Number(query.expires) < sim.clock.now()) return text(403, 'AccessDenied: Request has expired');
	const f = name && !name.includes('..') ? fileFor(name) : null;
	if (!f) return text(404, 'NoSuchKey');
	return { status: 200, headers: { 'Content-Type': f.contentType, 'Cache-Control': 'no-store' }, body: f.bytes };
}

module.exports = { routes, handleUploadPut, handleFile, FORMATS };
