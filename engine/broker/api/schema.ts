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
  | { kind: 'struct'; fields: Readonly<Record<string, AnyDesc>> };

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
  ({ kind: 'struct', fields: fields as Record<string, AnyDesc> }) as Desc<T>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Checks `value` against `desc` and shapes it for the generated encoder (nullable boxes become absent messages). */
export function toWire(desc: AnyDesc, value: unknown, path: string): unknown {
  const bad = (what: string) => new BadArgumentsError(`${path} must be ${what}, got ${describe(value)}`);
  switch (desc.kind) {
    case 'int32':
      if (!Number.isInteger(value) || (value as number) < -0x80000000 || (value as number) > 0x7fffffff) throw bad('an int32');
      return value;
    case 'int64':
      if (!Number.isSafeInteger(value)) throw bad('a safe integer');
      return value;
    case 'bool':
      if (typeof value !== 'boolean') throw bad('a boolean');
      return value;
    case 'string':
      if (typeof value !== 'string' || value.length > MAX_STRING_LENGTH) throw bad(`a string of at most ${MAX_STRING_LENGTH} characters`);
      return value;
    case 'nullableString':
      if (value === null) return undefined;
      if (typeof value !== 'string' || value.length > MAX_STRING_LENGTH) throw bad(`null or a string of at most ${MAX_STRING_LENGTH} characters`);
      return value;
    case 'bytes':
      if (!(value instanceof Uint8Array)) throw bad('a Uint8Array');
      return value;
    case 'map': {
      if (!isObject(value) || Array.isArray(value)) throw bad('an object of strings');
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string' || k.length > MAX_STRING_LENGTH || v.length > MAX_STRING_LENGTH) throw bad('an object of strings');
      }
      return value;
    }
    case 'list':
      if (!Array.isArray(value)) throw bad('an array');
      return value.map((item, i) => toWire(desc.of, item, `${path}[${i}]`));
    case 'box':
      return { [desc.field]: toWire(desc.of, value, path) };
    case 'nullable':
      return value === null ? undefined : toWire(desc.of, value, path);
    case 'struct': {
      if (!isObject(value)) throw bad('an object');
      const out: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(desc.fields)) out[name] = toWire(field, value[name], `${path}.${name}`);
      return out;
    }
  }
}

/** The plain value of a decoded message (`wire`: what the generated decoder returned, or a field of it). */
export function fromWire(desc: AnyDesc, wire: unknown, path: string): unknown {
  const bad = (what: string) => new MalformedFrameError(`${path} is ${what}`);
  switch (desc.kind) {
    case 'int32':
      return typeof wire === 'number' ? wire : 0;
    case 'int64':
      if (wire === undefined || wire === null) return 0;
      if (!Number.isSafeInteger(wire)) throw bad(`not an int64 within 2^53 (${String(wire)})`);
      return (wire as number) + 0; // no -0
    case 'bool':
      return wire === true;
    case 'string':
      return checkedString(wire ?? '', bad);
    case 'nullableString':
      return wire === undefined || wire === null ? null : checkedString(wire, bad);
    case 'bytes':
      return wire instanceof Uint8Array ? wire : new Uint8Array(0);
    case 'map': {
      const out: Record<string, string> = {};
      if (isObject(wire)) for (const [k, v] of Object.entries(wire)) out[checkedString(k, bad)] = checkedString(v, bad);
      return out;
    }
    case 'list':
      return Array.isArray(wire) ? wire.map((item, i) => fromWire(desc.of, item, `${path}[${i}]`)) : [];
    case 'box':
      return fromWire(desc.of, isObject(wire) ? wire[desc.field] : undefined, path);
    case 'nullable':
      return wire === undefined || wire === null ? null : fromWire(desc.of, wire, path);
    case 'struct': {
      const source = isObject(wire) ? wire : {};
      const out: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(desc.fields)) out[name] = fromWire(field, source[name], `${path}.${name}`);
      return out;
    }
  }
}

function checkedString(value: unknown, bad: (what: string) => Error): string {
  if (typeof value !== 'string') throw bad('not a string');
  if (value.length > MAX_STRING_LENGTH) throw bad(`a string longer than ${MAX_STRING_LENGTH} characters`);
  return value;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (value instanceof Uint8Array) return `${value.constructor.name}(${value.length})`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
}
