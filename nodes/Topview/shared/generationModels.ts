/**
 * The generation models Topview's official client knows, with each model's limits and its per-unit
 * prices, kept as data. Topview publishes no endpoint listing models or estimating cost: its client's
 * `list-models` and `estimate-cost` read static tables. These are those tables, transcribed from
 * https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/video_gen.py and
 * https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/ai_image.py
 * (last changed 2026-05-09, commit 0a861e4; read 2026-12-03). Update them here when Topview's client does.
 *
 * `model` is sent as the display name (the keys below), never a code name. A limit that is absent means
 * the model takes no such parameter (the client's `None`: "do not send").
 */

/** Seconds a video model accepts: a list of values, or a whole-second range. */
export type DurationLimit = number[] | { min: number; max: number };

export interface VideoModelLimits {
	aspectRatios?: string[];
	resolutions?: number[];
	durations: DurationLimit;
	/** Whether the model can add native sound (`sound: "on"`). */
	nativeAudio: boolean;
	/** Image to Video only: one image, first and end frame, or several reference images. */
	inputMode?: 'single' | 'first_end' | 'multi_ref';
	/** Omni Reference only: whether `internetSearch` is offered. */
	internetSearch?: boolean;
}

export interface ImageModelLimits {
	aspectRatios: string[];
	/** Present: resolution is required and one of these. Absent: the model takes no resolution. */
	resolutions?: string[];
	/** Image Edit only: the most input images the model takes. */
	maxInputImages?: number;
}

export type VideoOperation = 'textToVideo' | 'imageToVideo' | 'omniReference';
export type ImageOperation = 'textToImage' | 'imageEdit';

