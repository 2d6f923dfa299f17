import type { INodePropertyOptions } from 'n8n-workflow';
import { taskFamilies, type TaskFamily } from '../shared/families';

/** The Events value that accepts every `bizType`, including ones this package does not know yet. */
export const allEvents = '*';

/** The families Topview names `bizType` in a callback; versions of one tool share it (e.g. v1, v2, v3). */
export function familiesOfBizType(bizType: string): TaskFamily[] {
	return taskFamilies.filter((family) => family.bizType !== undefined && family.bizType === bizType);
}

export function familyOfBizType(bizType: string): TaskFamily | undefined {
	return familiesOfBizType(bizType)[0];
}

/**
 * Where to look a callback's task up, in order: its `bizType`'s families; for a `bizType` no family
 * names, every family (those without a known `bizType` first), one per query path.
 */
export function queryCandidates(bizType: string): TaskFamily[] {
	const named = familiesOfBizType(bizType);
	if (named.length) return named;
	const ordered = [...taskFamilies.filter((family) => !family.bizType), ...taskFamilies.filter((family) => family.bizType)];
	const seen = new Set<string>();
	return ordered.filter((family) => {
		if (seen.has(family.queryPath)) return false;
		seen.add(family.queryPath);
		return true;
	});
}

const withoutVersion = (label: string) => label.replace(/\s*\(v\d+\)$/i, '');

/** The words the labels of a `bizType`'s families share, e.g. "Product AnyShoot" for its three tools. */
function sharedLabel(families: TaskFamily[]): string {
	const words = families.map((family) => withoutVersion(family.label).split(' '));
	const common: string[] = [];
	for (let i = 0; i < words[0].length; i++) {
		if (!words.every((list) => list[i] === words[0][i])) break;
		common.push(words[0][i]);
	}
	return common.length ? common.join(' ') : withoutVersion(families[0].label);
}

/** One Events option per `bizType` the families name, sorted by name. */
export function bizTypeOptions(): INodePropertyOptions[] {
	const bizTypes = [...new Set(taskFamilies.flatMap((family) => (family.bizType ? [family.bizType] : [])))];
	const labels = bizTypes.map((bizType) => sharedLabel(familiesOfBizType(bizType)));
	return bizTypes
		.map((bizType, i) => ({
			// Two bizTypes of one tool (e.g. a preview and an export) would otherwise look the same.
			name: labels.indexOf(labels[i]) === labels.lastIndexOf(labels[i]) ? labels[i] : `${labels[i]} (${bizType})`,
			value: bizType,
			description: `Tasks Topview reports with bizType ${bizType}`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
