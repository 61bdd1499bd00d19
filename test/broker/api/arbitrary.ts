import fc from 'fast-check';
import type { AnyDesc } from '../../../engine/broker/api/schema.js';

/** Values of any message, generated from its descriptor (so every field of every message is exercised). */
export function arbitraryOf(desc: AnyDesc): fc.Arbitrary<unknown> {
  const string = fc.string({ unit: 'grapheme', maxLength: 8 });
  switch (desc.kind) {
    case 'int32':
      return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    case 'int64':
      return fc.oneof(fc.maxSafeInteger(), fc.constantFrom(-1, -2, 0, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER));
    case 'bool':
      return fc.boolean();
    case 'string':
      return string;
    case 'nullableString':
      return fc.option(string, { nil: null });
    case 'bytes':
      return fc.uint8Array({ maxLength: 24 });
    case 'map':
      return fc.dictionary(string.filter((k) => k !== '__proto__'), string, { maxKeys: 3 });
    case 'list':
      return fc.array(arbitraryOf(desc.of), { maxLength: 3 });
    case 'box':
      return arbitraryOf(desc.of);
    case 'nullable':
      return fc.option(arbitraryOf(desc.of), { nil: null });
    case 'struct':
      return fc.record(Object.fromEntries(Object.entries(desc.fields).map(([name, field]) => [name, arbitraryOf(field)])));
  }
}

/** The value with every Uint8Array (Buffers included) as a plain array, for deep comparison. */
export function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}
