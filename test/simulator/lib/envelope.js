'use strict';

/**
 * The Topview response envelope `{ code, message, result }` and the business error codes (§3).
 * Business errors travel with HTTP 200; `code` is always a string.
 */

const MESSAGES = {
	200: 'Success',
	401: 'Unauthorized',
	4000: 'Request parameter error',
	4001: 'Request data format does not match',
	4002: 'Request digital signature does not match',
	4003: 'Required parameter cannot be null',
	4004: 'Resource not found',
	4005: 'Name duplicated',
	4006: 'Request refused',
	4007: 'Unfinished task exists, please wait for the previous task to finish',
	4100: 'Credit not enough',
	5000: 'Internal server error',
	5001: 'Feign invoke error',
	5003: 'Server busy, please try again later',
	5004: 'I/O error',
	5005: 'Unknown error',
	6001: 'Security problem detected',
};

/** A business error: answered as HTTP `httpStatus` (200 by default) with `{ code, message, result: null }`. */
class ApiError extends Error {
	constructor(code, message, httpStatus = 200) {
		const c = String(code);
		super(message || MESSAGES[c] || 'Error');
		this.code = c;
		this.httpStatus = httpStatus;
	}
}

function defaultMessage(code) {
	return MESSAGES[String(code)] || 'Error';
}

function success(result) {
	return { code: '200', message: 'Success', result: result === undefined ? null : result };
}

function failure(code, message) {
	return { code: String(code), message: message || defaultMessage(code), result: null };
}

const err = {
	param: (msg) => new ApiError('4000', msg),
	required: (field) => new ApiError('4003', `Required parameter cannot be null: ${field}`),
	notFound: (msg) => new ApiError('4004', msg),
	duplicated: (msg) => new ApiError('4005', msg),
	refused: (msg) => new ApiError('4006', msg),
	unfinished: (msg) => new ApiError('4007', msg),
	credit: (msg) => new ApiError('4100', msg),
	unauthorized: (msg) => new ApiError('401', msg || 'Unauthorized'),
};

module.exports = { ApiError, MESSAGES, defaultMessage, success, failure, err };
