import type { IDataObject } from 'n8n-workflow';

/**
 * Every Topview task family as data: where to submit and query it, which result field holds the
 * finished file, and how the account's credit log and callbacks name it. The shared runner, waiter,
 * downloader and trigger read these facts; a new family needs a new entry, not new mechanisms.
 */
export interface TaskFamily {
	/** Unique family ID; the trigger event is `<id>TaskFinished`. Equals the resource value where a resource has one family. */
	id: string;
	/** Human name used in messages and trigger events, e.g. "Video Avatar". */
	label: string;
	submitPath: string;
	queryPath: string;
	/**
	 * Query-result fields holding the task's state, in the order they are looked for; `status` when not
	 * set. Families whose page names another field (e.g. `taskStatus`) say so here.
	 */
	statusFields?: string[];
	/**
	 * Where a finished task's files are: a result field holding a URL, or `list[].field` for the `field`
	 * of every entry of `list`. The first path that yields a URL is the one downloaded.
	 */
	resultUrls?: string[];
	/** Extension and MIME type of those files, for the downloaded binaries. */
	resultFile?: { extension: string; mimeType: string };
	/**
	 * `taskType` of the family's charges in the account's credit log, from the documented list
	 * (https://docs.topview.ai/reference/get_new-endpoint-37 and the official client's TASK_TYPES in
	 * https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/user.py).
	 * A family without one cannot be watched account-wide.
	 */
	taskType?: string;
	/** `bizType` in callbacks. */
	bizType?: string;
	/**
	 * A second task that turns this one's result into files, submitted with `{ taskId }` of the finished
	 * first task. Submit with Wait for Completion runs both.
	 */
	followUp?: TaskFamily;
	/** Splits a finished result into the items Submit with wait outputs; one item when not set. */
	itemsOf?: (result: IDataObject) => IDataObject[];
}

const mp4 = { extension: 'mp4', mimeType: 'video/mp4' };
const png = { extension: 'png', mimeType: 'image/png' };

export const videoAvatar: TaskFamily = {
	id: 'videoAvatar',
	label: 'Video Avatar',
	submitPath: '/v1/video_avatar/task/submit',
	queryPath: '/v1/video_avatar/task/query',
	resultUrls: ['outputVideoUrl'],
	resultFile: mp4,
	taskType: 'video_avatar',
	bizType: 'ZERO_SHOT_AVATAR',
};

export const photoAvatar: TaskFamily = {
	id: 'photoAvatar',
	label: 'Photo Avatar',
	submitPath: '/v1/photo_avatar/task/submit',
	queryPath: '/v1/photo_avatar/task/query',
	resultUrls: ['finishedVideoUrl'],
	resultFile: mp4,
	// The submit page names its charge type: https://docs.topview.ai/reference/avatar4_submit_task
	taskType: 'photo_avatar4',
};

export const marketingVideo: TaskFamily = {
	id: 'marketingVideo',
	label: 'Marketing Video',
	submitPath: '/v1/m2v/task/submit',
	queryPath: '/v1/m2v/task/query',
	taskType: 'm2v',
	bizType: 'M2V_PREVIEW',
};

export const scraper: TaskFamily = {
	id: 'scraper',
	label: 'Scraper',
	submitPath: '/v1/scraper/task/submit',
	queryPath: '/v1/scraper/task/query',
	bizType: 'SCRAPER',
};

export const productAvatarReplaceImageV2: TaskFamily = {
	id: 'productAvatarReplaceImage',
	label: 'Product Avatar V2 Image Replacement',
	submitPath: '/v2/product_avatar/task/image_replace/submit',
	queryPath: '/v2/product_avatar/task/image_replace/query',
	// Topview's official client reads resultImageUrl from image replacement results.
	resultUrls: ['finishedImageUrl', 'resultImageUrl'],
	resultFile: png,
	taskType: 'pa2_replace_product_image',
	bizType: 'PRODUCT_AVATAR_REPLACE_PRODUCT_IMAGE',
};

/**
 * v1 image replacement answers on `…/image_replace/result` with its state in `taskStatus` and one
 * entry per generated image in `productReplaceResult[] {key, url, faceExistence}`:
 * https://docs.topview.ai/reference/get_new-endpoint-9
 */
export const productAvatarReplaceImageV1: TaskFamily = {
	id: 'productAvatarReplaceImageV1',
	label: 'Product Avatar V1 Image Replacement',
	submitPath: '/v1/product_avatar/task/image_replace/submit',
	queryPath: '/v1/product_avatar/task/image_replace/result',
	statusFields: ['taskStatus', 'status'],
	resultUrls: ['productReplaceResult[].url'],
	resultFile: png,
	bizType: 'PRODUCT_AVATAR_REPLACE_PRODUCT_IMAGE',
};

