import { InternalError } from '../errors/index.js';

/*
 * A growable byte writer and a cursor reader for snapshots: unsigned varints (safe
 * integers), zig-zag varints, length-prefixed bytes and UTF-8 strings. A snapshot of a
 * million znodes is one pass of these, with no object per field (protobufjs's Writer keeps
 * one operation object per field until `finish`, too many at that size).
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class BinaryWriter {
  #buffer: Uint8Array;
  #pos = 0;

  constructor(initialBytes = 1 << 16) {
    this.#buffer = new Uint8Array(initialBytes);
  }

  get length(): number {
    return this.#pos;
  }

  #ensure(extra: number): void {
    const needed = this.#pos + extra;
    if (needed <= this.#buffer.length) return;
    let size = this.#buffer.length * 2;
    while (size < needed) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.#buffer.subarray(0, this.#pos));
    this.#buffer = next;
  }

  /** A non-negative safe integer, 7 bits a byte. */
  uint(value: number): this {
    this.#ensure(10);
    const b = this.#buffer;
    let v = value;
    while (v >= 0x80) {
      b[this.#pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    b[this.#pos++] = v;
    return this;
  }

  /** A signed safe integer, zig-zag encoded. */
  int(value: number): this {
    return this.uint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  bytes(value: Uint8Array): this {
    this.uint(value.length);
    this.#ensure(value.length);
    this.#buffer.set(value, this.#pos);
    this.#pos += value.length;
    return this;
  }

  string(value: string): this {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    this.#ensure(10 + value.length * 3);
    const at = this.#pos;
    // Encode after room for the longest possible length, then close the gap if it was shorter.
    const lengthBytes = varintSize(value.length * 3);
    const { written } = encoder.encodeInto(value, this.#buffer.subarray(at + lengthBytes));
    const actualLengthBytes = varintSize(written);
    if (actualLengthBytes !== lengthBytes) this.#buffer.copyWithin(at + actualLengthBytes, at + lengthBytes, at + lengthBytes + written);
    this.uint(written);
    this.#pos = at + actualLengthBytes + written;
    return this;
  }

  /** The bytes written: a view of the buffer when it is mostly full, else a tight copy. */
  finish(): Uint8Array {
    if (this.#pos * 4 >= this.#buffer.length * 3) return this.#buffer.subarray(0, this.#pos);
    return this.#buffer.slice(0, this.#pos);
  }
}

function varintSize(value: number): number {
  let n = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    n++;
  }
  return n;
}

export class BinaryReader {
  readonly bytes: Uint8Array;
  pos = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  uint(): number {
    const b = this.bytes;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (this.pos >= b.length) throw truncated();
      const byte = b[this.pos++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
    throw new InternalError('Snapshot: a varint is too long');
  }

  int(): number {
    const u = this.uint();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }

  /** A view into the snapshot's bytes (no copy). */
  bytesView(): Uint8Array {
    const length = this.uint();
    if (this.pos + length > this.bytes.length) throw truncated();
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  string(): string {
    return decoder.decode(this.bytesView());
  }
}

function truncated(): InternalError {
  return new InternalError('Snapshot: truncated');
}
