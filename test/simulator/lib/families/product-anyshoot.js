'use strict';

const { isEmpty } = require('../validation');
const { readPaging, paginate, listParam } = require('../paging');

/**
 * Product AnyShoot (§10). The template list is documented; the category list and the task paths are a
 * simulator choice (the real paths are unknown).
 */

function anyShootTask({ id, label, taskType, submitPath, queryPath, toolType }) {
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
	};
}

const families = [
	anyShootTask({
		id: 'product_anyshoot_replace_product_image',
		label: 'Product AnyShoot replace product image',
		taskType: 'product_anyfit',
		submitPath: '/v1/product_anyShoot/task/replace_product_image/submit',
		queryPath: '/v1/product_anyShoot/task/replace_product_image/query',
		toolType: 'product_anyshoot_replace_product_image',
	}),
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
