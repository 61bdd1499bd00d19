import { BadArgumentsError, MalformedFrameError } from '../../errors/index.js';

/*
 * How this works. Each message of broker.proto has a descriptor here that says, field by field,
 * what the TypeScript value holds and how it sits on the wire. One walker then does both
 * directions for every message: `toWire` checks a value the caller built (BAD_ARGUMENTS if a
 * field has the wrong type) and shapes it for the generated encoder; `fromWire` turns what the
 * generated decoder made of some bytes into the plain value, filling proto3's defaults and
 * refusing what no Kafka field could hold (MALFORMED_FRAME): a fractional or unsafe int64, a
 * string longer than Kafka's STRING (MAX_STRING_LENGTH). Values in range but wrong for the API
 * (a negative count, acks 2) pass: the server refuses those with Kafka's error codes. Sizes
 * are bounded by the frame: the generated decoder checks every length against the bytes there.
 *
 * Descriptors carry their TypeScript type (`Desc<T>`, invariant), and `struct<T>` takes one
 * descriptor per key of T, so a field missing on either side does not compile. Tests walk the
 * same descriptors to generate values of every message.
 */

/**
 * The longest string, in UTF-16 units: Kafka's STRING holds 32767 bytes. Counting units (not
 * UTF-8 bytes) saves an encode and bounds memory just as well.
 */
export const MAX_STRING_LENGTH = 0x7fff;

type Kind =
  | { kind: 'int32' }
  | { kind: 'int64' }
  | { kind: 'bool' }
  | { kind: 'string' }
  | { kind: 'nullableString' }
  | { kind: 'bytes' }
  | { kind: 'map' }
  | { kind: 'list'; of: AnyDesc }
  | { kind: 'box'; field: string; of: AnyDesc }
  | { kind: 'nullable'; of: AnyDesc }
  | { kind: 'struct'; fields: Readonly<Record<string, AnyDesc>>; names: readonly string[] };

/** The descriptor of a value of type T. */
export type Desc<T> = Kind & { readonly __type?: (value: T) => T };

/** The walker's view: the descriptor of any value. */
export type AnyDesc = Kind & { readonly __type?: unknown };

/** An int32 or int16 of Kafka's (sint32 on the wire). */
export const int32: Desc<number> = { kind: 'int32' };
/** An int32 field typed as a union of numbers (acks, isolation level); the value is not checked against it. */
export const int32As = <T extends number>(): Desc<T> => int32 as Desc<T>;
/** An int64 of Kafka's (a double on the wire): a safe integer. */
export const int64: Desc<number> = { kind: 'int64' };
export const bool: Desc<boolean> = { kind: 'bool' };
export const string: Desc<string> = { kind: 'string' };
/** A nullable string (`optional string`). */
export const nullableString: Desc<string | null> = { kind: 'nullableString' };
export const bytes: Desc<Uint8Array> = { kind: 'bytes' };
/** A string-to-string map. */
export const map: Desc<Record<string, string>> = { kind: 'map' };
export const list = <T>(of: Desc<T>): Desc<T[]> => ({ kind: 'list', of }) as Desc<T[]>;
/** A value held in a message of one field (a list that must be nullable, or one inside another list). */
export const box = <T>(field: string, of: Desc<T>): Desc<T> => ({ kind: 'box', field, of }) as Desc<T>;
/** A message field that may be absent: null. */
export const nullable = <T>(of: Desc<T>): Desc<T | null> => ({ kind: 'nullable', of }) as Desc<T | null>;
export const struct = <T>(fields: { [K in keyof T]-?: Desc<T[K]> }): Desc<T> =>
  ({ kind: 'struct', fields: fields as Record<string, AnyDesc>, names: Object.keys(fields) }) as Desc<T>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Where the walk is, for error messages only: the field names and list indexes from the
 * message down, pushed and popped as the walk goes. Every message of a request or an answer
 * is walked (the records of a fetch answer included), so no path string is built unless an
 * error needs one. The walks are synchronous: one trail serves them all.
 */
const trail: Array<string | number> = [];
let root = '';

function here(): string {
  let path = root;
  for (const step of trail) path += typeof step === 'number' ? `[${step}]` : `.${step}`;
  return path;
}

function badArgument(what: string, value: unknown): BadArgumentsError {
  return new BadArgumentsError(`${here()} must be ${what}, got ${describe(value)}`);
}

function malformed(what: string): MalformedFrameError {
  return new MalformedFrameError(`${here()} is ${what}`);
}

/** Checks `value` against `desc` and shapes it for the generated encoder (nullable boxes become absent messages). */
export function toWire(desc: AnyDesc, value: unknown, path: string): unknown {
  root = path;
  trail.length = 0;
  return shapeForWire(desc, value);
}

