'use strict';

/**
 * Deterministic look-up data (§6): public avatars, voices, captions, ethnicities, product-avatar and
 * AnyShoot catalogues, photo-avatar templates; plus the per-account custom avatars and cloned voice.
 * Every URL points at the simulator's `/files/…` so downloads work offline.
 * `fileUrl(name)` turns a file name into an absolute URL.
 */

const ETHNICITIES = [
	{ ethnicityId: '1', ethnicityName: 'Caucasian' },
	{ ethnicityId: '2', ethnicityName: 'African' },
	{ ethnicityId: '3', ethnicityName: 'East Asian' },
	{ ethnicityId: '4', ethnicityName: 'South Asian' },
	{ ethnicityId: '5', ethnicityName: 'Hispanic' },
	{ ethnicityId: '6', ethnicityName: 'Middle Eastern' },
];

const ETHNICITY_SCENES = {
	video_avatar: ETHNICITIES,
	product_avatar: ETHNICITIES.slice(0, 5),
};

// [name, language, gender, age, style, accent]
const VOICE_ROWS = [
	['Ava', 'en', 'female', 'Young', 'UGC', 'American'],
	['Liam', 'en', 'male', 'Young', 'UGC', 'American'],
	['Olivia', 'en', 'female', 'Middle Age', 'Advertisement', 'American'],
	['Noah', 'en', 'male', 'Middle Age', 'Advertisement', 'American'],
	['Emma', 'en', 'female', 'Young', 'Influencer', 'British'],
	['Oliver', 'en', 'male', 'Old', 'Advertisement', 'British'],
	['Charlotte', 'en', 'female', 'Old', 'UGC', 'British'],
	['Jack', 'en', 'male', 'Young', 'Influencer', 'Australian'],
	['Mia', 'en', 'female', 'Young', 'Cartoon_And_Animals', 'American'],
	['Buddy', 'en', 'male', 'Young', 'Cartoon_And_Animals', 'American'],
	['Amelia', 'en', 'female', 'Middle Age', 'Influencer', 'Australian'],
	['Arjun', 'en', 'male', 'Middle Age', 'UGC', 'Indian'],
	['Xiaoxiao', 'zh-CN', 'female', 'Young', 'UGC', 'Chinese'],
	['Yunxi', 'zh-CN', 'male', 'Young', 'Advertisement', 'Chinese'],
	['Xiaoyan', 'zh-Hant', 'female', 'Middle Age', 'Advertisement', 'Chinese'],
	['Lucia', 'es', 'female', 'Young', 'Influencer', 'Spanish'],
	['Mateo', 'es', 'male', 'Middle Age', 'Advertisement', 'Mexican'],
	['Camille', 'fr', 'female', 'Young', 'UGC', 'French'],
	['Louis', 'fr', 'male', 'Old', 'Advertisement', 'French'],
	['Hannah', 'de', 'female', 'Middle Age', 'Advertisement', 'German'],
	['Felix', 'de', 'male', 'Young', 'Influencer', 'German'],
	['Sakura', 'ja', 'female', 'Young', 'Cartoon_And_Animals', 'Japanese'],
	['Haruto', 'ja', 'male', 'Middle Age', 'UGC', 'Japanese'],
	['Jiwoo', 'ko', 'female', 'Young', 'Influencer', 'Korean'],
	['Minjun', 'ko', 'male', 'Young', 'UGC', 'Korean'],
	['Giulia', 'it', 'female', 'Middle Age', 'Advertisement', 'Italian'],
	['Marco', 'it', 'male', 'Old', 'UGC', 'Italian'],
	['Beatriz', 'pt', 'female', 'Young', 'UGC', 'Brazilian'],
	['Layla', 'ar', 'female', 'Middle Age', 'Advertisement', 'Arabic'],
	['Omar', 'ar', 'male', 'Middle Age', 'UGC', 'Arabic'],
	['Priya', 'hi', 'female', 'Young', 'Influencer', 'Indian'],
	['Dmitri', 'ru', 'male', 'Old', 'Advertisement', 'Russian'],
	['Linh', 'vi', 'female', 'Young', 'UGC', 'Vietnamese'],
	['Niran', 'th', 'male', 'Young', 'UGC', 'Thai'],
	['Elif', 'tr', 'female', 'Middle Age', 'Influencer', 'Turkish'],
	['Sven', 'sv', 'male', 'Middle Age', 'Advertisement', 'Swedish'],
];