export const videoModels: Record<VideoOperation, Record<string, VideoModelLimits>> = {
	textToVideo: {
		'Standard': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9', '21:9'], resolutions: [480, 720], durations: { min: 4, max: 15 }, nativeAudio: true },
		'Fast': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9', '21:9'], resolutions: [480, 720], durations: { min: 4, max: 15 }, nativeAudio: true },
		'Seedance 1.5 Pro': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], resolutions: [720, 1080], durations: { min: 4, max: 12 }, nativeAudio: true },
		'Seedance 1.0 Pro Fast': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], resolutions: [720, 1080], durations: [5, 10, 12], nativeAudio: false },
		'Seedance 1.0 Pro': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], resolutions: [720, 1080], durations: [5, 10, 12], nativeAudio: false },
		'Kling O3': { aspectRatios: ['9:16', '1:1', '16:9'], resolutions: [720, 1080], durations: { min: 3, max: 15 }, nativeAudio: true },
		'Kling V3': { aspectRatios: ['9:16', '1:1', '16:9'], resolutions: [720, 1080], durations: { min: 3, max: 15 }, nativeAudio: true },
		'Kling 2.6': { aspectRatios: ['9:16', '1:1', '16:9'], durations: [5, 10], nativeAudio: true },
		'Kling 2.5 Turbo Pro': { aspectRatios: ['9:16', '1:1', '16:9'], resolutions: [1080], durations: [5, 10], nativeAudio: false },
		'Kling 2.5 Turbo Std': { aspectRatios: ['9:16', '1:1', '16:9'], resolutions: [1080], durations: [5, 10], nativeAudio: false },
		'Sora 2': { aspectRatios: ['9:16', '16:9'], durations: [4, 8, 12], nativeAudio: false },
		'Sora 2 Pro': { aspectRatios: ['9:16', '16:9'], resolutions: [720, 1080], durations: [4, 8, 12], nativeAudio: false },
		'Veo 3.1': { aspectRatios: ['9:16', '16:9'], resolutions: [720, 1080, 2160], durations: [4, 6, 8], nativeAudio: true },
		'Veo 3.1 Fast': { aspectRatios: ['9:16', '16:9'], resolutions: [720, 1080, 2160], durations: [4, 6, 8], nativeAudio: true },
		'MiniMax-Hailuo-02': { resolutions: [768, 1080], durations: [6, 10], nativeAudio: false },
		'MiniMax-Hailuo-2.3': { resolutions: [768, 1080], durations: [6, 10], nativeAudio: false },
		'Vidu Q3 Pro': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], resolutions: [540, 720, 1080], durations: { min: 1, max: 16 }, nativeAudio: true },
		'Vidu Q2': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], resolutions: [1080], durations: { min: 2, max: 10 }, nativeAudio: false },
		'Wan 2.6': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], resolutions: [720, 1080], durations: [5, 10, 15], nativeAudio: true },
		'Topview Lite': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], durations: [5, 10], nativeAudio: false },
		'Topview Pro': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], durations: [5, 10], nativeAudio: false },
		'Topview Plus': { aspectRatios: ['9:16', '1:1', '16:9'], durations: [5, 10], nativeAudio: false },
		'Topview Best': { aspectRatios: ['9:16', '1:1', '16:9'], durations: [5, 10], nativeAudio: false },
	},
	imageToVideo: {
		'Standard': { resolutions: [480, 720], durations: { min: 4, max: 15 }, nativeAudio: true, inputMode: 'first_end' },
		'Fast': { resolutions: [480, 720], durations: { min: 4, max: 15 }, nativeAudio: true, inputMode: 'first_end' },
		'Seedance 1.5 Pro': { resolutions: [720, 1080], durations: { min: 4, max: 12 }, nativeAudio: true, inputMode: 'first_end' },
		'Seedance 1.0 Pro Fast': { resolutions: [720, 1080], durations: [5, 10, 12], nativeAudio: false, inputMode: 'single' },
		'Seedance 1.0 Pro': { resolutions: [720, 1080], durations: [5, 10, 12], nativeAudio: false, inputMode: 'first_end' },
		'Kling V3': { resolutions: [720, 1080], durations: { min: 3, max: 15 }, nativeAudio: true, inputMode: 'first_end' },
		'Kling V3 Reference Video': { aspectRatios: ['9:16', '1:1', '16:9'], resolutions: [720, 1080], durations: { min: 3, max: 15 }, nativeAudio: true, inputMode: 'multi_ref' },
		'Kling O3': { resolutions: [720, 1080], durations: { min: 3, max: 15 }, nativeAudio: true, inputMode: 'first_end' },
		'Kling O3 Reference-to-Video': { aspectRatios: ['9:16', '1:1', '16:9'], resolutions: [720, 1080], durations: { min: 3, max: 15 }, nativeAudio: true, inputMode: 'multi_ref' },
		'Kling 2.6': { durations: [5, 10], nativeAudio: true, inputMode: 'single' },
		'Kling O1 Reference-to-Video': { aspectRatios: ['9:16', '1:1', '16:9'], resolutions: [1080], durations: { min: 3, max: 10 }, nativeAudio: false, inputMode: 'multi_ref' },
		'Kling 2.5 Turbo Pro': { resolutions: [1080], durations: [5, 10], nativeAudio: false, inputMode: 'first_end' },
		'Kling 2.5 Turbo Std': { resolutions: [1080], durations: [5, 10], nativeAudio: false, inputMode: 'single' },
		'Sora 2': { aspectRatios: ['9:16', '16:9'], durations: [4, 8, 12], nativeAudio: false, inputMode: 'single' },
		'Sora 2 Pro': { aspectRatios: ['9:16', '16:9'], resolutions: [720, 1080], durations: [4, 8, 12], nativeAudio: false, inputMode: 'single' },
		'Veo 3.1': { aspectRatios: ['9:16', '16:9'], resolutions: [720, 1080, 2160], durations: [4, 6, 8], nativeAudio: true, inputMode: 'first_end' },
		'Veo 3.1 Reference to video': { aspectRatios: ['9:16', '16:9'], resolutions: [720, 1080, 2160], durations: [8], nativeAudio: true, inputMode: 'multi_ref' },
		'Veo 3.1 Fast': { aspectRatios: ['9:16', '16:9'], resolutions: [720, 1080, 2160], durations: [4, 6, 8], nativeAudio: true, inputMode: 'first_end' },
		'Veo 3.1 Fast Reference to video': { aspectRatios: ['9:16', '16:9'], resolutions: [720, 1080, 2160], durations: [8], nativeAudio: true, inputMode: 'multi_ref' },
		'MiniMax-Hailuo-02': { resolutions: [768, 1080], durations: [6, 10], nativeAudio: false, inputMode: 'first_end' },
		'MiniMax-Hailuo-2.3': { resolutions: [768, 1080], durations: [6, 10], nativeAudio: false, inputMode: 'single' },
		'MiniMax-Hailuo-2.3-Fast': { resolutions: [768, 1080], durations: [6, 10], nativeAudio: false, inputMode: 'single' },
		'Vidu Q3 Pro': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], resolutions: [540, 720, 1080], durations: { min: 1, max: 16 }, nativeAudio: true, inputMode: 'single' },
		'Vidu Q2 Reference to Video': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], resolutions: [1080], durations: { min: 2, max: 10 }, nativeAudio: false, inputMode: 'multi_ref' },
		'Wan 2.6': { resolutions: [720, 1080], durations: [5, 10, 15], nativeAudio: true, inputMode: 'single' },
		'Topview Lite': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], durations: [5, 10], nativeAudio: false, inputMode: 'single' },
		'Topview Pro': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], durations: [5, 10], nativeAudio: false, inputMode: 'single' },
		'Topview Plus': { aspectRatios: ['9:16', '1:1', '16:9'], durations: [5, 10], nativeAudio: false, inputMode: 'single' },
		'Topview Best': { aspectRatios: ['9:16', '1:1', '16:9'], durations: [5, 10], nativeAudio: false, inputMode: 'single' },
	},
	omniReference: {
		'Standard': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9', '21:9'], resolutions: [480, 720], durations: { min: 4, max: 15 }, nativeAudio: true, internetSearch: true },
		'Fast': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9', '21:9'], resolutions: [480, 720], durations: { min: 4, max: 15 }, nativeAudio: true, internetSearch: true },
		'Kling O3 Video-Edit': { resolutions: [720, 1080], durations: { min: 3, max: 10 }, nativeAudio: false, internetSearch: false },
		'Kling O1 Video-Edit': { resolutions: [1080], durations: { min: 3, max: 10 }, nativeAudio: false, internetSearch: false },
	},
};

