import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { limitsSummary, modelsOf, type GenerationOperation } from '../shared/modelLimits';

/** The models of one generation operation, each named with its limits, filtered by the search text. */
function modelList(operation: GenerationOperation, filter?: string): INodeListSearchResult {
	const needle = (filter ?? '').trim().toLowerCase();
	const results = Object.keys(modelsOf(operation))
		.filter((model) => !needle || model.toLowerCase().includes(needle))
		.map((model) => ({ name: `${model} (${limitsSummary(operation, model)})`, value: model }));
	return { results };
}

export async function searchTextToVideoModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return modelList('textToVideo', filter);
}

export async function searchImageToVideoModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return modelList('imageToVideo', filter);
}

export async function searchOmniReferenceModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return modelList('omniReference', filter);
}

/** Models of the Generation Type chosen on Estimate Cost. */
export async function searchVideoModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const type = this.getCurrentNodeParameter('generationType') as GenerationOperation | undefined;
	return modelList(type ?? 'textToVideo', filter);
}

export async function searchTextToImageModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return modelList('textToImage', filter);
}

export async function searchImageEditModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return modelList('imageEdit', filter);
}

/** Models of the Generation Type chosen on AI Image → Estimate Cost. */
export async function searchImageModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const type = this.getCurrentNodeParameter('generationType') as GenerationOperation | undefined;
	return modelList(type === 'imageEdit' ? 'imageEdit' : 'textToImage', filter);
}
