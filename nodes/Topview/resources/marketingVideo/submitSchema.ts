import { z } from 'zod';
import type { IDataObject } from 'n8n-workflow';
import { isHttpUrl, withoutBlanks } from '../../shared/validate';
import { marketingVideoSubmitShape } from './submit';

const aspectRatios = ['9:16', '3:4', '1:1', '4:3', '16:9'];
const diyFields: Record<string, string> = {
	diyScriptDescription: 'Custom Script Text',
	diyStyle: 'Custom Script Style Type',
	diyScriptStyle: 'Custom Script Style',
	diyScriptPrompt: 'Custom Script Prompt',
};

const body = z
	.object(marketingVideoSubmitShape)
	// Fields from Additional Body Fields pass through unchecked.
	.passthrough()
	.superRefine((value, ctx) => {
		const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
		const hasFiles = (value.fileIds?.length ?? 0) > 0;
		if (value.productLink === undefined && !hasFiles) {
			issue('productLink', 'Product Link or File IDs is required: enter the product page URL, or the fileIds of uploaded product images or videos');
		}
		if (value.productLink !== undefined && !isHttpUrl(value.productLink)) {
			issue('productLink', `Product Link must be an absolute http(s) URL, e.g. https://www.amazon.com/dp/B0CXVSRY56, not "${value.productLink}"`);
		}
		if (value.productLink === undefined) {
			if (value.productName === undefined) {
				issue('productName', 'Product Name is required without a Product Link: enter the name of the product');
			}
			if (value.productDescription === undefined && value.isDiyScript !== true) {
				issue('productDescription', 'Product Description is required without a Product Link: describe the product, or turn on Custom Script and give the script');
			}
		}
		if (value.aspectRatio !== undefined && !aspectRatios.includes(value.aspectRatio)) {
			issue('aspectRatio', `Aspect Ratio must be one of ${aspectRatios.join(', ')}, not "${value.aspectRatio}"`);
		}
		if (value.endcardAspectRatio !== undefined && !['all', ...aspectRatios].includes(value.endcardAspectRatio)) {
			issue('endcardAspectRatio', `End Card Aspect Ratio must be "all" or one of ${aspectRatios.join(', ')}, not "${value.endcardAspectRatio}"`);
		}
		if (value.endcardBackgroundColor !== undefined && !['black', 'white'].includes(value.endcardBackgroundColor)) {
			issue('endcardBackgroundColor', `End Card Background Color must be "black" or "white", not "${value.endcardBackgroundColor}"`);
		}
		if (value.videoLengthType !== undefined && ![1, 2, 3, 4].includes(value.videoLengthType)) {
			issue('videoLengthType', `Video Length must be 1 (30–50 s), 2 (15–30 s), 3 (30–45 s) or 4 (45–60 s), not ${value.videoLengthType}`);
		}
		if (value.isDiyScript === true) {
			if (value.diyStyle !== undefined && value.diyStyle !== 'diyScriptStyle' && value.diyStyle !== 'diyScriptPrompt') {
				issue('diyStyle', `Custom Script Style Type must be "diyScriptStyle" (Preset Style) or "diyScriptPrompt" (Prompt), not "${value.diyStyle}"`);
			}
			if (value.diyStyle === 'diyScriptStyle' && value.diyScriptStyle === undefined) {
				issue('diyScriptStyle', 'Custom Script Style is required when Custom Script Style Type is "Preset Style": enter a style, or change the type');
			}
			if (value.diyStyle === 'diyScriptPrompt' && value.diyScriptPrompt === undefined) {
				issue('diyScriptPrompt', 'Custom Script Prompt is required when Custom Script Style Type is "Prompt": describe the style, or change the type');
			}
		} else {
			const unused = Object.keys(diyFields).filter((field) => value[field as keyof typeof value] !== undefined);
			if (unused.length) {
				const names = unused.map((field) => diyFields[field]).join(', ');
				const [verb, them] = unused.length === 1 ? ['applies', 'it'] : ['apply', 'them'];
				issue(unused[0], `${names} ${verb} only with Custom Script on: turn on Custom Script or remove ${them}`);
			}
		}
	})
	.transform((value): IDataObject => {
		const keep = { ...value } as IDataObject;
		if (!value.fileIds?.length) delete keep.fileIds;
		// The submit page types both switches as strings "true"/"false":
		// https://docs.topview.ai/reference/avatar_marketing_video_submit_task
		for (const field of ['preview', 'isDiyScript'] as const) {
			if (value[field] !== undefined) keep[field] = String(value[field]);
		}
		return Object.fromEntries(Object.entries(keep).filter(([, v]) => v !== undefined)) as IDataObject;
	});

/** The Marketing Video submit body: blanks dropped, file IDs as an array, product and script choices checked. */
export const marketingVideoSubmitSchema = z.preprocess(
	(input) => withoutBlanks((input ?? {}) as IDataObject),
	body,
);