/**
 * Credits per second of video for one video (generatingCount 1). `resolution` 0 means any resolution,
 * `sound` null means sound does not change the price. Total = rate × duration × generatingCount.
 */
export interface VideoRate {
	resolution: number;
	sound: boolean | null;
	perSecond: number;
}

export const videoRates: Record<string, VideoRate[]> = {
	'Standard': [{ resolution: 0, sound: null, perSecond: 1.0 }],
	'Fast': [{ resolution: 0, sound: null, perSecond: 1.0 }],
	'Seedance 1.5 Pro': [{ resolution: 720, sound: false, perSecond: 0.12 }, { resolution: 720, sound: true, perSecond: 0.25 }, { resolution: 1080, sound: false, perSecond: 0.28 }, { resolution: 1080, sound: true, perSecond: 0.55 }],
	'Seedance 1.0 Pro Fast': [{ resolution: 720, sound: null, perSecond: 0.07 }, { resolution: 1080, sound: null, perSecond: 0.15 }],
	'Seedance 1.0 Pro': [{ resolution: 720, sound: null, perSecond: 0.2 }, { resolution: 1080, sound: null, perSecond: 0.45 }],
	'Kling V3': [{ resolution: 720, sound: false, perSecond: 0.5 }, { resolution: 720, sound: true, perSecond: 0.8 }, { resolution: 1080, sound: false, perSecond: 0.8 }, { resolution: 1080, sound: true, perSecond: 1.0 }],
	'Kling V3 Reference Video': [{ resolution: 720, sound: false, perSecond: 0.5 }, { resolution: 720, sound: true, perSecond: 0.8 }, { resolution: 1080, sound: false, perSecond: 0.8 }, { resolution: 1080, sound: true, perSecond: 1.0 }],
	'Kling O3': [{ resolution: 720, sound: false, perSecond: 0.5 }, { resolution: 720, sound: true, perSecond: 0.6 }, { resolution: 1080, sound: false, perSecond: 0.8 }, { resolution: 1080, sound: true, perSecond: 0.9 }],
	'Kling O3 Reference-to-Video': [{ resolution: 720, sound: false, perSecond: 0.5 }, { resolution: 720, sound: true, perSecond: 0.6 }, { resolution: 1080, sound: false, perSecond: 0.8 }, { resolution: 1080, sound: true, perSecond: 0.9 }],
	'Kling 2.6': [{ resolution: 0, sound: false, perSecond: 0.31 }, { resolution: 0, sound: true, perSecond: 0.65 }],
	'Kling O1 Reference-to-Video': [{ resolution: 1080, sound: null, perSecond: 0.5 }],
	'Kling 2.5 Turbo Pro': [{ resolution: 1080, sound: null, perSecond: 0.31 }],
	'Kling 2.5 Turbo Std': [{ resolution: 1080, sound: null, perSecond: 0.2 }],
	'Sora 2': [{ resolution: 0, sound: null, perSecond: 0.56 }],
	'Sora 2 Pro': [{ resolution: 720, sound: null, perSecond: 1.68 }, { resolution: 1080, sound: null, perSecond: 2.8 }],
	'Veo 3.1': [{ resolution: 720, sound: false, perSecond: 1.1 }, { resolution: 720, sound: true, perSecond: 2.2 }, { resolution: 1080, sound: false, perSecond: 1.1 }, { resolution: 1080, sound: true, perSecond: 2.2 }, { resolution: 2160, sound: false, perSecond: 2.2 }, { resolution: 2160, sound: true, perSecond: 3.3 }],
	'Veo 3.1 Reference to video': [{ resolution: 720, sound: false, perSecond: 1.1 }, { resolution: 720, sound: true, perSecond: 2.2 }, { resolution: 1080, sound: false, perSecond: 1.1 }, { resolution: 1080, sound: true, perSecond: 2.2 }, { resolution: 2160, sound: false, perSecond: 2.2 }, { resolution: 2160, sound: true, perSecond: 3.3 }],
	'Veo 3.1 Fast': [{ resolution: 720, sound: false, perSecond: 0.6 }, { resolution: 720, sound: true, perSecond: 0.9 }, { resolution: 1080, sound: false, perSecond: 0.6 }, { resolution: 1080, sound: true, perSecond: 0.9 }, { resolution: 2160, sound: false, perSecond: 1.7 }, { resolution: 2160, sound: true, perSecond: 2.0 }],
	'Veo 3.1 Fast Reference to video': [{ resolution: 720, sound: false, perSecond: 0.6 }, { resolution: 720, sound: true, perSecond: 0.9 }, { resolution: 1080, sound: false, perSecond: 0.6 }, { resolution: 1080, sound: true, perSecond: 0.9 }, { resolution: 2160, sound: false, perSecond: 1.7 }, { resolution: 2160, sound: true, perSecond: 2.0 }],
	'MiniMax-Hailuo-02': [{ resolution: 768, sound: null, perSecond: 0.32 }, { resolution: 1080, sound: null, perSecond: 0.47 }],
	'MiniMax-Hailuo-2.3': [{ resolution: 768, sound: null, perSecond: 0.32 }, { resolution: 1080, sound: null, perSecond: 0.47 }],
	'MiniMax-Hailuo-2.3-Fast': [{ resolution: 768, sound: null, perSecond: 0.18 }, { resolution: 1080, sound: null, perSecond: 0.3 }],
	'Vidu Q3 Pro': [{ resolution: 540, sound: null, perSecond: 0.4 }, { resolution: 720, sound: null, perSecond: 0.9 }, { resolution: 1080, sound: null, perSecond: 1.0 }],
	'Vidu Q2': [{ resolution: 1080, sound: null, perSecond: 0.28 }],
	'Vidu Q2 Reference to Video': [{ resolution: 1080, sound: null, perSecond: 0.56 }],
	'Wan 2.6': [{ resolution: 720, sound: null, perSecond: 0.46 }, { resolution: 1080, sound: null, perSecond: 0.77 }],
	'Topview Lite': [{ resolution: 0, sound: null, perSecond: 0.1 }],
	'Topview Pro': [{ resolution: 0, sound: null, perSecond: 0.2 }],
	'Topview Plus': [{ resolution: 0, sound: null, perSecond: 0.54 }],
	'Topview Best': [{ resolution: 0, sound: null, perSecond: 1.55 }],
	'Kling O3 Video-Edit': [{ resolution: 720, sound: null, perSecond: 1.7 }, { resolution: 1080, sound: null, perSecond: 2.0 }],
	'Kling O1 Video-Edit': [{ resolution: 0, sound: null, perSecond: 0.8 }],
};

