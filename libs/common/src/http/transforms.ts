/** `class-transformer` `@Transform` functions shared by request DTOs. */
type TransformInput = { value: unknown };

/** Surrounding spaces are never part of a name, address or comment. */
export const trimString = ({ value }: TransformInput): unknown => (typeof value === 'string' ? value.trim() : value);

/** Query strings carry booleans as text; anything but `true`/`false` is left for validation to refuse. */
export const queryBoolean = ({ value }: TransformInput): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** `?stage=a,b` as a list; validation checks each element. */
export const commaList = ({ value }: TransformInput): unknown => (typeof value === 'string' ? value.split(',') : value);