const AVATAR_NAMES = [
	'Sophia', 'James', 'Isabella', 'Benjamin', 'Mila', 'Lucas', 'Harper', 'Henry', 'Evelyn', 'Alexander',
	'Abigail', 'Daniel', 'Emily', 'Michael', 'Ella', 'Sebastian', 'Scarlett', 'David', 'Grace', 'Joseph',
	'Chloe', 'Samuel', 'Victoria', 'Owen', 'Riley', 'Wyatt', 'Aria', 'Leo', 'Zoey', 'Ethan',
	'Nora', 'Gabriel', 'Lily', 'Julian', 'Hazel', 'Mateo',
];

const CAPTION_COUNT = 8;

const PRODUCT_AVATAR_CATEGORIES = [
	{ categoryId: '1', categoryName: 'Beauty & Personal Care' },
	{ categoryId: '2', categoryName: 'Fashion' },
	{ categoryId: '3', categoryName: 'Electronics' },
	{ categoryId: '4', categoryName: 'Home & Kitchen' },
	{ categoryId: '5', categoryName: 'Food & Beverage' },
	{ categoryId: '6', categoryName: 'Sports & Outdoors' },
];

const ANYSHOOT_CATEGORIES = [
	{ categoryId: '101', categoryName: 'Cosmetics' },
	{ categoryId: '102', categoryName: 'Apparel' },
	{ categoryId: '103', categoryName: 'Gadgets' },
	{ categoryId: '104', categoryName: 'Home Decor' },
];
// The two styles of the Template List page: https://apifox.com/apidoc/shared/115a0d85-28a5-479d-8b8b-83d7898a7246
const ANYSHOOT_STYLES = ['UGC', 'Pro'];

const PHOTO_TEMPLATE_CATEGORIES = [
	{ categoryId: '201', categoryName: 'Business' },
	{ categoryId: '202', categoryName: 'Lifestyle' },
	{ categoryId: '203', categoryName: 'Education' },
];

function faceSquare(i) {
	const x = 120 + (i % 7) * 10;
	const y = 80 + (i % 5) * 12;
	const w = 360 + (i % 3) * 20;
	return { x, y, w, h: w, x_f: +(x / 1080).toFixed(4), y_f: +(y / 1920).toFixed(4), w_f: +(w / 1080).toFixed(4), h_f: +(w / 1920).toFixed(4) };
}

function publicVoices(fileUrl) {
	return VOICE_ROWS.map(([name, language, gender, age, style, accent], i) => {
		const voiceId = `v${String(1001 + i)}`;
		return {
			voiceId,
			voiceName: name,
			language,
			gender,
			age,
			style,
			accent,
			demoAudioUrl: fileUrl(`voices/${voiceId}-demo.mp3`),
			bestSupportLanguage: language,
			durations: 6 + (i % 5),
			isCustom: false,
		};
	});
}

function publicAvatars(fileUrl, voices) {
	const female = voices.filter((v) => v.gender === 'female' && v.language === 'en');
	const male = voices.filter((v) => v.gender === 'male' && v.language === 'en');
	return AVATAR_NAMES.map((name, i) => {
		const aiavatarId = String(3327 + i);
		const gender = i % 2 === 0 ? 'female' : 'male';
		const eth = [ETHNICITIES[i % ETHNICITIES.length]];
		if (i % 5 === 4) eth.push(ETHNICITIES[(i + 2) % ETHNICITIES.length]);
		const pool = gender === 'female' ? female : male;
		return {
			aiavatarId,
			aiavatarName: name,
			gender,
			coverUrl: fileUrl(`avatars/${aiavatarId}-cover.png`),
			previewVideoUrl: fileUrl(`avatars/${aiavatarId}-preview.mp4`),
			thumbnailUrl: fileUrl(`avatars/${aiavatarId}-thumb.png`),
			ethnicities: eth.map((e) => ({ ...e })),
			voiceoverIdDefault: pool[i % pool.length].voiceId,
			faceSquareConfig: faceSquare(i),
			type: i % 3,
			// Real data has both null and false for public avatars: keep both so clients handle either.
			isCustom: i % 2 === 0 ? null : false,
			gmtCreate: Date.UTC(2024, 0, 1 + i),
		};
	});
}

