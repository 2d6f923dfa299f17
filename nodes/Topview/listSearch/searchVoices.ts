import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { listPage } from './listPage';

const pageSize = 100;

/** `Name (language, gender[, cloned])`, linking to the demo audio. */
export function voiceItem(voice: IDataObject, cloned: boolean): INodeListSearchItems {
	const details = [voice.language, voice.gender, cloned ? 'cloned' : undefined].filter(
		(part) => typeof part === 'string' && part,
	);
	const name = String(voice.voiceName ?? voice.voiceId);
	return {
		name: details.length ? `${name} (${details.join(', ')})` : name,
		value: String(voice.voiceId),
		...(typeof voice.demoAudioUrl === 'string' && voice.demoAudioUrl ? { url: voice.demoAudioUrl } : {}),
	};
}

interface VoicePage extends INodeListSearchResult {
	/** voiceName and isCustom of each listed voice, by voiceId. */
	voices: Map<string, IDataObject>;
}

/**
 * One page of `/v1/voice/query`. The search text is matched against the voice names here: the documented
 * filters (language, gender, age, style, accent, isCustom) have no name filter.
 */
async function voicePage(
	this: ILoadOptionsFunctions,
	request: { cloned: boolean; filter?: string; paginationToken?: string },
): Promise<VoicePage> {
	const needle = request.filter?.trim() ?? '';
	const voices = new Map<string, IDataObject>();
	const page = await listPage.call(this, {
		path: '/v1/voice/query',
		qs: request.cloned ? { isCustom: 'true' } : {},
		paginationToken: request.paginationToken,
		pageSize,
		toItem: (voice: IDataObject) => {
			voices.set(String(voice.voiceId), voice);
			return voiceItem(voice, request.cloned || voice.isCustom === true);
		},
	});
	const lower = needle.toLowerCase();
	const results = lower
		? page.results.filter((item) =>
				String(voices.get(String(item.value))?.voiceName ?? '').toLowerCase().includes(lower),
			)
		: page.results;
	return { ...page, results, voices };
}

/**
 * Voices for Video Avatar's Voice field. The first page starts with the account's cloned voices (up to
 * 100), then public voices follow page by page; a cloned voice is never listed twice.
 */
export async function searchVoices(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const [all, cloned] = await Promise.all([
		voicePage.call(this, { cloned: false, filter, paginationToken }),
		paginationToken ? undefined : voicePage.call(this, { cloned: true, filter }),
	]);
	const clonedIds = new Set(cloned?.results.map((item) => String(item.value)) ?? []);
	const others = all.results.filter((item) => {
		const id = String(item.value);
		return !clonedIds.has(id) && all.voices.get(id)?.isCustom !== true;
	});
	return { results: [...(cloned?.results ?? []), ...others], paginationToken: all.paginationToken };
}

/** The account's cloned voices (e.g. for Voice → Delete). */
export async function searchClonedVoices(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { results, paginationToken: next } = await voicePage.call(this, { cloned: true, filter, paginationToken });
	return { results, paginationToken: next };
}
