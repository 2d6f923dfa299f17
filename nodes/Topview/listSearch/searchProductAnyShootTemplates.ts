import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listPage } from './listPage';

const firstText = (...values: unknown[]) => values.find((value): value is string => typeof value === 'string' && value !== '');

/** Product AnyShoot templates for Replace Product Image, by name, linking to the template image. */
export async function searchProductAnyShootTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await listPage.call(this, {
		path: '/v1/product_anyShoot/template/list',
		paginationToken,
		pageSize: 100,
		toItem: (template: IDataObject) => {
			const url = firstText(template.templateImageUrl, template.coverUrl);
			return {
				name: firstText(template.templateName) ?? `Template ${String(template.templateId)}`,
				value: String(template.templateId),
				...(url ? { url } : {}),
			};
		},
		filter,
	});
}
