import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { imageModels, type ImageOperation } from '../shared/generationModels';

/** The AI Image operation the options are for (Estimate Cost and Get Models name it in Generation Type). */
function operationOf(context: ILoadOptionsFunctions): ImageOperation {
	const operation = context.getCurrentNodeParameter('operation') as string;
	if (operation === 'textToImage' || operation === 'imageEdit') return operation;
	return (context.getCurrentNodeParameter('generationType') as ImageOperation | undefined) ?? 'textToImage';
}

function modelOf(context: ILoadOptionsFunctions): string {
	const model = context.getCurrentNodeParameter('model', { extractValue: true });
	return typeof model === 'string' ? model : '';
}

const allAspectRatios = (operation: ImageOperation) => [
	...new Set(Object.values(imageModels[operation]).flatMap((limits) => limits.aspectRatios)),
];

/** The aspect ratios the chosen image model takes (every ratio any model takes, before one is chosen). */
export async function getImageAspectRatios(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const operation = operationOf(this);
	const ratios = imageModels[operation][modelOf(this)]?.aspectRatios ?? allAspectRatios(operation);
	return ratios.map((ratio) => ({ name: ratio === 'auto' ? 'Auto (From the Input Image)' : ratio, value: ratio }));
}

/** The resolutions the chosen image model takes, or "None" for models that take none. */
export async function getImageResolutions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const limits = imageModels[operationOf(this)][modelOf(this)];
	if (limits && !limits.resolutions) return [{ name: 'None (This Model Takes No Resolution)', value: '' }];
	const resolutions = limits?.resolutions ?? ['512p', '1K', '2K', '4K'];
	return [...(limits ? [] : [{ name: 'None', value: '' }]), ...resolutions.map((value) => ({ name: value, value }))];
}
