import { CorruptRecordError } from '../errors/index.js';

/*
 * Byte helpers for Kafka's encodings: big-endian fixed-width integers, and the zig-zag
 * varints (int32) and varlongs (int64) that records use. 64-bit values are JS numbers: every
 * offset, timestamp and producer id logkeeper handles is a safe integer, and a stored value
 * beyond 2^53 is reported as corrupt rather than silently rounded.
 */

const TWO_32 = 0x100000000;

/**
 * A copy of `bytes` in memory of its own. Not `bytes.slice()`: on a Node Buffer (what sockets
 * and classic-level hand out) slice() is a view of the same memory.
 */
export function copyBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

export function readInt64(bytes: Uint8Array, at: number): number {
  const high = (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
  const low = ((bytes[at + 4]! << 24) | (bytes[at + 5]! << 16) | (bytes[at + 6]! << 8) | bytes[at + 7]!) >>> 0;
  if (high > 0x1fffff || high < -0x200000) throw new CorruptRecordError('A 64-bit field exceeds the safe integer range');
  return high * TWO_32 + low;
}

export function writeInt64(bytes: Uint8Array, at: number, value: number): void {
  const high = Math.floor(value / TWO_32);
  const low = value - high * TWO_32;
  writeInt32(bytes, at, high | 0);
  writeInt32(bytes, at + 4, low >>> 0);
}

export function readInt32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
}

export function readUint32(bytes: Uint8Array, at: number): number {
  return readInt32(bytes, at) >>> 0;
}

export function writeInt32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

export function readInt16(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16)) >> 16;
}

export function writeInt16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = (value >>> 8) & 0xff;
  bytes[at + 1] = value & 0xff;
}

/** Zig-zag maps signed to unsigned so that small magnitudes stay short: 0,-1,1,-2 -> 0,1,2,3. */
function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

/** Bytes a zig-zag varint/varlong of `value` takes. */
export function sizeOfVarint(value: number): number {
  let u = zigzag(value);
  let n = 1;
  while (u >= 0x80) {
    u = Math.floor(u / 128);
    n++;
  }
  return n;
}

/** Writes a zig-zag varint (or varlong: same encoding, up to 10 bytes); returns the next position. */
export function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  let u = zigzag(value);
  if (u < 0x80000000) {
    while (u >= 0x80) {
      bytes[at++] = (u & 0x7f) | 0x80;
      u >>>= 7;
    }
  } else {
    while (u >= 0x80) {
      bytes[at++] = (u % 128) | 0x80;
      u = Math.floor(u / 128);
    }
  }
  bytes[at++] = u;
  return at;
}

/** A cursor over bytes that reads Kafka's record fields; every overrun is a CorruptRecordError. */
export class ByteReader {
  pos: number;
  /** One past the last byte it may read (a reader may be moved on to another range: `pos` and `end`). */
  end: number;
  constructor(
    readonly bytes: Uint8Array,
    start: number,
    end: number,
  ) {
    this.pos = start;
    this.end = end;
  }

  /** A zig-zag varint of at most `maxBytes` bytes (5 for int32, 10 for int64). */
  varint(maxBytes = 5): number {
    const bytes = this.bytes;
    let u = 0;
    let scale = 1;
    for (let i = 0; i < maxBytes; i++) {
      if (this.pos >= this.end) throw new CorruptRecordError('A varint runs past the end of the record data');
      const b = bytes[this.pos++]!;
      u += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (u > Number.MAX_SAFE_INTEGER) throw new CorruptRecordError('A varint exceeds the safe integer range');
        return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
      }
      scale *= 128;
    }
    throw new CorruptRecordError(`A varint is longer than ${maxBytes} bytes`);
  }

  varlong(): number {
    return this.varint(10);
  }

  int8(): number {
    if (this.pos >= this.end) throw new CorruptRecordError('A record runs past the end of the record data');
    return (this.bytes[this.pos++]! << 24) >> 24;
  }

  /** Moves past `length` bytes, with take()'s check. */
  skip(length: number): void {
    if (length < 0 || this.pos + length > this.end) {
      throw new CorruptRecordError('A length-prefixed field runs past the end of the record data');
    }
    this.pos += length;
  }

  /** `length` bytes as a view (no copy). */
  take(length: number): Uint8Array {
    if (length < 0 || this.pos + length > this.end) {
      throw new CorruptRecordError('A length-prefixed field runs past the end of the record data');
    }
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
}