function captions(fileUrl) {
	return Array.from({ length: CAPTION_COUNT }, (_, i) => ({
		captionId: String(i + 1),
		thumbnail: fileUrl(`captions/caption-${i + 1}.png`),
	}));
}

function productAvatars(fileUrl) {
	return Array.from({ length: 12 }, (_, i) => {
		const avatarId = String(5001 + i);
		return {
			avatarId,
			avatarName: `Product presenter ${i + 1}`,
			gender: i % 2 === 0 ? 'female' : 'male',
			ethnicities: [{ ...ETHNICITIES[i % 5] }],
			categoryIds: [PRODUCT_AVATAR_CATEGORIES[i % PRODUCT_AVATAR_CATEGORIES.length].categoryId],
			coverUrl: fileUrl(`product-avatars/${avatarId}-cover.png`),
			avatarImageUrl: fileUrl(`product-avatars/${avatarId}.png`),
			gmtCreate: Date.UTC(2024, 5, 1 + i),
		};
	});
}

function anyShootTemplates(fileUrl) {
	return Array.from({ length: 12 }, (_, i) => {
		const templateId = String(7001 + i);
		return {
			templateId,
			templateName: `AnyShoot template ${i + 1}`,
			categoryId: ANYSHOOT_CATEGORIES[i % ANYSHOOT_CATEGORIES.length].categoryId,
			style: ANYSHOOT_STYLES[Math.floor(i / ANYSHOOT_CATEGORIES.length) % ANYSHOOT_STYLES.length],
			coverUrl: fileUrl(`anyshoot/${templateId}-cover.png`),
			templateImageUrl: fileUrl(`anyshoot/${templateId}.png`),
		};
	});
}

function photoTemplates(fileUrl) {
	return Array.from({ length: 12 }, (_, i) => {
		const avatarId = String(6001 + i);
		return {
			avatarId,
			aiavatarId: avatarId,
			// https://docs.topview.ai/reference/photo_avatar_list lists aiavatarId and aiavatarName.
			aiavatarName: `Photo template ${i + 1}`,
			avatarName: `Photo template ${i + 1}`,
			gender: i % 2 === 0 ? 'female' : 'male',
			categoryIds: [PHOTO_TEMPLATE_CATEGORIES[i % PHOTO_TEMPLATE_CATEGORIES.length].categoryId],
			coverUrl: fileUrl(`photo-templates/${avatarId}.png`),
			templateImageUrl: fileUrl(`photo-templates/${avatarId}.png`),
			isCustom: false,
		};
	});
}

/** The three custom avatars every account starts with (types 0, 1 and 2). */
const INITIAL_CUSTOM_AVATARS = [
	{ aiavatarName: 'My studio avatar', gender: 'female', type: 0 },
	{ aiavatarName: 'My zero-shot avatar', gender: 'male', type: 1 },
	{ aiavatarName: 'My photo avatar', gender: 'female', type: 2 },
];

const INITIAL_CLONED_VOICES = [{ voiceName: 'My cloned voice', language: 'en', gender: 'female' }];

function buildCatalog(fileUrl) {
	const voices = publicVoices(fileUrl);
	return {
		voices,
		avatars: publicAvatars(fileUrl, voices),
		captions: captions(fileUrl),
		ethnicityScenes: ETHNICITY_SCENES,
		productAvatarCategories: PRODUCT_AVATAR_CATEGORIES,
		productAvatars: productAvatars(fileUrl),
		anyShootCategories: ANYSHOOT_CATEGORIES,
		anyShootTemplates: anyShootTemplates(fileUrl),
		photoTemplateCategories: PHOTO_TEMPLATE_CATEGORIES,
		photoTemplates: photoTemplates(fileUrl),
	};
}

module.exports = {
	buildCatalog,
	ETHNICITIES,
	INITIAL_CUSTOM_AVATARS,
	INITIAL_CLONED_VOICES,
	faceSquare,
};