/** v3 image replacement: same results as v2; its credit-log taskType is not documented. */
export const productAvatarReplaceImageV3: TaskFamily = {
	...productAvatarReplaceImageV2,
	id: 'productAvatarReplaceImageV3',
	label: 'Product Avatar V3 Image Replacement',
	submitPath: '/v3/product_avatar/task/image_replace/submit',
	queryPath: '/v3/product_avatar/task/image_replace/query',
	taskType: undefined,
};

export const productAvatarImageToVideoV2: TaskFamily = {
	id: 'productAvatarImageToVideo',
	label: 'Product Avatar V2 Video',
	submitPath: '/v2/product_avatar/task/image2Video/submit',
	queryPath: '/v2/product_avatar/task/image2Video/query',
	resultUrls: ['finishedVideoUrl'],
	resultFile: mp4,
	taskType: 'pa2_image2video',
	bizType: 'PRODUCT_AVATAR_IMAGE2VIDEO',
};

/**
 * v1 image to video: https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-297455990
 * (submit) and …/e8e2bcff-c3c8-4f04-9b5c-465e985c31bc/api-293028871 (query on `…/result`). The query's
 * answer is not shown there: its state is read from `status` or, like v1 image replacement, `taskStatus`.
 */
export const productAvatarImageToVideoV1: TaskFamily = {
	...productAvatarImageToVideoV2,
	id: 'productAvatarImageToVideoV1',
	label: 'Product Avatar V1 Video',
	submitPath: '/v1/product_avatar/task/image2Video/submit',
	queryPath: '/v1/product_avatar/task/image2Video/result',
	statusFields: ['status', 'taskStatus'],
	resultUrls: ['finishedVideoUrl', 'videoUrl'],
	taskType: 'product_avatar_image2video',
};

/**
 * Watermark-free images of a finished v1 Replace Product Image task. Topview lists "download result without
 * watermark" as a GET under v1 Replace Product Image (https://s.apifox.cn/115a0d85-28a5-479d-8b8b-83d7898a7246)
 * but publishes neither its path nor its answer: both are assumed, the URLs looked for under likely names.
 */
export const productAvatarWatermarkFree = {
	path: '/v1/product_avatar/task/image_replace/download_without_watermark',
	resultUrls: ['productReplaceResult[].url', 'urls[]', 'url', 'downloadUrl'],
	resultFile: png,
} satisfies ResultFiles & { path: string };

/**
 * Image to Video v2, run by both the Image to Video resource and Video Generation → Image to Video. Results
 * list one entry per generated video (`generatingCount` up to 4) under `videos[]`, as Topview's client reads
 * them (https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/video_gen.py).
 */
export const imageToVideo: TaskFamily = {
	id: 'imageToVideo',
	label: 'Image to Video',
	submitPath: '/v2/common_task/image2video/task/submit',
	queryPath: '/v2/common_task/image2video/task/query',
	resultUrls: ['videos[].filePath'],
	resultFile: mp4,
	taskType: 'common_task_image2video',
	bizType: 'COMMON_TASK_IMAGE2VIDEO',
};

export const videoToAvatar: TaskFamily = {
	id: 'videoToAvatar',
	label: 'Video to Avatar',
	submitPath: '/v1/common_task/video2aiAvatar/submit',
	queryPath: '/v1/common_task/video2aiAvatar/query',
	bizType: 'COMMON_TASK_VIDEO2AIAVATAR',
};

export const removeBackground: TaskFamily = {
	id: 'removeBackground',
	label: 'Remove Background',
	submitPath: '/v1/common_task/remove_background/submit',
	queryPath: '/v1/common_task/remove_background/query',
	resultUrls: ['bgRemovedImagePath'],
	resultFile: png,
};

/**
 * v1 AnyShoot: submit https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-304968058,
 * query on `…/task/result` https://apifox.com/apidoc/shared/e8e2bcff-c3c8-4f04-9b5c-465e985c31bc/api-302924696.
 * The query's answer is not shown there: state and images are read from the names Topview's image tasks use.
 */
