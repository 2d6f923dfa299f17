import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';
import {
	imageModels,
	imagePrices,
	videoModels,
	videoRates,
	type DurationLimit,
	type ImageOperation,
	type VideoModelLimits,
	type VideoOperation,
} from './generationModels';

type VideoModelLimitsInputMode = NonNullable<VideoModelLimits['inputMode']>;
import type { PreSend } from './validate';

export type GenerationOperation = VideoOperation | ImageOperation;

const isVideo = (operation: GenerationOperation): operation is VideoOperation => operation in videoModels;

/** The models of one generation operation with their limits. */
export function modelsOf(operation: GenerationOperation): Record<string, IDataObject> {
	return (isVideo(operation) ? videoModels[operation] : imageModels[operation]) as unknown as Record<string, IDataObject>;
}

export function durationText(limit: DurationLimit): string {
	return Array.isArray(limit) ? `${limit.join(', ')} s` : `${limit.min}–${limit.max} s`;
}

const allowsDuration = (limit: DurationLimit, seconds: number) =>
	Array.isArray(limit) ? limit.includes(seconds) : Number.isInteger(seconds) && seconds >= limit.min && seconds <= limit.max;

/** A one-line summary of a model's limits, for the model picker, e.g. "720, 1080p · 4–12 s · 9:16, 1:1 · sound". */
export function limitsSummary(operation: GenerationOperation, model: string): string {
	const limits = modelsOf(operation)[model];
	if (!limits) return '';
	if (isVideo(operation)) {
		const video = videoModels[operation][model];
		return [
			video.resolutions ? `${video.resolutions.join(', ')}p` : undefined,
			durationText(video.durations),
			video.aspectRatios ? video.aspectRatios.join(', ') : undefined,
			video.nativeAudio ? 'sound' : undefined,
		]
			.filter(Boolean)
			.join(' · ');
	}
	const image = imageModels[operation][model];
	return [image.resolutions?.join(', '), image.aspectRatios.join(', '), image.maxInputImages ? `up to ${image.maxInputImages} images` : undefined]
		.filter(Boolean)
		.join(' · ');
}

const inputModeNames = {
	single: 'one image (First Frame only)',
	first_end: 'a First Frame and optionally an End Frame',
	multi_ref: 'Reference Images only (at least 2)',
};

/** Image to Video: the images given must fit the model's input mode. */
function inputModeProblems(model: string, mode: VideoModelLimitsInputMode | undefined, body: IDataObject): string[] {
	if (!mode) return [];
	const references = Array.isArray(body.referenceImageFileIds) ? body.referenceImageFileIds.length : 0;
	const takes = `${model} takes ${inputModeNames[mode]}`;
	if (mode === 'multi_ref') {
		if (body.firstFrameFileId !== undefined || body.endFrameFileId !== undefined) return [`${takes}: remove First Frame and End Frame`];
		if (references < 2) return [`${takes}: add Reference Images`];
		return [];
	}
	if (references > 0) return [`${takes}, not Reference Images: remove them`];
	if (mode === 'single' && body.endFrameFileId !== undefined) return [`${takes}: remove End Frame`];
	return [];
}

export interface LimitOptions {
	/**
	 * Send an aspect ratio, resolution or sound the model does not take instead of refusing it, for saved
	 * workflows of a form that offered them whatever the model (and Sound on by default). Topview's client
	 * says the API ignores an aspect ratio or resolution a model does not take (validate_model_params in
	 * https://github.com/topviewai/codex-topview-ai/blob/main/skills/topview-skill/scripts/video_gen.py).
	 * Values outside a model's lists are still refused.
	 */
	allowUnusedSettings?: boolean;
}

/**
 * What is wrong with a request body for the chosen model, as messages naming the model's allowed values.
 * Empty when the combination is allowed, or when the model is not in the table (then Topview decides).
 */
export function modelProblems(operation: GenerationOperation, body: IDataObject, options: LimitOptions = {}): string[] {
	const model = typeof body.model === 'string' ? body.model : '';
	const problems: string[] = [];
	if (isVideo(operation)) {
		const limits = videoModels[operation][model];
		if (!limits) return problems;
		const refuseUnused = !options.allowUnusedSettings;
		if (body.aspectRatio !== undefined) {
			if (!limits.aspectRatios) {
				if (refuseUnused) {
					problems.push(`${model} takes no aspect ratio${operation === 'imageToVideo' ? ' (it follows the image)' : ''}: remove Aspect Ratio`);
				}
			} else if (!limits.aspectRatios.includes(String(body.aspectRatio))) {
				problems.push(`${model} supports aspect ratios ${limits.aspectRatios.join(', ')}, not ${String(body.aspectRatio)}`);
			}
		}
		if (body.resolution !== undefined) {
			if (!limits.resolutions) {
				if (refuseUnused) problems.push(`${model} takes no resolution: remove Resolution`);
			} else if (!limits.resolutions.includes(Number(body.resolution))) {
				problems.push(`${model} supports resolutions ${limits.resolutions.join(', ')}, not ${String(body.resolution)}`);
			}
		}
		if (body.duration !== undefined && !allowsDuration(limits.durations, Number(body.duration))) {
			problems.push(`${model} supports durations of ${durationText(limits.durations)}, not ${String(body.duration)} s`);
		}
		if (body.sound === 'on' && !limits.nativeAudio && refuseUnused) {
			problems.push(`${model} has no native sound: turn Sound off or pick a model with sound`);
		}
		if (operation === 'imageToVideo') problems.push(...inputModeProblems(model, limits.inputMode, body));
		if (body.internetSearch === true && limits.internetSearch === false) {
			problems.push(`${model} offers no internet search: turn Internet Search off`);
		}
		return problems;
	}
	const limits = imageModels[operation][model];
	if (!limits) return problems;
	if (body.aspectRatio !== undefined && !limits.aspectRatios.includes(String(body.aspectRatio))) {
		problems.push(`${model} supports aspect ratios ${limits.aspectRatios.join(', ')}, not ${String(body.aspectRatio)}`);
	}
	if (!limits.resolutions && body.resolution !== undefined) problems.push(`${model} takes no resolution: remove Resolution`);
	if (limits.resolutions && body.resolution === undefined) {
		problems.push(`${model} needs a resolution: set Resolution to ${limits.resolutions.join(', ')}`);
	}
	if (limits.resolutions && body.resolution !== undefined && !limits.resolutions.includes(String(body.resolution))) {
		problems.push(`${model} supports resolutions ${limits.resolutions.join(', ')}, not ${String(body.resolution)}`);
	}
	const inputs = Array.isArray(body.inputImageFileIds) ? body.inputImageFileIds.length : 0;
	if (limits.maxInputImages !== undefined && inputs > limits.maxInputImages) {
		problems.push(`${model} takes at most ${limits.maxInputImages} input image${limits.maxInputImages === 1 ? '' : 's'}, not ${inputs}`);
	}
	return problems;
}

