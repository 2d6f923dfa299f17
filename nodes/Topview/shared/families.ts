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
	/** Top-level result field holding the finished file's URL, when the family produces one file. */
	resultUrlField?: string;
	/** Other names sources give that field; the first one present in a result is downloaded. */
	alternateResultUrlFields?: string[];
	/** Extension and MIME type of that file, for the downloaded binary. */
	resultFile?: { extension: string; mimeType: string };
	/**
	 * Top-level result array holding one entry per generated file (e.g. `videos` with `generatingCount` > 1),
	 * each with its URL under `resultListUrlField`; downloaded as `<binary field>_0`, `_1`, ….
	 */
	resultListField?: string;
	resultListUrlField?: string;
	/** `taskType` in the account's credit log (Assumption where the API docs list none). */
	taskType?: string;
	/** `bizType` in callbacks. */
	bizType?: string;
}

const mp4 = { extension: 'mp4', mimeType: 'video/mp4' };
const png = { extension: 'png', mimeType: 'image/png' };

export const videoAvatar: TaskFamily = {
	id: 'videoAvatar',
	label: 'Video Avatar',
	submitPath: '/v1/video_avatar/task/submit',
	queryPath: '/v1/video_avatar/task/query',
	resultUrlField: 'outputVideoUrl',
	resultFile: mp4,
	taskType: 'video_avatar',
	bizType: 'ZERO_SHOT_AVATAR',
};

export const photoAvatar: TaskFamily = {
	id: 'photoAvatar',
	label: 'Photo Avatar',
	submitPath: '/v1/photo_avatar/task/submit',
	queryPath: '/v1/photo_avatar/task/query',
	resultUrlField: 'finishedVideoUrl',
	resultFile: mp4,
	taskType: 'photo_avatar',
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
	taskType: 'scraper',
	bizType: 'SCRAPER',
};

export const productAvatarReplaceImageV2: TaskFamily = {
	id: 'productAvatarReplaceImage',
	label: 'Product Avatar Image Replacement',
	submitPath: '/v2/product_avatar/task/image_replace/submit',
	queryPath: '/v2/product_avatar/task/image_replace/query',
	resultUrlField: 'finishedImageUrl',
	// Topview's official client reads resultImageUrl from image replacement results.
	alternateResultUrlFields: ['resultImageUrl'],
	resultFile: png,
	taskType: 'pa2_replace_product_image',
	bizType: 'PRODUCT_AVATAR_REPLACE_PRODUCT_IMAGE',
};

export const productAvatarReplaceImageV1: TaskFamily = {
	...productAvatarReplaceImageV2,
	id: 'productAvatarReplaceImageV1',
	label: 'Product Avatar Image Replacement (v1)',
	submitPath: '/v1/product_avatar/task/image_replace/submit',
	queryPath: '/v1/product_avatar/task/image_replace/query',
	taskType: 'product_avatar_replace_product_image',
};

/** v3 image replacement: same results as v2; its credit-log taskType is not documented. */
export const productAvatarReplaceImageV3: TaskFamily = {
	...productAvatarReplaceImageV2,
	id: 'productAvatarReplaceImageV3',
	label: 'Product Avatar Image Replacement (v3)',
	submitPath: '/v3/product_avatar/task/image_replace/submit',
	queryPath: '/v3/product_avatar/task/image_replace/query',
	taskType: undefined,
};

export const productAvatarImageToVideoV2: TaskFamily = {
	id: 'productAvatarImageToVideo',
	label: 'Product Avatar Video',
	submitPath: '/v2/product_avatar/task/image2Video/submit',
	queryPath: '/v2/product_avatar/task/image2Video/query',
	resultUrlField: 'finishedVideoUrl',
	resultFile: mp4,
	taskType: 'pa2_image2video',
	bizType: 'PRODUCT_AVATAR_IMAGE2VIDEO',
};

export const productAvatarImageToVideoV1: TaskFamily = {
	...productAvatarImageToVideoV2,
	id: 'productAvatarImageToVideoV1',
	label: 'Product Avatar Video (v1)',
	submitPath: '/v1/product_avatar/task/image2Video/submit',
	queryPath: '/v1/product_avatar/task/image2Video/result',
	taskType: 'product_avatar_image2video',
};

/**
 * A watermark-free copy of a finished v1 image to video task. Assumption: the API names this task type in
 * credit logs (`pa_download_without_watermark`) but documents no path or result; these follow v1's
 * `<resource>/task/<action>/{submit,query}` pattern, and the URL is looked for under the likely names.
 */
export const productAvatarDownloadWithoutWatermark: TaskFamily = {
	id: 'productAvatarDownloadWithoutWatermark',
	label: 'Product Avatar Watermark-Free Download (v1)',
	submitPath: '/v1/product_avatar/task/download_without_watermark/submit',
	queryPath: '/v1/product_avatar/task/download_without_watermark/query',
	resultUrlField: 'finishedVideoUrl',
	alternateResultUrlFields: ['videoUrl', 'downloadUrl', 'url'],
	resultFile: mp4,
	taskType: 'pa_download_without_watermark',
};

