import { CorruptRecordError } from '../errors/index.js';
import { writeU64, decodeU64 } from '../storage/index.js';
import { readInt64, writeInt64 } from './bytes.js';

/*
 * How one partition log lays out its area of the database. Every key starts with a one-byte
 * kind, then fixed-width big-endian numbers, so that each kind is a contiguous, numerically
 * ordered range:
 *
 *   0x00 name                          meta: log start offset, clean-shutdown flag, cleaner checkpoint
 *   0x01 baseOffset                    a record batch, stored whole (the value is the batch's bytes)
 *   0x02 baseOffset                    a segment's metadata
 *   0x03 segmentBase timestamp offset  a time index entry (empty value)
 *   0x04 epoch                         a leader epoch's start offset
 *
 * Batches of every segment share one key range, so a read crosses segment boundaries with
 * one iterator, and deleting the oldest segments is one range delete.
 */

export const KIND_META = 0x00;
export const KIND_BATCH = 0x01;
export const KIND_SEGMENT = 0x02;
export const KIND_TIME = 0x03;
export const KIND_EPOCH = 0x04;

/** Sorts after every key of a kind (its own kind byte followed by nothing is the lowest). */
export function kindEnd(kind: number): Uint8Array {
  return Uint8Array.of(kind + 1);
}

export function kindStart(kind: number): Uint8Array {
  return Uint8Array.of(kind);
}

export function offsetKey(kind: number, offset: number): Uint8Array {
  const key = new Uint8Array(9);
  key[0] = kind;
  writeU64(key, 1, offset);
  return key;
}

export function keyOffset(key: Uint8Array): number {
  return decodeU64(key, 1);
}

export const batchKey = (offset: number): Uint8Array => offsetKey(KIND_BATCH, offset);
export const segmentKey = (offset: number): Uint8Array => offsetKey(KIND_SEGMENT, offset);
export const epochKey = (epoch: number): Uint8Array => offsetKey(KIND_EPOCH, epoch);

export function timeKey(segmentBase: number, timestamp: number, offset: number): Uint8Array {
  const key = new Uint8Array(25);
  key[0] = KIND_TIME;
  writeU64(key, 1, segmentBase);
  writeU64(key, 9, timestamp);
  writeU64(key, 17, offset);
  return key;
}

/** The first key of a segment's time index entries at or after `timestamp`. */
export function timePrefix(segmentBase: number, timestamp = 0): Uint8Array {
  const key = new Uint8Array(17);
  key[0] = KIND_TIME;
  writeU64(key, 1, segmentBase);
  writeU64(key, 9, timestamp);
  return key;
}

export function decodeTimeKey(key: Uint8Array): { segmentBase: number; timestamp: number; offset: number } {
  return { segmentBase: decodeU64(key, 1), timestamp: decodeU64(key, 9), offset: decodeU64(key, 17) };
}

const ascii = new TextEncoder();
export function metaKey(name: string): Uint8Array {
  const bytes = ascii.encode(name);
  const key = new Uint8Array(bytes.length + 1);
  key[0] = KIND_META;
  key.set(bytes, 1);
  return key;
}

export const META_LOG_START = metaKey('logStartOffset');
export const META_CLEAN_SHUTDOWN = metaKey('cleanShutdown');
export const META_CLEANER_CHECKPOINT = metaKey('cleanerCheckpoint');
export const META_FORMAT = metaKey('format');
export const FORMAT_VERSION = 1;

/** A run of consecutive batches; the unit of retention. */
export interface Segment {
  baseOffset: number;
  /** One past the last offset the segment covers (its batches may end earlier after compaction). */
  nextOffset: number;
  /** Bytes of its stored batches. */
  size: number;
  /** The largest batch maxTimestamp in it, -1 when none has a timestamp. */
  maxTimestamp: number;
  /** Clock time of its first append (for segmentMs). */
  createdAt: number;
  /** Clock time of its last append (retention's fallback when batches carry no timestamp). */
  lastAppendAt: number;
}

const SEGMENT_VALUE_BYTES = 40;

export function encodeSegment(s: Segment): Uint8Array {
  const out = new Uint8Array(SEGMENT_VALUE_BYTES);
  writeInt64(out, 0, s.nextOffset);
  writeInt64(out, 8, s.size);
  writeInt64(out, 16, s.maxTimestamp);
  writeInt64(out, 24, s.createdAt);
  writeInt64(out, 32, s.lastAppendAt);
  return out;
}

export function decodeSegment(baseOffset: number, value: Uint8Array): Segment {
  if (value.length !== SEGMENT_VALUE_BYTES) throw new CorruptRecordError(`Segment ${baseOffset}: metadata has ${value.length} bytes`);
  return {
    baseOffset,
    nextOffset: readInt64(value, 0),
    size: readInt64(value, 8),
    maxTimestamp: readInt64(value, 16),
    createdAt: readInt64(value, 24),
    lastAppendAt: readInt64(value, 32),
  };
}

export function encodeNumber(n: number): Uint8Array {
  const out = new Uint8Array(8);
  writeInt64(out, 0, n);
  return out;
}

export function decodeNumber(value: Uint8Array): number {
  if (value.length !== 8) throw new CorruptRecordError('A stored number has the wrong length');
  return readInt64(value, 0);
}
