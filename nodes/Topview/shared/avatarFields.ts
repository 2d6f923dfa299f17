import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { z, type ZodTypeAny } from 'zod';
import { fieldOf, type Field } from './fields';
import { fileField, fileRef } from './inlineFiles';

type Show = NonNullable<IDisplayOptions['show']>;

/**
 * Who (or what scene) appears, where Topview takes either a picked ID or an uploaded template image:
 * a source choice (not sent), the picker shown for its first option, and the Template Image file shown
 * for `templateImage`. Both are optional in the schema; the operation's rule requires one of them.
 */
export function pickerOrImageFields<Picker extends string, Image extends string>(spec: {
	show: Show;
	source: {
		name: string;
		displayName: string;
		description: string;
		picker: INodePropertyOptions & { value: string };
		image: Omit<INodePropertyOptions, 'value'>;
	};
	picker: {
		name: Picker;
		displayName: string;
		description: string;
		searchListMethod: string;
		placeholder: string;
	};
	image: { field: Image; placeholder: string; description: string };
}): Field<Record<Picker, z.ZodOptional<z.ZodString>> & Record<Image, ZodTypeAny>> {
	const forSource = (value: string) => ({ ...spec.show, [spec.source.name]: [value] });
	const pickerValue = spec.source.picker.value;
	const source: INodeProperties = {
		displayName: spec.source.displayName,
		name: spec.source.name,
		type: 'options',
		noDataExpression: true,
		options: [spec.source.picker, { ...spec.source.image, value: 'templateImage' }],
		default: pickerValue,
		description: spec.source.description,
		displayOptions: { show: spec.show },
	};
	const picker: INodeProperties = {
		displayName: spec.picker.displayName,
		name: spec.picker.name,
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: spec.picker.description,
		displayOptions: { show: forSource(pickerValue) },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: spec.picker.searchListMethod, searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: spec.picker.placeholder },
		],
		routing: { send: { type: 'body', property: spec.picker.name } },
	};
	const image = fileField({
		field: spec.image.field,
		kind: 'image',
		label: 'Template Image',
		show: forSource('templateImage'),
		required: true,
		placeholder: spec.image.placeholder,
		description: spec.image.description,
	});
	return fieldOf([source, picker, ...image], {
		[spec.picker.name]: z.coerce.string().optional(),
		[spec.image.field]: fileRef().optional(),
	} as Record<Picker, z.ZodOptional<z.ZodString>> & Record<Image, ZodTypeAny>);
}
