'use strict';

const { err } = require('../envelope');
const { isEmpty } = require('../validation');
const { readPaging, paginate, listParam } = require('../paging');

/**
 * Product AnyShoot (§10). v1 Replace Product Image follows Topview's pages: submit
 * https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246/api-304968058 (product image,
 * template mask and mode required; templateId or templateImageFileId, the image winning when both are
 * set), query on `…/task/result` https://apifox.com/apidoc/shared/e8e2bcff-c3c8-4f04-9b5c-465e985c31bc/api-302924696
 * (its answer is not shown: the simulator answers taskId, status, errorMsg, finishedImageUrl, costCredit).
 * The template list and its UGC/Pro styles are documented; the category list and the v2 paths are a
 * simulator choice.
 */

function anyShootTask({ id, label, taskType, submitPath, queryPath, toolType, ...rest }) {
	return {
		id,
		label,
		taskType,
		bizType: 'PRODUCT_ANY_SHOOT',
		submitPath,
		queryPath,
		required: [],
		ext: 'png',
		resultUrlField: 'finishedImageUrl',
		board: { toolType, toolCategory: 'product_anyshoot', mediaType: 'image' },
		outputFields: ['finishedImageUrl'],
		costCredit: true,
		boardFields: true,
		produce: (task, sim) => ({ finishedImageUrl: sim.resultUrl(`${task.taskId}.png`) }),
		...rest,
	};
}

const replaceProductImage = anyShootTask({
	id: 'product_anyshoot_replace_product_image',
	label: 'Product AnyShoot replace product image',
	taskType: 'product_anyfit',
	submitPath: '/v1/product_anyShoot/task/submit',
	queryPath: '/v1/product_anyShoot/task/result',
	toolType: 'product_anyshoot_replace_product_image',
	required: ['productImageFileId', 'templateMaskFileId', 'mode', ['templateId', 'templateImageFileId']],
	boardFields: false,
	validate(params, { sim }) {
		if (typeof params.mode !== 'string') throw err.param('mode must be a string');
		// "If both the templateId and the template image FileId exist, the templateImageFileId will be used."
		if (!isEmpty(params.templateImageFileId)) return { ...params, scene: { templateImageFileId: params.templateImageFileId } };
		const templateId = String(params.templateId);
		if (!sim.catalog.anyShootTemplates.some((t) => t.templateId === templateId)) {
			throw err.notFound(`Template not found: ${templateId}`);
		}
		return { ...params, scene: { templateId } };
	},
});

const families = [
	replaceProductImage,
	anyShootTask({
		id: 'product_anyshoot_v2_product_model',
		label: 'Product AnyShoot v2 product model',
		taskType: 'product_anyfit_v2_product_model',
		submitPath: '/v2/product_anyShoot/task/product_model/submit',
		queryPath: '/v2/product_anyShoot/task/product_model/query',
		toolType: 'product_anyshoot_product_model',
	}),
	anyShootTask({
		id: 'product_anyshoot_v2_product_background',
		label: 'Product AnyShoot v2 product background',
		taskType: 'product_anyfit_v2_product_background',
		submitPath: '/v2/product_anyShoot/task/product_background/submit',
		queryPath: '/v2/product_anyShoot/task/product_background/query',
		toolType: 'product_anyshoot_product_background',
	}),
];

const routes = [
	{
		method: 'GET',
		path: '/v1/product_anyShoot/template/list',
		handler({ sim, params }) {
			const paging = readPaging(params);
			const cats = listParam(params.categoryIds);
			let items = sim.catalog.anyShootTemplates.map((t) => ({ ...t }));
			if (cats.length) items = items.filter((t) => cats.includes(t.categoryId));
			// The documented styles are `UGC` and `Pro`; any other value matches no template.
			if (!isEmpty(params.style)) items = items.filter((t) => t.style === params.style);
			const page = paginate(items, paging);
			return { data: page.items, total: page.total, pageNo: page.pageNo, pageSize: page.pageSize };
		},
	},
	{
		method: 'GET',
		path: '/v1/product_anyShoot/template/category/list',
		handler: ({ sim }) => sim.catalog.anyShootCategories.map((c) => ({ ...c })),
	},
];

module.exports = { families, routes };
