import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { field } from '../../shared/fields';
import { requiredText } from '../../shared/validate';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/** Aspect Ratio, narrowed to what the chosen model takes. Required: Topview's client always sends it. */
export const aspectRatioSetting = (show: Show) =>
	field(
		{
			displayName: 'Aspect Ratio Name or ID',
			name: 'aspectRatio',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getImageAspectRatios', loadOptionsDependsOn: ['model.value', 'generationType'] },
			required: true,
			default: '1:1',
			description:
				'Shape of the image, from those the chosen model takes. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			displayOptions: { show },
		},
		requiredText('Aspect Ratio is empty: pick one the model takes, e.g. 1:1'),
	);

/** Resolution, narrowed to what the chosen model takes ("None" for models that take none). */
export const resolutionSetting = (show: Show) =>
	field(
		{
			displayName: 'Resolution Name or ID',
			name: 'resolution',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getImageResolutions', loadOptionsDependsOn: ['model.value', 'generationType'] },
			default: '',
			description:
				'Image resolution: some models need one (512p, 1K, 2K, 4K), others take none. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			displayOptions: { show },
		},
		z.string().optional(),
	);

export const generateCountSetting = (show: Show) =>
	field(
		{
			displayName: 'Number of Images',
			name: 'generateCount',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 4 },
			default: 1,
			description: 'How many images to generate, 1 to 4; each is charged',
			displayOptions: { show },
		},
		z.coerce
			.number({ invalid_type_error: 'Number of Images must be a number from 1 to 4' })
			.int('Number of Images must be a whole number from 1 to 4')
			.min(1, 'Number of Images must be from 1 to 4')
			.max(4, 'Number of Images must be from 1 to 4')
			.optional(),
	);

export const imageModelMessage = 'Model is empty: pick a model from the list or enter its display name, e.g. Nano Banana 2';
