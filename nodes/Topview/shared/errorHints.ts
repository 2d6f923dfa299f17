/**
 * What a user should do about each business code of Topview's response envelope, as its API reference
 * lists them (https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246).
 */
export const errorHints: Record<string, string> = {
	'401': 'Check the UID and API key of the Topview credential (Topview web app → avatar menu → API Settings → API).',
	'4000': 'Topview rejected a parameter. Check the field named in the message and its allowed values.',
	'4001': 'A field has the wrong format. Check the field named in the message.',
	'4002': 'The request signature did not match. Check the UID and API key of the Topview credential.',
	'4003': 'A required field is empty. Fill in the field named in the message.',
	'4004': 'Topview does not know this ID on this account. Check the task, file, avatar or voice ID and that it belongs to the UID of this credential.',
	'4005': 'The name is already taken. Choose another name.',
	'4006': 'Topview refused the request. Check the input, or contact Topview support if it persists.',
	'4007': 'A previous task is still running and the account is at its concurrency limit. Wait for the running task to finish, or lower "Max Concurrent Tasks".',
	'4100': 'Not enough credits. Top up your Topview account; note that Ultra monthly credits cannot be spent through the API.',
	'5000': 'Topview had an internal error. Try again in a moment.',
	'5001': 'Topview had an internal error. Try again in a moment.',
	'5003': 'Topview is busy. Try again in a minute.',
	'5004': 'Topview had an I/O error. Try again once.',
	'5005': 'Topview had an unknown error. Try again once.',
	'6001': "Topview's content filter flagged the input. Revise the script, prompt or media.",
};

export function hintFor(code: string): string | undefined {
	return errorHints[code];
}
