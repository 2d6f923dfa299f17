import { NodeOperationError, type INodeProperties } from 'n8n-workflow';
import {
	productAvatarImageToVideoV1,
	productAvatarImageToVideoV2,
	productAvatarReplaceImageV1,
	productAvatarReplaceImageV2,
	productAvatarReplaceImageV3,
	type TaskFamily,
} from '../../shared/families';
import { checkTaskQuery, operationRouting, type RoutingExtras } from '../../shared/routing';
import { queryTask, submitTask, type OperationRunner } from '../../shared/runner';
import type { PreSend } from '../../shared/validate';

/**
 * Product Avatar exists in several API versions with their own paths. One operation serves all of them:
 * its URL is an expression over the `version` parameter, and its runner submits or waits with the family
 * of that version, so Wait for Completion polls the matching query path.
 */
export type ApiVersion = 'v1' | 'v2' | 'v3';
export type FamiliesByVersion = Partial<Record<ApiVersion, TaskFamily>>;

export const replaceImageFamilies: FamiliesByVersion = {
	v1: productAvatarReplaceImageV1,
	v2: productAvatarReplaceImageV2,
	v3: productAvatarReplaceImageV3,
};

export const imageToVideoFamilies: FamiliesByVersion = {
	v1: productAvatarImageToVideoV1,
	v2: productAvatarImageToVideoV2,
};

const versionOperations = ['replaceProductImage', 'queryReplaceProductImage', 'imageToVideo', 'queryImageToVideo'];

/** The API version selector of the task operations; v3 is offered for image replacement only. */
export const versionField: INodeProperties = {
	displayName: 'API Version',
	name: 'version',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'V1 (Legacy)',
			value: 'v1',
			description: 'The first Product Avatar API, kept for existing accounts',
		},
		{
			name: 'V2',
			value: 'v2',
			description: 'The current Product Avatar API',
		},
		{
			name: 'V3',
			value: 'v3',
			description:
				'Image replacement with a background-removed product, automatic or manual placement and model v3 or v4',
			displayOptions: { show: { operation: ['replaceProductImage', 'queryReplaceProductImage'] } },
		},
	],
	default: 'v2',
	description: 'Which version of the Product Avatar API to use. Query a task with the version it was submitted with.',
	displayOptions: { show: { resource: ['productAvatar'], operation: versionOperations } },
};

const versionOf = (context: { getNodeParameter(name: string, fallback: unknown): unknown }) =>
	String(context.getNodeParameter('version', 'v2'));

function unsupportedVersion(version: string, families: FamiliesByVersion) {
	const label = Object.values(families)[0]?.label.replace(/ V\d\b/, '') ?? 'This operation';
	return {
		message: `${label} has no API version "${version}"`,
		description: `Set API Version to ${Object.keys(families).join(' or ')}. Nothing was sent to Topview, so no credits were used.`,
	};
}

/** preSend step, first: the chosen version must exist for this operation (v3 only replaces images). */
function checkVersion(families: FamiliesByVersion): PreSend {
	return async function (options) {
		const version = versionOf(this);
		if (version in families) return options;
		const { message, description } = unsupportedVersion(version, families);
		throw new NodeOperationError(this.getNode(), message, { itemIndex: this.getItemIndex(), description });
	};
}

/** The runner of the chosen version's family. */
function byVersion(families: FamiliesByVersion, runnerOf: (family: TaskFamily) => OperationRunner): OperationRunner {
	const runners = Object.fromEntries(Object.entries(families).map(([version, family]) => [version, runnerOf(family)]));
	// checkVersion (a preSend) has refused any version the families lack before this runs.
	return async function (request) {
		return await runners[versionOf(this)].call(this, request);
	};
}

/** `={{ ({"v1":"/v1/…","v2":"/v2/…"})[$parameter.version] }}`: the path of the chosen version. */
function pathByVersion(families: FamiliesByVersion, path: 'submitPath' | 'queryPath'): string {
	const paths = Object.fromEntries(Object.entries(families).map(([version, family]) => [version, family[path]]));
	return `={{ (${JSON.stringify(paths)})[$parameter.version] }}`;
}

export function versionedSubmitRouting(families: FamiliesByVersion, extras: RoutingExtras) {
	return operationRouting('POST', pathByVersion(families, 'submitPath'), byVersion(families, submitTask), {
		...extras,
		preSend: [checkVersion(families), ...(extras.preSend ?? [])],
	});
}

export function versionedQueryRouting(families: FamiliesByVersion) {
	return operationRouting('GET', pathByVersion(families, 'queryPath'), byVersion(families, queryTask), {
		preSend: [checkVersion(families)],
		checks: [checkTaskQuery],
	});
}