// Results may hold several videos (`generatingCount` up to 4), so there is no single file to download.
export const imageToVideo: TaskFamily = {
	id: 'imageToVideo',
	label: 'Image to Video',
	submitPath: '/v2/common_task/image2video/task/submit',
	queryPath: '/v2/common_task/image2video/task/query',
	taskType: 'common_task_image2video',
	bizType: 'COMMON_TASK_IMAGE2VIDEO',
};

export const videoToAvatar: TaskFamily = {
	id: 'videoToAvatar',
	label: 'Video to Avatar',
	submitPath: '/v1/common_task/video2aiAvatar/submit',
	queryPath: '/v1/common_task/video2aiAvatar/query',
	taskType: 'common_task_video2aiavatar',
	bizType: 'COMMON_TASK_VIDEO2AIAVATAR',
};

export const removeBackground: TaskFamily = {
	id: 'removeBackground',
	label: 'Remove Background',
	submitPath: '/v1/common_task/remove_background/submit',
	queryPath: '/v1/common_task/remove_background/query',
	resultUrlField: 'bgRemovedImagePath',
	resultFile: png,
	taskType: 'common_task_remove_background',
};

export const productAnyShootReplaceImage: TaskFamily = {
	id: 'productAnyShootReplaceImage',
	label: 'Product AnyShoot Image Replacement',
	submitPath: '/v1/product_anyShoot/task/replace_product_image/submit',
	queryPath: '/v1/product_anyShoot/task/replace_product_image/query',
	resultUrlField: 'finishedImageUrl',
	resultFile: png,
	taskType: 'product_anyfit',
	bizType: 'PRODUCT_ANY_SHOOT',
};

export const productAnyShootModel: TaskFamily = {
	...productAnyShootReplaceImage,
	id: 'productAnyShootModel',
	label: 'Product AnyShoot Model',
	submitPath: '/v2/product_anyShoot/task/product_model/submit',
	queryPath: '/v2/product_anyShoot/task/product_model/query',
	taskType: 'product_anyfit_v2_product_model',
};

export const productAnyShootBackground: TaskFamily = {
	...productAnyShootReplaceImage,
	id: 'productAnyShootBackground',
	label: 'Product AnyShoot Background',
	submitPath: '/v2/product_anyShoot/task/product_background/submit',
	queryPath: '/v2/product_anyShoot/task/product_background/query',
	taskType: 'product_anyfit_v2_product_background',
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
	taskType: 'voice_text2voice',
	bizType: 'VOICE_TEXT2VOICE',
};

export const imageTranslate: TaskFamily = {
	id: 'imageTranslate',
	label: 'Image Translate',
	submitPath: '/v1/image_translate/single/task/submit',
	queryPath: '/v1/image_translate/single/task/query',
	taskType: 'image_translate',
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
	resultListField: 'videos',
	resultListUrlField: 'filePath',
	resultFile: mp4,
	bizType: 'COMMON_TASK_TEXT2VIDEO',
};

export const omniReference: TaskFamily = {
	id: 'omniReference',
	label: 'Omni Reference',
	submitPath: '/v1/common_task/omni_reference/task/submit',
	queryPath: '/v1/common_task/omni_reference/task/query',
	resultListField: 'videos',
	resultListUrlField: 'filePath',
	resultFile: mp4,
};

/** Image to Video v2 as the Video Generation resource runs it: the same task, its videos downloadable. */
export const videoGenerationImageToVideo: TaskFamily = {
	...imageToVideo,
	id: 'videoGenerationImageToVideo',
	label: 'Image to Video (Video Generation)',
	resultListField: 'videos',
	resultListUrlField: 'filePath',
	resultFile: mp4,
};

// https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/ai_image.py
export const textToImage: TaskFamily = {
	id: 'textToImage',
	label: 'Text to Image',
	submitPath: '/v1/common_task/text2image/task/submit',
	queryPath: '/v1/common_task/text2image/task/query',
	resultListField: 'images',
	resultListUrlField: 'filePath',
	resultFile: jpg,
	bizType: 'COMMON_TASK_TEXT2IMAGE',
};

export const imageEdit: TaskFamily = {
	id: 'imageEdit',
	label: 'Image Edit',
	submitPath: '/v1/common_task/image_edit/task/submit',
	queryPath: '/v1/common_task/image_edit/task/query',
	resultListField: 'images',
	resultListUrlField: 'filePath',
	resultFile: jpg,
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
export const taskFamilies: TaskFamily[] = [
	videoAvatar,
	photoAvatar,
	marketingVideo,
	scraper,
	productAvatarReplaceImageV2,
	productAvatarImageToVideoV2,
	productAvatarReplaceImageV1,
	productAvatarImageToVideoV1,
	productAvatarDownloadWithoutWatermark,
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
	textToVideo,
	omniReference,
	textToImage,
	imageEdit,
];

/** The trigger event value of a family, e.g. `videoAvatarTaskFinished`. */
export const finishedEventOf = (family: TaskFamily) => `${family.id}TaskFinished`;