function shapeForWire(desc: AnyDesc, value: unknown): unknown {
  switch (desc.kind) {
    case 'int32':
      if (!Number.isInteger(value) || (value as number) < -0x80000000 || (value as number) > 0x7fffffff) throw badArgument('an int32', value);
      return value;
    case 'int64':
      if (!Number.isSafeInteger(value)) throw badArgument('a safe integer', value);
      return value;
    case 'bool':
      if (typeof value !== 'boolean') throw badArgument('a boolean', value);
      return value;
    case 'string':
      if (typeof value !== 'string' || value.length > MAX_STRING_LENGTH) throw badArgument(`a string of at most ${MAX_STRING_LENGTH} characters`, value);
      return value;
    case 'nullableString':
      if (value === null) return undefined;
      if (typeof value !== 'string' || value.length > MAX_STRING_LENGTH) throw badArgument(`null or a string of at most ${MAX_STRING_LENGTH} characters`, value);
      return value;
    case 'bytes':
      if (!(value instanceof Uint8Array)) throw badArgument('a Uint8Array', value);
      return value;
    case 'map': {
      if (!isObject(value) || Array.isArray(value)) throw badArgument('an object of strings', value);
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string' || k.length > MAX_STRING_LENGTH || v.length > MAX_STRING_LENGTH) throw badArgument('an object of strings', value);
      }
      return value;
    }
    case 'list': {
      if (!Array.isArray(value)) throw badArgument('an array', value);
      const out = new Array<unknown>(value.length);
      const at = trail.push(0) - 1;
      for (let i = 0; i < value.length; i++) {
        trail[at] = i;
        out[i] = shapeForWire(desc.of, value[i]);
      }
      trail.pop();
      return out;
    }
    case 'box':
      return { [desc.field]: shapeForWire(desc.of, value) };
    case 'nullable':
      return value === null ? undefined : shapeForWire(desc.of, value);
    case 'struct': {
      if (!isObject(value)) throw badArgument('an object', value);
      const out: Record<string, unknown> = {};
      for (const name of desc.names) {
        trail.push(name);
        out[name] = shapeForWire(desc.fields[name]!, value[name]);
        trail.pop();
      }
      return out;
    }
  }
}

/** The plain value of a decoded message (`wire`: what the generated decoder returned, or a field of it). */
export function fromWire(desc: AnyDesc, wire: unknown, path: string): unknown {
  root = path;
  trail.length = 0;
  return plainFromWire(desc, wire);
}

function plainFromWire(desc: AnyDesc, wire: unknown): unknown {
  switch (desc.kind) {
    case 'int32':
      return typeof wire === 'number' ? wire : 0;
    case 'int64':
      if (wire === undefined || wire === null) return 0;
      if (!Number.isSafeInteger(wire)) throw malformed(`not an int64 within 2^53 (${String(wire)})`);
      return (wire as number) + 0; // no -0
    case 'bool':
      return wire === true;
    case 'string':
      return checkedString(wire ?? '');
    case 'nullableString':
      return wire === undefined || wire === null ? null : checkedString(wire);
    case 'bytes':
      return wire instanceof Uint8Array ? wire : new Uint8Array(0);
    case 'map': {
      const out: Record<string, string> = {};
      if (isObject(wire)) for (const [k, v] of Object.entries(wire)) out[checkedString(k)] = checkedString(v);
      return out;
    }
    case 'list': {
      if (!Array.isArray(wire)) return [];
      const out = new Array<unknown>(wire.length);
      const at = trail.push(0) - 1;
      for (let i = 0; i < wire.length; i++) {
        trail[at] = i;
        out[i] = plainFromWire(desc.of, wire[i]);
      }
      trail.pop();
      return out;
    }
    case 'box':
      return plainFromWire(desc.of, isObject(wire) ? wire[desc.field] : undefined);
    case 'nullable':
      return wire === undefined || wire === null ? null : plainFromWire(desc.of, wire);
    case 'struct': {
      const source = isObject(wire) ? wire : {};
      const out: Record<string, unknown> = {};
      for (const name of desc.names) {
        trail.push(name);
        out[name] = plainFromWire(desc.fields[name]!, source[name]);
        trail.pop();
      }
      return out;
    }
  }
}

function checkedString(value: unknown): string {
  if (typeof value !== 'string') throw malformed('not a string');
  if (value.length > MAX_STRING_LENGTH) throw malformed(`a string longer than ${MAX_STRING_LENGTH} characters`);
  return value;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (value instanceof Uint8Array) return `${value.constructor.name}(${value.length})`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
}
