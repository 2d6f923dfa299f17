import type { INodeProperties } from 'n8n-workflow';
import {
	productAnyShootBackground,
	productAnyShootModel,
	productAnyShootReplaceImage,
} from '../../shared/families';
import { mergeAdditionalBodyFields } from '../../shared/extraBody';
import { listRouting, queryRouting, submitRouting } from '../../shared/routing';
import { validateRequest } from '../../shared/validate';
import { generateDescription } from './generate';
import { generateSchema } from './generateSchema';
import { getTemplateCategoriesDescription } from './getTemplateCategories';
import { getTemplatesDescription, productAnyShootGetTemplatesSchema } from './getTemplates';
import { queryDescription } from './query';
import { replaceProductImageDescription } from './replaceProductImage';
import { replaceProductImageSchema } from './replaceProductImageSchema';

export const productAnyShootDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['productAnyShoot'] } },
		options: [
			{
				name: 'Get Template Categories',
				value: 'getTemplateCategories',
				action: 'Get template categories',
				description: 'List the categories of the AnyShoot templates. Path assumed; Topview does not document it.',
				routing: listRouting('/v1/product_anyShoot/template/category/list', {
					itemsField: 'data',
					maxPageSize: 100,
					unpaged: true,
				}),
			},
			{
				name: 'Get Templates',
				value: 'getTemplates',
				action: 'Get templates',
				description: 'List the scenes a product can be shot in',
				routing: listRouting('/v1/product_anyShoot/template/list', { itemsField: 'data', maxPageSize: 100 }, { checks: [validateRequest(productAnyShootGetTemplatesSchema, 'qs')] }),
			},
			{
				name: 'Product Background',
				value: 'productBackground',
				action: 'Generate a product background image',
				description:
					'Submit a v2 product background task, optionally waiting for it. Path and fields assumed; Topview does not document them.',
				routing: submitRouting(productAnyShootBackground, {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(generateSchema(productAnyShootBackground.label))],
				}),
			},
			{
				name: 'Product Model',
				value: 'productModel',
				action: 'Generate a product model image',
				description:
					'Submit a v2 product model task, optionally waiting for it. Path and fields assumed; Topview does not document them.',
				routing: submitRouting(productAnyShootModel, {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(generateSchema(productAnyShootModel.label))],
				}),
			},
			{
				name: 'Query Product Background',
				value: 'queryProductBackground',
				action: 'Query a product background task',
				description: 'Get the status and result of a product background task. Path assumed; Topview does not document it.',
				routing: queryRouting(productAnyShootBackground),
			},
			{
				name: 'Query Product Model',
				value: 'queryProductModel',
				action: 'Query a product model task',
				description: 'Get the status and result of a product model task. Path assumed; Topview does not document it.',
				routing: queryRouting(productAnyShootModel),
			},
			{
				name: 'Query Replace Product Image',
				value: 'queryReplaceProductImage',
				action: 'Query a product image replacement task',
				description: 'Get the status and result of a replace product image task',
				routing: queryRouting(productAnyShootReplaceImage),
			},
			{
				name: 'Replace Product Image',
				value: 'replaceProductImage',
				action: 'Shoot a product in a template scene',
				description:
					'Place a product photo into a template or your own scene (v1), optionally waiting for it',
				routing: submitRouting(productAnyShootReplaceImage, {
					preSend: [mergeAdditionalBodyFields], checks: [validateRequest(replaceProductImageSchema)],
				}),
			},
		],
		default: 'replaceProductImage',
	},
	...replaceProductImageDescription,
	...generateDescription('productModel', productAnyShootModel),
	...generateDescription('productBackground', productAnyShootBackground),
	...queryDescription('queryReplaceProductImage', productAnyShootReplaceImage),
	...queryDescription('queryProductModel', productAnyShootModel),
	...queryDescription('queryProductBackground', productAnyShootBackground),
	...getTemplateCategoriesDescription,
	...getTemplatesDescription,
];
