import type { INodeProperties } from 'n8n-workflow';
import type { ZodRawShape, ZodTypeAny } from 'zod';

/**
 * A request field declared once: the parameters users fill (one, or a few like a file's input choice) and
 * the zod entries that check what they send. An operation's description lists the parameters and its
 * schema is built from the same shapes, so the UI and the check cannot drift.
 */
export interface Field<Shape extends ZodRawShape = ZodRawShape> {
	properties: INodeProperties[];
	shape: Shape;
}

type Routed = { routing?: INodeProperties['routing'] };

/**
 * A parameter sent under its own name (in the body unless it routes itself, e.g. to the query or with a
 * converted value), checked by `schema`.
 */
export function field<Name extends string, Schema extends ZodTypeAny>(
	property: Omit<INodeProperties, 'name'> & { name: Name } & Routed,
	schema: Schema,
): Field<Record<Name, Schema>> {
	const routed: INodeProperties = property.routing
		? property
		: { ...property, routing: { send: { type: 'body', property: property.name } } };
	return { properties: [routed], shape: { [property.name]: schema } as Record<Name, Schema> };
}

/** Parameters built elsewhere (e.g. a file's input choice) with the zod entries of what they send. */
export function fieldOf<Shape extends ZodRawShape>(properties: INodeProperties[], shape: Shape): Field<Shape> {
	return { properties, shape };
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/** The parameters of `fields`, in order. */
export const propertiesOf = (...fields: Field[]): INodeProperties[] => fields.flatMap((entry) => entry.properties);

/** One zod shape of `fields`, for `z.object(...)`. */
export function shapeOf<Fields extends Field[]>(...fields: Fields): UnionToIntersection<Fields[number]['shape']> {
	return Object.assign({}, ...fields.map((entry) => entry.shape)) as UnionToIntersection<Fields[number]['shape']>;
}
