import { BadArgumentsError } from '../errors/index.js';
import { sizeOfVarint, writeInt16, writeInt32, writeInt64, writeVarint } from './bytes.js';
import { codecFor, compressionId, type CompressionName } from './compression.js';
import {
  ATTRIBUTES,
  BASE_OFFSET,
  BASE_SEQUENCE,
  BASE_TIMESTAMP,
  BATCH_LENGTH,
  BATCH_OVERHEAD,
  COMPRESSION_MASK,
  CONTROL_BIT,
  CRC,
  LAST_OFFSET_DELTA,
  LOG_OVERHEAD,
  MAGIC,
  MAGIC_AT,
  MAX_TIMESTAMP,
  NO_PARTITION_LEADER_EPOCH,
  PARTITION_LEADER_EPOCH,
  PRODUCER_EPOCH,
  PRODUCER_ID,
  RECORD_COUNT,
  RECORDS,
  TIMESTAMP_TYPE_BIT,
  TRANSACTIONAL_BIT,
  computeCrc,
  type RawRecord,
  type TimestampType,
} from './record-batch.js';

/*
 * The producer side: records in, one RecordBatch v2 out, built once into a single buffer
 * (records are sized first, then written in place; with a codec the records section is
 * written to a scratch buffer and compressed as a whole). The log cleaner and truncation
 * reuse `buildBatch` with records they decoded, keeping offset deltas and headers verbatim.
 */

export type BytesInput = Uint8Array | string | null | undefined;

export interface HeaderInput {
  key: string;
  value?: BytesInput;
}

export interface RecordInput {
  key?: BytesInput;
  /** null (or undefined) makes a tombstone in a compacted log. */
  value?: BytesInput;
  headers?: HeaderInput[] | { readonly [key: string]: Uint8Array | string };
  /** Milliseconds since the epoch; defaults to the batch option `timestamp`. */
  timestamp?: number;
}

export interface EncodeOptions {
  /** Timestamp for records that carry none (the producer's clock.now()). */
  timestamp?: number;
  compression?: CompressionName;
  /** Usually left 0: the log assigns the real base offset on append. */
  baseOffset?: number;
  partitionLeaderEpoch?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  transactional?: boolean;
  control?: boolean;
  timestampType?: TimestampType;
}

/** The header fields of a batch being built; lastOffsetDelta defaults to the last record's delta. */
export interface BatchFields {
  baseOffset: number;
  partitionLeaderEpoch: number;
  /** All attribute bits, compression included. */
  attributes: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  lastOffsetDelta?: number;
}

export type RecordToWrite = Omit<RawRecord, 'timestamp'> & { timestampDelta: number };

const utf8 = new TextEncoder();
const EMPTY_HEADERS = new Uint8Array([0]);

function toBytes(input: BytesInput, what: string): Uint8Array | null {
  if (input === null || input === undefined) return null;
  if (input instanceof Uint8Array) return input;
  if (typeof input === 'string') return utf8.encode(input);
  throw new BadArgumentsError(`${what} must be a Uint8Array, a string or null`);
}

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/** Encodes headers as a record stores them: count varint, then each key and value. */
export function encodeHeaders(headers: RecordInput['headers']): Uint8Array {
  if (headers === undefined) return EMPTY_HEADERS;
  const list: Array<[Uint8Array, Uint8Array | null]> = [];
  const entries = Array.isArray(headers)
    ? headers.map((h) => [h?.key, h?.value] as const)
    : typeof headers === 'object' && headers !== null
      ? Object.entries(headers)
      : undefined;
  if (!entries) throw new BadArgumentsError('headers must be an array of { key, value } or an object');
  for (const [key, value] of entries) {
    if (typeof key !== 'string') throw new BadArgumentsError('A header key must be a string');
    list.push([utf8.encode(key), toBytes(value, `Header '${key}'`)]);
  }
  if (list.length === 0) return EMPTY_HEADERS;
  let size = sizeOfVarint(list.length);
  for (const [k, v] of list) size += sizeOfVarint(k.length) + k.length + sizeOfVarint(v ? v.length : -1) + (v ? v.length : 0);
  const out = new Uint8Array(size);
  let at = writeVarint(out, 0, list.length);
  for (const [k, v] of list) {
    at = writeVarint(out, at, k.length);
    out.set(k, at);
    at += k.length;
    at = writeVarint(out, at, v ? v.length : -1);
    if (v) {
      out.set(v, at);
      at += v.length;
    }
  }
  return out;
}