export const productAnyShootReplaceImage: TaskFamily = {
	id: 'productAnyShootReplaceImage',
	label: 'Product Anyshoot Image Replacement',
	submitPath: '/v1/product_anyShoot/task/submit',
	queryPath: '/v1/product_anyShoot/task/result',
	statusFields: ['status', 'taskStatus'],
	resultUrls: ['finishedImageUrl', 'resultImageUrl', 'productReplaceResult[].url'],
	resultFile: png,
	taskType: 'product_anyfit',
	bizType: 'PRODUCT_ANY_SHOOT',
};

export const productAnyShootModel: TaskFamily = {
	...productAnyShootReplaceImage,
	id: 'productAnyShootModel',
	label: 'Product Anyshoot Model',
	submitPath: '/v2/product_anyShoot/task/product_model/submit',
	queryPath: '/v2/product_anyShoot/task/product_model/query',
	statusFields: undefined,
	resultUrls: ['finishedImageUrl', 'resultImageUrl'],
	taskType: 'product_anyfit_v2_product_model',
};

export const productAnyShootBackground: TaskFamily = {
	...productAnyShootModel,
	id: 'productAnyShootBackground',
	label: 'Product Anyshoot Background',
	submitPath: '/v2/product_anyShoot/task/product_background/submit',
	queryPath: '/v2/product_anyShoot/task/product_background/query',
	taskType: undefined,
};

export const voiceClone: TaskFamily = {
	id: 'voiceClone',
	label: 'Voice Clone',
	submitPath: '/v1/voice/clone/task/submit',
	queryPath: '/v1/voice/clone/task/query',
	taskType: 'voice_clone',
	bizType: 'VOICE_CLONE',
};

export const textToSpeech: TaskFamily = {
	id: 'textToSpeech',
	label: 'Text to Speech',
	submitPath: '/v1/voice/text2voice/task/submit',
	queryPath: '/v1/voice/text2voice/task/query',
	bizType: 'VOICE_TEXT2VOICE',
};

/**
 * One item per source image of a batch: `details[]` entries grouped by the image they came from (`fileId`),
 * each item keeping the task's other fields. A result whose entries name no source image stays one item.
 */
function bySourceImage(result: IDataObject): IDataObject[] {
	const details = Array.isArray(result.details) ? (result.details as IDataObject[]) : [];
	const sources = [...new Set(details.map((entry) => entry?.fileId).filter((id) => typeof id === 'string' && id))];
	if (sources.length < 2) return [result];
	return sources.map((fileId) => ({ ...result, fileId, details: details.filter((entry) => entry?.fileId === fileId) }));
}

/**
 * Image Translate's second step renders the translated images: `POST /v1/image_generate/single/task/submit
 * {taskId}` with the translate task's ID, queried at `/v1/image_generate/task/query`, one entry per image and
 * language under `details[]`. https://docs.topview.ai/reference/image-translate-api-usage
 */
export const imageGenerate: TaskFamily = {
	id: 'imageTranslateImages',
	label: 'Image Translate Images',
	submitPath: '/v1/image_generate/single/task/submit',
	queryPath: '/v1/image_generate/task/query',
	resultUrls: ['details[].finishedImageUrl'],
	resultFile: png,
	itemsOf: bySourceImage,
};

/** Image Translate's first step recognises and translates the text; the images come from `imageGenerate`. */
export const imageTranslate: TaskFamily = {
	id: 'imageTranslate',
	label: 'Image Translate',
	submitPath: '/v1/image_translate/single/task/submit',
	queryPath: '/v1/image_translate/single/task/query',
	followUp: imageGenerate,
};

const jpg = { extension: 'jpg', mimeType: 'image/jpeg' };

/**
 * Generation with third-party models, as Topview's official client calls it: results list one entry per
 * generated file (`videos[]` / `images[]` of `{ status, filePath, errorMsg }`), plus `costCredit`.
 * https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/video_gen.py
 * Their credit-log taskTypes are not documented.
 */
export const textToVideo: TaskFamily = {
	id: 'textToVideo',
	label: 'Text to Video',
	submitPath: '/v1/common_task/text2video/task/submit',
	queryPath: '/v1/common_task/text2video/task/query',
	resultUrls: ['videos[].filePath'],
	resultFile: mp4,
	bizType: 'COMMON_TASK_TEXT2VIDEO',
};

// Omni Reference and Image Edit have no bizType: Topview's callback page lists none for them
// (https://docs.topview.ai/reference/post_notice-notice-url-check), so their callbacks come under All only.
export const omniReference: TaskFamily = {
	id: 'omniReference',
	label: 'Omni Reference',
	submitPath: '/v1/common_task/omni_reference/task/submit',
	queryPath: '/v1/common_task/omni_reference/task/query',
	resultUrls: ['videos[].filePath'],
	resultFile: mp4,
};

// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/ai_image.py
export const textToImage: TaskFamily = {
	id: 'textToImage',
	label: 'Text to Image',
	submitPath: '/v1/common_task/text2image/task/submit',
	queryPath: '/v1/common_task/text2image/task/query',
	resultUrls: ['images[].filePath'],
	resultFile: jpg,
	bizType: 'COMMON_TASK_TEXT2IMAGE',
};

export const imageEdit: TaskFamily = {
	id: 'imageEdit',
	label: 'Image Edit',
	submitPath: '/v1/common_task/image_edit/task/submit',
	queryPath: '/v1/common_task/image_edit/task/query',
	resultUrls: ['images[].filePath'],
	resultFile: jpg,
};

export const taskStatus = {
	success: new Set(['success']),
	// `failure` is the documented failed state of v1 image replacement (get_new-endpoint-9).
	failure: new Set(['fail', 'failed', 'failure', 'error']),
};

/** What the download of result files needs to know: where the URLs are and what the files are. */
export type ResultFiles = Pick<TaskFamily, 'resultUrls' | 'resultFile' | 'statusFields'>;

/** The task's state in a query result, from the family's status field. */
export function statusOf(family: ResultFiles | undefined, result: IDataObject | null | undefined): string {
	for (const field of family?.statusFields ?? ['status']) {
		const value = result?.[field];
		if (value !== undefined && value !== null && value !== '') return String(value);
	}
	return '';
}

/**
 * The finished files in a query result, from the first of the family's `resultUrls` paths that has any:
 * each URL with its position (the entry's index in a list, so `data_1` stays the second entry's file even
 * when the first failed). List entries whose own `status` is not success are skipped.
 */
export function resultFilesOf(family: ResultFiles, result: IDataObject): Array<{ url: string; index: number }> {
	for (const path of family.resultUrls ?? []) {
		const files = valuesAt(result, path)
			.map(({ value, index }) => ({ url: value, index }))
			.filter((file): file is { url: string; index: number } => typeof file.url === 'string' && file.url !== '');
		if (files.length) return files.map((file, position) => ({ url: file.url, index: file.index ?? position }));
	}
	return [];
}

/** Whether the family's files come as a list (one binary per entry, e.g. `data_0`, `data_1`). */
export const hasFileList = (family: ResultFiles) => (family.resultUrls ?? []).some((path) => path.includes('[]'));

function valuesAt(value: unknown, path: string, index?: number): Array<{ value: unknown; index?: number }> {
	const [head, ...rest] = path.split('.');
	if (!value || typeof value !== 'object') return [];
	const record = value as IDataObject;
	if (head.endsWith('[]')) {
		const list = record[head.slice(0, -2)];
		if (!Array.isArray(list)) return [];
		return list.flatMap((entry, position) => {
			const entryStatus = entry && typeof entry === 'object' ? (entry as IDataObject).status : undefined;
			if (entryStatus !== undefined && !isSuccess(entryStatus)) return [];
			return rest.length ? valuesAt(entry, rest.join('.'), index ?? position) : [{ value: entry, index: index ?? position }];
		});
	}
	return rest.length ? valuesAt(record[head], rest.join('.'), index) : [{ value: record[head], index }];
}

export function isTerminal(status: unknown): boolean {
	const value = String(status ?? '').toLowerCase();
	return taskStatus.success.has(value) || taskStatus.failure.has(value);
}

export function isSuccess(status: unknown): boolean {
	return taskStatus.success.has(String(status ?? '').toLowerCase());
}

/** Families whose finished tasks the Topview Trigger can watch, one event each. */
export const taskFamilies: TaskFamily[] = [
	videoAvatar,
	photoAvatar,
	marketingVideo,
	scraper,
	productAvatarReplaceImageV2,
	productAvatarImageToVideoV2,
	productAvatarReplaceImageV1,
	productAvatarImageToVideoV1,
	productAvatarReplaceImageV3,
	imageToVideo,
	videoToAvatar,
	removeBackground,
	productAnyShootReplaceImage,
	productAnyShootModel,
	productAnyShootBackground,
	voiceClone,
	textToSpeech,
	imageTranslate,
	imageGenerate,
	textToVideo,
	omniReference,
	textToImage,
	imageEdit,
];

/** The trigger event value of a family, e.g. `videoAvatarTaskFinished`. */
export const finishedEventOf = (family: TaskFamily) => `${family.id}TaskFinished`;