/** Estimated credits for a video, as Topview's client computes them; undefined when the table has no rate. */
export function estimateVideoCredits(spec: {
	model: string;
	resolution?: number;
	duration: number;
	sound: boolean;
	count: number;
}): number | undefined {
	const rates = videoRates[spec.model];
	if (!rates) return undefined;
	const resolution = spec.resolution ?? 0;
	const keys: Array<[number, boolean | null]> = [
		[resolution, spec.sound],
		[resolution, null],
		[0, spec.sound],
		[0, null],
	];
	for (const [res, sound] of keys) {
		const rate = rates.find((r) => r.resolution === res && r.sound === sound);
		if (rate) return Math.round(rate.perSecond * spec.duration * spec.count * 100) / 100;
	}
	return undefined;
}

/** Estimated credits for images, as Topview's client computes them; undefined when the table has no price. */
export function estimateImageCredits(operation: ImageOperation, spec: { model: string; resolution?: string; count: number }): number | undefined {
	const prices = imagePrices[operation][spec.model];
	if (!prices) return undefined;
	const unit = (spec.resolution !== undefined ? prices[spec.resolution] : undefined) ?? prices.default;
	return unit === undefined ? undefined : Math.round(unit * spec.count * 100) / 100;
}

/** The estimate for a submit body, or a message saying what is missing to make one. */
export function estimateFor(operation: GenerationOperation, body: IDataObject): { credits: number } | { missing: string } {
	const model = String(body.model ?? '');
	if (isVideo(operation)) {
		if (body.duration === undefined) return { missing: 'Duration is needed to estimate the cost: set Duration (Seconds)' };
		const credits = estimateVideoCredits({
			model,
			resolution: body.resolution === undefined ? undefined : Number(body.resolution),
			duration: Number(body.duration),
			sound: body.sound === 'on',
			count: Number(body.generatingCount ?? 1),
		});
		return credits === undefined ? { missing: `No price is known for ${model} with these settings, so the cost cannot be estimated` } : { credits };
	}
	const credits = estimateImageCredits(operation, {
		model,
		resolution: body.resolution === undefined ? undefined : String(body.resolution),
		count: Number(body.generateCount ?? 1),
	});
	return credits === undefined ? { missing: `No price is known for ${model} with these settings, so the cost cannot be estimated` } : { credits };
}

const nothingSent = 'Nothing was sent to Topview, so no credits were used.';

/** preSend step after validation: the chosen model's limits, checked before any request. */
export function checkModelLimits(operation: GenerationOperation, limitOptions: LimitOptions = {}): PreSend {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = (options.body ?? {}) as IDataObject;
		const [first, ...rest] = modelProblems(operation, body, limitOptions);
		if (first) {
			throw new NodeOperationError(this.getNode(), first, {
				itemIndex: this.getItemIndex(),
				description: [...rest, `Model limits as Topview's client lists them (Get Models shows them all).`, nothingSent].join(' '),
			});
		}
		return options;
	};
}

/**
 * preSend step: with Options → Check Cost First, the estimate must be known and within Max Credits per
 * Item, or the item fails before the submit.
 */
export function checkCostFirst(operation: GenerationOperation): PreSend {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const settings = this.getNodeParameter('options', {}) as IDataObject;
		if (!settings.checkCostFirst) return options;
		const maxCredits = typeof settings.maxCredits === 'number' ? settings.maxCredits : 10;
		const estimate = estimateFor(operation, (options.body ?? {}) as IDataObject);
		if ('missing' in estimate) {
			throw new NodeOperationError(this.getNode(), estimate.missing, {
				itemIndex: this.getItemIndex(),
				description: `Check Cost First is on. ${nothingSent}`,
			});
		}
		if (estimate.credits > maxCredits) {
			throw new NodeOperationError(
				this.getNode(),
				`Estimated cost ${estimate.credits} credits is more than Max Credits per Item (${maxCredits})`,
				{
					itemIndex: this.getItemIndex(),
					description: `Lower the duration, resolution or count, pick a cheaper model, or raise Max Credits per Item. ${nothingSent}`,
				},
			);
		}
		return options;
	};
}
