'use strict';

const { err } = require('../envelope');
const { isEmpty, parseBool, isHttpUrl } = require('../validation');
const { readPaging, paginate, listParam, sortBy } = require('../paging');

/** Look-ups (§6): AiAvatar Query, Voice Query, Caption List, Ethnicity Query, notice URL check. */

/** Drops the simulator's bookkeeping fields from a fixture item. */
function stripInternal(item) {
	const out = { ...item };
	delete out.gmtCreate;
	delete out.sourceTaskId;
	return out;
}

const routes = [
	{
		method: 'GET',
		path: '/v1/aiavatar/query',
		handler({ sim, account, params }) {
			const paging = readPaging(params);
			// Simulator choice: isCustom absent → public then custom; true → custom only; false → public only.
			const isCustom = isEmpty(params.isCustom) ? null : parseBool(params.isCustom);
			let items = [];
			if (isCustom !== true) items = items.concat(sim.catalog.avatars);
			if (isCustom !== false) items = items.concat(account.customAvatars);
			if (!isEmpty(params.gender)) items = items.filter((a) => a.gender === params.gender);
			const eth = listParam(params.ethnicityIdList);
			if (eth.length) items = items.filter((a) => a.ethnicities.some((e) => eth.includes(String(e.ethnicityId))));
			items = sortBy(items, params.sortField, params.sortType);
			const page = paginate(items, paging);
			return {
				data: page.items.map((a) => stripInternal(JSON.parse(JSON.stringify(a)))),
				total: page.total,
				pageNo: page.pageNo,
				pageSize: page.pageSize,
			};
		},
	},
	{
		method: 'GET',
		path: '/v1/voice/query',
		handler({ sim, account, params }) {
			const paging = readPaging(params);
			const isCustom = isEmpty(params.isCustom) ? null : parseBool(params.isCustom);
			let items = [];
			if (isCustom !== true) items = items.concat(sim.catalog.voices);
			if (isCustom !== false) items = items.concat(account.clonedVoices);
			for (const f of ['language', 'gender', 'age', 'style', 'accent']) {
				if (!isEmpty(params[f])) items = items.filter((v) => v[f] === params[f]);
			}
			if (!isEmpty(params.voiceName)) {
				const q = String(params.voiceName).toLowerCase();
				items = items.filter((v) => String(v.voiceName).toLowerCase().includes(q));
			}
			const page = paginate(items, paging);
			return { data: page.items.map((v) => stripInternal({ ...v })), total: page.total, pageNo: page.pageNo, pageSize: page.pageSize };
		},
	},
	{
		method: 'GET',
		path: '/v1/caption/list',
		handler: ({ sim }) => sim.catalog.captions.map((c) => ({ ...c })),
	},
	{
		method: 'GET',
		path: '/v1/ethnicity/list',
		handler({ sim, params }) {
			if (isEmpty(params.scene)) throw err.required('scene');
			const list = sim.catalog.ethnicityScenes[params.scene];
			if (!list) throw err.param(`scene must be one of ${Object.keys(sim.catalog.ethnicityScenes).join(', ')}`);
			const items = list.map((e) => ({ ...e }));
			if (sim.config.ethnicityListShape === 'array') return items;
			const page = paginate(items, readPaging(params, { pageSize: 100 }));
			return { data: page.items, total: page.total, pageNo: page.pageNo, pageSize: page.pageSize };
		},
	},
	{
		method: 'POST',
		path: '/notice/notice_url/check',
		handler({ params }) {
			if (isEmpty(params.noticeUrl)) throw err.required('noticeUrl');
			if (!isHttpUrl(params.noticeUrl)) throw err.param('noticeUrl must be an absolute http(s) URL');
			return true;
		},
	},
];

module.exports = { routes };