export const imageModels: Record<ImageOperation, Record<string, ImageModelLimits>> = {
	textToImage: {
		'Nano Banana 2': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9', '2:3', '3:2', '5:4', '4:5', '21:9', '4:1', '1:4', '8:1', '1:8'], resolutions: ['512p', '1K', '2K', '4K'] },
		'Nano Banana Pro': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'], resolutions: ['1K', '2K', '4K'] },
		'Nano Banana': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'] },
		'Seedream 5.0': { aspectRatios: ['auto', '9:16', '3:4', '1:1', '4:3', '16:9', '21:9'], resolutions: ['2K'] },
		'Seedream 4.5': { aspectRatios: ['auto', '9:16', '3:4', '1:1', '4:3', '16:9', '21:9'], resolutions: ['2K', '4K'] },
		'Seedream 4.0': { aspectRatios: ['auto', '9:16', '3:4', '1:1', '4:3', '16:9', '21:9'], resolutions: ['1K', '2K', '4K'] },
		'Grok Image Pro': { aspectRatios: ['1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', '2:1', '1:2', '20:9', '9:20', '19.5:9', '9:19.5'], resolutions: ['1K', '2K'] },
		'Grok Image': { aspectRatios: ['1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', '2:1', '1:2', '20:9', '9:20', '19.5:9', '9:19.5'], resolutions: ['1K', '2K'] },
		'GPT Image 1.5': { aspectRatios: ['3:2', '1:1', '2:3'] },
		'GPT Image 2': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9', '2:3', '3:2', '5:4', '4:5', '21:9', '9:21', '1:2', '2:1'], resolutions: ['1K', '2K', '4K'] },
		'Kontext-Pro': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'] },
		'Imagen 4': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9'] },
	},
	imageEdit: {
		'Nano Banana 2': { aspectRatios: ['auto', '9:16', '3:4', '1:1', '4:3', '16:9', '2:3', '3:2', '5:4', '4:5', '21:9', '4:1', '1:4', '8:1', '1:8'], resolutions: ['512p', '1K', '2K', '4K'], maxInputImages: 14 },
		'Nano Banana Pro': { aspectRatios: ['auto', '9:16', '3:4', '1:1', '4:3', '16:9'], resolutions: ['1K', '2K', '4K'], maxInputImages: 6 },
		'Nano Banana': { aspectRatios: ['auto', '9:16', '3:4', '1:1', '4:3', '16:9'], maxInputImages: 6 },
		'Seedream 5.0': { aspectRatios: ['auto', '9:16', '3:4', '1:1', '4:3', '16:9', '21:9'], resolutions: ['2K'], maxInputImages: 14 },
		'Seedream 4.5': { aspectRatios: ['auto', '9:16', '3:4', '1:1', '4:3', '16:9', '21:9'], resolutions: ['2K', '4K'], maxInputImages: 14 },
		'Seedream 4.0': { aspectRatios: ['auto', '9:16', '3:4', '1:1', '4:3', '16:9', '21:9'], resolutions: ['1K', '2K', '4K'], maxInputImages: 5 },
		'Grok Image Pro': { aspectRatios: ['1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', '2:1', '1:2', '20:9', '9:20', '19.5:9', '9:19.5'], resolutions: ['1K', '2K'], maxInputImages: 1 },
		'Grok Image': { aspectRatios: ['1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', '2:1', '1:2', '20:9', '9:20', '19.5:9', '9:19.5'], resolutions: ['1K', '2K'], maxInputImages: 1 },
		'GPT Image 1.5': { aspectRatios: ['3:2', '1:1', '2:3'], maxInputImages: 8 },
		'GPT Image 2': { aspectRatios: ['9:16', '3:4', '1:1', '4:3', '16:9', '2:3', '3:2', '5:4', '4:5', '21:9', '9:21', '1:2', '2:1'], resolutions: ['1K', '2K', '4K'], maxInputImages: 16 },
		'Kontext-Pro': { aspectRatios: ['auto', '9:16', '3:4', '1:1', '4:3', '16:9'], maxInputImages: 1 },
	},
};