/** Encodes records into one RecordBatch v2, ready for PartitionLog.append. */
export function encodeRecordBatch(records: readonly RecordInput[], options: EncodeOptions = {}): Uint8Array {
  if (!Array.isArray(records) || records.length === 0) throw new BadArgumentsError('A batch needs at least one record');
  const o = options ?? {};
  const compression = compressionId(o.compression ?? 'none');
  if (compression !== 0) codecFor(compression); // fail before doing any work
  const epoch = o.partitionLeaderEpoch ?? NO_PARTITION_LEADER_EPOCH;
  const producerId = o.producerId ?? -1;
  const producerEpoch = o.producerEpoch ?? -1;
  const baseSequence = o.baseSequence ?? -1;
  const baseOffset = o.baseOffset ?? 0;
  if (!isInt(baseOffset, 0, Number.MAX_SAFE_INTEGER)) throw new BadArgumentsError('baseOffset must be a non-negative integer');
  if (!isInt(epoch, -1, 0x7fffffff)) throw new BadArgumentsError('partitionLeaderEpoch must be an int32 >= -1');
  if (!isInt(producerId, -1, Number.MAX_SAFE_INTEGER)) throw new BadArgumentsError('producerId must be an integer >= -1');
  if (!isInt(producerEpoch, -1, 0x7fff)) throw new BadArgumentsError('producerEpoch must be an int16 >= -1');
  if (!isInt(baseSequence, -1, 0x7fffffff)) throw new BadArgumentsError('baseSequence must be an int32 >= -1');
  if (o.timestamp !== undefined && !isInt(o.timestamp, -1, Number.MAX_SAFE_INTEGER)) {
    throw new BadArgumentsError('timestamp must be an integer number of milliseconds');
  }

  const rows: RecordToWrite[] = new Array(records.length);
  let baseTimestamp = 0;
  let maxTimestamp = -1;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (typeof r !== 'object' || r === null) throw new BadArgumentsError(`Record ${i} must be an object`);
    const timestamp = r.timestamp ?? o.timestamp;
    if (timestamp === undefined) {
      throw new BadArgumentsError(`Record ${i} has no timestamp; pass one per record or options.timestamp (e.g. clock.now())`);
    }
    if (!isInt(timestamp, -1, Number.MAX_SAFE_INTEGER)) throw new BadArgumentsError(`Record ${i} has an invalid timestamp`);
    if (i === 0) baseTimestamp = timestamp;
    if (timestamp > maxTimestamp) maxTimestamp = timestamp;
    rows[i] = {
      offsetDelta: i,
      timestampDelta: timestamp - baseTimestamp,
      attributes: 0,
      key: toBytes(r.key, `Record ${i}'s key`),
      value: toBytes(r.value, `Record ${i}'s value`),
      headerSection: encodeHeaders(r.headers),
    };
  }
  let attributes = compression;
  if (o.timestampType === 'LogAppendTime') attributes |= TIMESTAMP_TYPE_BIT;
  if (o.transactional) attributes |= TRANSACTIONAL_BIT;
  if (o.control) attributes |= CONTROL_BIT;
  return buildBatch(
    { baseOffset, partitionLeaderEpoch: epoch, attributes, baseTimestamp, maxTimestamp, producerId, producerEpoch, baseSequence },
    rows,
  );
}

function recordBodySize(r: RecordToWrite): number {
  return (
    1 +
    sizeOfVarint(r.timestampDelta) +
    sizeOfVarint(r.offsetDelta) +
    (r.key ? sizeOfVarint(r.key.length) + r.key.length : 1) +
    (r.value ? sizeOfVarint(r.value.length) + r.value.length : 1) +
    r.headerSection.length
  );
}

function writeRecords(out: Uint8Array, at: number, rows: readonly RecordToWrite[], sizes: Int32Array): number {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    at = writeVarint(out, at, sizes[i]!);
    out[at++] = r.attributes & 0xff;
    at = writeVarint(out, at, r.timestampDelta);
    at = writeVarint(out, at, r.offsetDelta);
    if (r.key) {
      at = writeVarint(out, at, r.key.length);
      out.set(r.key, at);
      at += r.key.length;
    } else out[at++] = 1; // zig-zag(-1)
    if (r.value) {
      at = writeVarint(out, at, r.value.length);
      out.set(r.value, at);
      at += r.value.length;
    } else out[at++] = 1;
    out.set(r.headerSection, at);
    at += r.headerSection.length;
  }
  return at;
}

/**
 * Writes a batch from header fields and records (offset and timestamp deltas already
 * relative to the batch), compressing with the codec named in `attributes`, and sets the CRC.
 * Zero records is allowed here (the cleaner and tests need it); the log refuses such batches.
 */
export function buildBatch(fields: BatchFields, rows: readonly RecordToWrite[]): Uint8Array {
  const sizes = new Int32Array(rows.length);
  let recordsSize = 0;
  for (let i = 0; i < rows.length; i++) {
    const body = recordBodySize(rows[i]!);
    sizes[i] = body;
    recordsSize += sizeOfVarint(body) + body;
  }
  const compression = fields.attributes & COMPRESSION_MASK;
  let out: Uint8Array;
  if (compression === 0) {
    out = new Uint8Array(BATCH_OVERHEAD + recordsSize);
    writeRecords(out, RECORDS, rows, sizes);
  } else {
    const raw = new Uint8Array(recordsSize);
    writeRecords(raw, 0, rows, sizes);
    const compressed = codecFor(compression).compress(raw);
    out = new Uint8Array(BATCH_OVERHEAD + compressed.length);
    out.set(compressed, RECORDS);
  }
  const lastOffsetDelta = fields.lastOffsetDelta ?? (rows.length > 0 ? rows[rows.length - 1]!.offsetDelta : 0);
  writeInt64(out, BASE_OFFSET, fields.baseOffset);
  writeInt32(out, BATCH_LENGTH, out.length - LOG_OVERHEAD);
  writeInt32(out, PARTITION_LEADER_EPOCH, fields.partitionLeaderEpoch);
  out[MAGIC_AT] = MAGIC;
  writeInt16(out, ATTRIBUTES, fields.attributes);
  writeInt32(out, LAST_OFFSET_DELTA, lastOffsetDelta);
  writeInt64(out, BASE_TIMESTAMP, fields.baseTimestamp);
  writeInt64(out, MAX_TIMESTAMP, fields.maxTimestamp);
  writeInt64(out, PRODUCER_ID, fields.producerId);
  writeInt16(out, PRODUCER_EPOCH, fields.producerEpoch);
  writeInt32(out, BASE_SEQUENCE, fields.baseSequence);
  writeInt32(out, RECORD_COUNT, rows.length);
  writeInt32(out, CRC, computeCrc(out));
  return out;
}
