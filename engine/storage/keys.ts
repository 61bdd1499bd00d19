import { BadArgumentsError } from '../errors/index.js';

/*
 * Keys that hold offsets, indexes or terms are fixed-width big-endian, so that the
 * lexicographic byte order every abstract-level database sorts by is numeric order.
 */

export const U64_BYTES = 8;

/** 8 bytes, big-endian, of a non-negative safe integer. */
export function encodeU64(value: number): Uint8Array {
  const out = new Uint8Array(U64_BYTES);
  writeU64(out, 0, value);
  return out;
}

export function writeU64(target: Uint8Array, at: number, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new BadArgumentsError(`${value} is not a non-negative safe integer`);
  const high = Math.floor(value / 0x100000000);
  const low = value >>> 0;
  target[at] = high >>> 24;
  target[at + 1] = (high >>> 16) & 0xff;
  target[at + 2] = (high >>> 8) & 0xff;
  target[at + 3] = high & 0xff;
  target[at + 4] = low >>> 24;
  target[at + 5] = (low >>> 16) & 0xff;
  target[at + 6] = (low >>> 8) & 0xff;
  target[at + 7] = low & 0xff;
}

/** Reads what encodeU64 wrote; refuses values beyond 2^53 - 1 rather than rounding them. */
export function decodeU64(bytes: Uint8Array, at = 0): number {
  if (bytes.byteLength < at + U64_BYTES) throw new BadArgumentsError('Too few bytes for a 64-bit integer');
  const high = ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
  const low = ((bytes[at + 4]! << 24) | (bytes[at + 5]! << 16) | (bytes[at + 6]! << 8) | bytes[at + 7]!) >>> 0;
  if (high > 0x1fffff) throw new BadArgumentsError('The stored integer exceeds 2^53 - 1');
  return high * 0x100000000 + low;
}

/** Joins key parts (e.g. a fixed-width prefix and an offset) into one key. */
export function concatKey(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.byteLength;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