/** Credits per image (generateCount 1) by resolution, or `default` for models without one. */
const editAndTextPrices: Record<string, Record<string, number>> = {
	'Nano Banana 2': { '512p': 0.25, '1K': 0.4, '2K': 0.6, '4K': 0.85 },
	'Nano Banana Pro': { '1K': 0.8, '2K': 0.8, '4K': 1.4 },
	'Nano Banana': { default: 0.3 },
	'Seedream 5.0': { '2K': 0.2 },
	'Seedream 4.5': { '2K': 0.2, '4K': 0.2 },
	'Seedream 4.0': { '1K': 0.15, '2K': 0.15, '4K': 0.15 },
	'Grok Image Pro': { '1K': 0.45, '2K': 0.45 },
	'Grok Image': { '1K': 0.15, '2K': 0.15 },
	'GPT Image 1.5': { default: 2.0 },
	'GPT Image 2': { '1K': 0.2, '2K': 0.8, '4K': 1.4 },
	'Kontext-Pro': { default: 0.5 },
};

/** The same price for a model in both operations; Imagen 4 only generates from text. */
export const imagePrices: Record<ImageOperation, Record<string, Record<string, number>>> = {
	textToImage: { ...editAndTextPrices, 'Imagen 4': { default: 0.5 } },
	imageEdit: editAndTextPrices,
};
