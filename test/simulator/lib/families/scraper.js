'use strict';

const { registerProducedFile } = require('./common-tasks');

/** Scraper (§10): reads a product page; the images/videos it returns are registered as the account's files. */

function productName(link) {
	try {
		const u = new URL(link);
		const last = u.pathname.split('/').filter(Boolean).pop();
		return last ? decodeURIComponent(last).replace(/[-_]+/g, ' ') : u.hostname;
	} catch {
		return 'Scraped product';
	}
}

const scraper = {
	id: 'scraper',
	label: 'Scraper',
	taskType: 'scraper',
	bizType: 'SCRAPER',
	submitPath: '/v1/scraper/task/submit',
	queryPath: '/v1/scraper/task/query',
	required: [],
	ext: 'png',
	board: { toolType: 'scraper', toolCategory: 'tools', mediaType: 'image' },
	outputFields: ['productName', 'productDescription', 'productImages', 'productVideos'],
	produce(task, sim) {
		const link = task.params.productLink || '';
		const file = (i, format, fileType) => {
			const name = `${task.taskId}-scraped-${i}`;
			const fileId = registerProducedFile(sim, task, name, format);
			return { fileId, fileName: `${name}.${format}`, fileType, fileUrl: sim.resultUrl(`${name}.${format}`), format };
		};
		const name = productName(link);
		return {
			productName: name,
			productDescription: `${name}: description scraped from ${link || 'the product page'}.`,
			productImages: [file(0, 'png', 'image'), file(1, 'png', 'image'), file(2, 'png', 'image')],
			productVideos: [file(3, 'mp4', 'video')],
		};
	},
	boardResult: (task) => ({ imageUrl: task.output.productImages[0].fileUrl }),
};

module.exports = { families: [scraper], routes: [] };
