/**
 * Every Topview task family as data: where to submit and query it, which result field holds the
 * finished file, and how the account's credit log and callbacks name it. The shared runner, waiter,
 * downloader and trigger read these facts; a new family needs a new entry, not new mechanisms.
 */
export interface TaskFamily {
	/** Resource value in the node, e.g. `videoAvatar`. */
	key: string;
	/** Human name used in messages, e.g. "Video Avatar". */
	label: string;
	submitPath: string;
	queryPath: string;
	/** Result field holding the finished file's URL, when the family produces one. */
	resultUrlField?: string;
	/** Extension and MIME type of that file, for the downloaded binary. */
	resultFile?: { extension: string; mimeType: string };
	/** `taskType` in the account's credit log. */
	taskType?: string;
	/** `bizType` in callbacks. */
	bizType?: string;
}

export const videoAvatar: TaskFamily = {
	key: 'videoAvatar',
	label: 'Video Avatar',
	submitPath: '/v1/video_avatar/task/submit',
	queryPath: '/v1/video_avatar/task/query',
	resultUrlField: 'outputVideoUrl',
	resultFile: { extension: 'mp4', mimeType: 'video/mp4' },
	taskType: 'video_avatar',
	bizType: 'ZERO_SHOT_AVATAR',
};

export const taskStatus = {
	success: new Set(['success']),
	failure: new Set(['fail', 'failed', 'error']),
};

export function isTerminal(status: unknown): boolean {
	const value = String(status ?? '').toLowerCase();
	return taskStatus.success.has(value) || taskStatus.failure.has(value);
}

export function isSuccess(status: unknown): boolean {
	return taskStatus.success.has(String(status ?? '').toLowerCase());
}

/** Families whose finished tasks the Topview Trigger can watch, one event each. */
export const taskFamilies: TaskFamily[] = [videoAvatar];

/** The trigger event value of a family, e.g. `videoAvatarTaskFinished`. */
export const finishedEventOf = (family: TaskFamily) => `${family.key}TaskFinished`;
