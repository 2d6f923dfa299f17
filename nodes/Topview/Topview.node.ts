import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { getCaptions } from './listSearch/getCaptions';
import { searchAvatars, searchCustomAvatars } from './listSearch/searchAvatars';
import { getPhotoAvatarTemplateCategories } from './listSearch/getPhotoAvatarTemplateCategories';
import { searchBoards } from './listSearch/searchBoards';
import { searchPhotoAvatarTemplates } from './listSearch/searchPhotoAvatarTemplates';
import { searchProductAnyShootTemplates } from './listSearch/searchProductAnyShootTemplates';
import { searchProductAvatars } from './listSearch/searchProductAvatars';
import { searchClonedVoices, searchVoices } from './listSearch/searchVoices';
import {
	searchImageEditModels,
	searchImageModels,
	searchImageToVideoModels,
	searchOmniReferenceModels,
	searchTextToImageModels,
	searchTextToVideoModels,
	searchVideoModels,
} from './listSearch/searchGenerationModels';
import { getImageAspectRatios, getImageResolutions } from './listSearch/getImageModelOptions';
import { resourceDescriptions } from './resources';
import { baseUrlExpression } from './shared/baseUrl';
import { displayNameSubtitle } from './shared/subtitle';

export class Topview implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Topview',
		name: 'topview',
		icon: { light: 'file:topview.svg', dark: 'file:topview.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: displayNameSubtitle(resourceDescriptions),
		description:
			'Create AI avatar videos, photo avatars, voices, product images and marketing videos with the Topview AI API',
		defaults: { name: 'Topview' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'topviewApi', required: true }],
		requestDefaults: {
			baseURL: baseUrlExpression,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: resourceDescriptions,
	};

	methods = {
		listSearch: { searchAvatars, searchBoards, searchClonedVoices, searchCustomAvatars, searchPhotoAvatarTemplates, searchProductAnyShootTemplates, searchProductAvatars, searchVoices },
		loadOptions: { getCaptions, getPhotoAvatarTemplateCategories },
	};

	constructor() {
		Object.assign(this.methods.listSearch, {
			searchImageEditModels,
			searchImageModels,
			searchImageToVideoModels,
			searchOmniReferenceModels,
			searchTextToImageModels,
			searchTextToVideoModels,
			searchVideoModels,
		});
		Object.assign(this.methods.loadOptions, { getImageAspectRatios, getImageResolutions });
	}
}
