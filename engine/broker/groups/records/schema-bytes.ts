import { CorruptRecordError } from '../../../errors/index.js';
import { readInt16, readInt32, readInt64, writeInt16, writeInt32, writeInt64 } from '../../../log/bytes.js';

/*
 * Kafka's non-flexible schema types, as its record keys and values in `__consumer_offsets`
 * use them: big-endian int8/16/32/64, STRING (int16 length, UTF-8), NULLABLE_STRING (length
 * -1 for null), BYTES (int32 length), ARRAY (int32 count, then the items). A reader refuses
 * bytes that end early or lengths that do not fit (CORRUPT_RECORD).
 */

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

export class SchemaWriter {
  #parts: Uint8Array[] = [];
  #size = 0;

  #fixed(size: number, write: (bytes: Uint8Array) => void): this {
    const bytes = new Uint8Array(size);
    write(bytes);
    this.#parts.push(bytes);
    this.#size += size;
    return this;
  }

  int8(v: number): this {
    return this.#fixed(1, (b) => (b[0] = v & 0xff));
  }

  int16(v: number): this {
    return this.#fixed(2, (b) => writeInt16(b, 0, v));
  }

  int32(v: number): this {
    return this.#fixed(4, (b) => writeInt32(b, 0, v));
  }

  int64(v: number): this {
    return this.#fixed(8, (b) => writeInt64(b, 0, v));
  }

  string(v: string): this {
    const bytes = utf8.encode(v);
    if (bytes.length > 0x7fff) throw new CorruptRecordError(`A string of ${bytes.length} bytes is too long for Kafka's STRING`);
    this.int16(bytes.length);
    this.#parts.push(bytes);
    this.#size += bytes.length;
    return this;
  }

  nullableString(v: string | null): this {
    return v === null ? this.int16(-1) : this.string(v);
  }

  bytes(v: Uint8Array): this {
    this.int32(v.length);
    this.#parts.push(v);
    this.#size += v.length;
    return this;
  }

  array<T>(items: readonly T[], write: (w: this, item: T) => void): this {
    this.int32(items.length);
    for (const item of items) write(this, item);
    return this;
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.#size);
    let at = 0;
    for (const part of this.#parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

export class SchemaReader {
  #bytes: Uint8Array;
  #at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  #need(n: number): number {
    if (n < 0 || this.#at + n > this.#bytes.length) throw new CorruptRecordError('A group coordinator record ends early');
    const at = this.#at;
    this.#at += n;
    return at;
  }

  int8(): number {
    return (this.#bytes[this.#need(1)]! << 24) >> 24;
  }

  int16(): number {
    return readInt16(this.#bytes, this.#need(2));
  }

  int32(): number {
    return readInt32(this.#bytes, this.#need(4));
  }

  int64(): number {
    return readInt64(this.#bytes, this.#need(8));
  }

  string(): string {
    const length = this.int16();
    if (length < 0) throw new CorruptRecordError('A STRING has a negative length');
    return this.#text(length);
  }

  nullableString(): string | null {
    const length = this.int16();
    return length === -1 ? null : this.#text(length);
  }

  bytes(): Uint8Array {
    const length = this.int32();
    const at = this.#need(length);
    return this.#bytes.slice(at, at + length);
  }

  array<T>(read: (r: this) => T): T[] {
    const count = this.int32();
    // Every item takes at least a byte: a count larger than what is left is corrupt, not a huge allocation.
    if (count < 0 || count > this.#bytes.length - this.#at) throw new CorruptRecordError(`An ARRAY of ${count} items does not fit its record`);
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(read(this));
    return out;
  }

  #text(length: number): string {
    const at = this.#need(length);
    try {
      return fromUtf8.decode(this.#bytes.subarray(at, at + length));
    } catch (error) {
      throw new CorruptRecordError('A STRING is not UTF-8', { cause: error });
    }
  }
}
