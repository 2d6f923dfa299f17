import type { INodePropertyOptions } from 'n8n-workflow';
import { voiceLanguages } from '../../shared/languages';

/**
 * Image Translate takes target languages by English name, e.g. ["English", "Italian"]
 * (https://docs.topview.ai/reference/image-translate-api-usage). The page shows no full list: these are the
 * languages Topview supports elsewhere, by name; an expression can send any other name.
 */
export const imageTranslateLanguages: INodePropertyOptions[] = voiceLanguages.map(({ name }) => ({ name, value: name }));

const nameOfCode = new Map(voiceLanguages.map(({ name, value }) => [String(value).toLowerCase(), name]));

/** A language as Topview expects it: a name stays, a language code from an older workflow becomes its name. */
export const languageName = (value: string) => nameOfCode.get(value.toLowerCase()) ?? value;
