import { CorruptRecordError, InvalidRecordError, RecordTooLargeError } from '../errors/index.js';
import { ByteReader, readInt16, readInt32, readInt64, readUint32, writeInt32, writeInt64 } from './bytes.js';
import { codecFor, isCompressionSupported, compressionName, MAX_DECOMPRESSED_BYTES, type CompressionName } from './compression.js';
import { crc32c } from './crc32c.js';

/*
 * Kafka's RecordBatch v2 (magic 2), read in place. The layout, all big-endian:
 *
 *   offset  size  field
 *        0     8  baseOffset             \ set by the log on append,
 *        8     4  batchLength            | outside the CRC
 *       12     4  partitionLeaderEpoch   /
 *       16     1  magic (2)
 *       17     4  crc (CRC32C of bytes 21..end)
 *       21     2  attributes  bits 0-2 compression, 3 timestamp type (1 = LogAppendTime),
 *                             4 transactional, 5 control, 6 delete horizon set
 *       23     4  lastOffsetDelta
 *       27     8  baseTimestamp (the delete horizon when bit 6 is set)
 *       35     8  maxTimestamp
 *       43     8  producerId
 *       51     2  producerEpoch
 *       53     4  baseSequence
 *       57     4  recordCount
 *       61        records (compressed as a whole when the codec is not none)
 *
 * Each record: length varint, attributes int8, timestampDelta varlong, offsetDelta varint,
 * keyLength varint (-1 = null), key, valueLength varint (-1 = null), value, headerCount
 * varint, then per header keyLength varint, key (UTF-8), valueLength varint, value.
 *
 * A RecordBatch wraps the bytes without copying; header fields are read on demand and
 * records are decoded (and decompressed) only when someone iterates them.
 */

export const MAGIC = 2;
export const BATCH_OVERHEAD = 61;
/** Bytes before the batchLength field's scope begins (baseOffset + batchLength). */
export const LOG_OVERHEAD = 12;

export const BASE_OFFSET = 0;
export const BATCH_LENGTH = 8;
export const PARTITION_LEADER_EPOCH = 12;
export const MAGIC_AT = 16;
export const CRC = 17;
export const ATTRIBUTES = 21;
export const LAST_OFFSET_DELTA = 23;
export const BASE_TIMESTAMP = 27;
export const MAX_TIMESTAMP = 35;
export const PRODUCER_ID = 43;
export const PRODUCER_EPOCH = 51;
export const BASE_SEQUENCE = 53;
export const RECORD_COUNT = 57;
export const RECORDS = 61;

export const COMPRESSION_MASK = 0x07;
export const TIMESTAMP_TYPE_BIT = 0x08;
export const TRANSACTIONAL_BIT = 0x10;
export const CONTROL_BIT = 0x20;
export const DELETE_HORIZON_BIT = 0x40;

export const NO_TIMESTAMP = -1;
export const NO_PARTITION_LEADER_EPOCH = -1;

export type TimestampType = 'CreateTime' | 'LogAppendTime';

export interface Header {
  key: string;
  value: Uint8Array | null;
}

/** One decoded record. `key`, `value` and header values are views into the batch's bytes. */
export interface LogRecord {
  offset: number;
  timestamp: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: Header[];
}

/** A record as stored, for rewriting a batch without re-encoding its headers. */
export interface RawRecord {
  offsetDelta: number;
  timestamp: number;
  attributes: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  /** The header count varint and the headers, verbatim. */
  headerSection: Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** The records section of compressed batches, decompressed once. */
const decompressed = new WeakMap<RecordBatch, Uint8Array>();

/** Set by RecordBatch.stored for the one constructor call it makes. */
let trusting = false;

export class RecordBatch {
  /** The whole batch, exactly as stored and as it would go on Kafka's wire. */
  readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    if (trusting) trusting = false;
    else checkLayout(bytes);
    this.bytes = bytes;
  }

  /**
   * Wraps a batch the log stored itself: its layout and CRC were checked on the way in (on
   * append, or when open() scanned a tail it did not trust), so a read does no per-batch work.
   */
  static stored(bytes: Uint8Array): RecordBatch {
    trusting = true;
    return new RecordBatch(bytes);
  }

  get sizeInBytes(): number {
    return this.bytes.length;
  }
  get baseOffset(): number {
    return readInt64(this.bytes, BASE_OFFSET);
  }
  get batchLength(): number {
    return readInt32(this.bytes, BATCH_LENGTH);
  }
  get partitionLeaderEpoch(): number {
    return readInt32(this.bytes, PARTITION_LEADER_EPOCH);
  }
  get magic(): number {
    return this.bytes[MAGIC_AT]!;
  }
  get crc(): number {
    return readUint32(this.bytes, CRC);
  }
  get attributes(): number {
    return readInt16(this.bytes, ATTRIBUTES);
  }
  get compressionId(): number {
    return this.attributes & COMPRESSION_MASK;
  }
  get compression(): CompressionName | undefined {
    return compressionName(this.compressionId);
  }
  get timestampType(): TimestampType {
    return this.attributes & TIMESTAMP_TYPE_BIT ? 'LogAppendTime' : 'CreateTime';
  }
  get isTransactional(): boolean {
    return (this.attributes & TRANSACTIONAL_BIT) !== 0;
  }
  get isControl(): boolean {
    return (this.attributes & CONTROL_BIT) !== 0;
  }
  /** When the log cleaner may drop this batch's tombstones (KIP-534), if it has set one. */
  get deleteHorizonMs(): number | undefined {
    return this.attributes & DELETE_HORIZON_BIT ? this.baseTimestamp : undefined;
  }
  get lastOffsetDelta(): number {
    return readInt32(this.bytes, LAST_OFFSET_DELTA);
  }
  get lastOffset(): number {
    return this.baseOffset + this.lastOffsetDelta;
  }
  get nextOffset(): number {
    return this.lastOffset + 1;
  }
  get baseTimestamp(): number {
    return readInt64(this.bytes, BASE_TIMESTAMP);
  }
  get maxTimestamp(): number {
    return readInt64(this.bytes, MAX_TIMESTAMP);
  }
  get producerId(): number {
    return readInt64(this.bytes, PRODUCER_ID);
  }
  get producerEpoch(): number {
    return readInt16(this.bytes, PRODUCER_EPOCH);
  }
  get baseSequence(): number {
    return readInt32(this.bytes, BASE_SEQUENCE);
  }
  get recordCount(): number {
    return readInt32(this.bytes, RECORD_COUNT);
  }

  /** Whether the stored CRC matches the bytes from the attributes on. */
  isValid(): boolean {
    return computeCrc(this.bytes) === this.crc;
  }

  /** Throws CorruptRecordError unless the CRC matches. */
  ensureValid(): void {
    checkCrc(this.bytes);
  }

  /** The records section, decompressed on first use. */
  recordBytes(): Uint8Array {
    const body = this.bytes.subarray(RECORDS);
    const id = this.compressionId;
    if (id === 0) return body;
    let records = decompressed.get(this);
    if (!records) {
      try {
        records = codecFor(id).decompress(body, MAX_DECOMPRESSED_BYTES);
        decompressed.set(this, records);
      } catch (err) {
        if (err instanceof Error && 'code' in err && err.code === 'UNSUPPORTED_COMPRESSION') throw err;
        throw new CorruptRecordError(`Batch at offset ${this.baseOffset}: its ${this.compression} data does not decompress`, { cause: err });
      }
    }
    return records;
  }

  /** Decodes the records one by one as the caller iterates. */
  *records(): Generator<LogRecord, void, undefined> {
    const base = this.baseOffset;
    for (const raw of this.rawRecords()) {
      yield {
        offset: base + raw.offsetDelta,
        timestamp: raw.timestamp,
        key: raw.key,
        value: raw.value,
        headers: decodeHeaders(raw.headerSection),
      };
    }
  }

  [Symbol.iterator](): Generator<LogRecord, void, undefined> {
    return this.records();
  }

  /** Records without decoding their headers; what the log cleaner and truncation rewrite. */
  *rawRecords(): Generator<RawRecord, void, undefined> {
    const data = this.recordBytes();
    const count = this.recordCount;
    const baseTimestamp = this.baseTimestamp;
    const logAppendTime = this.timestampType === 'LogAppendTime' ? this.maxTimestamp : undefined;
    const lastDelta = this.lastOffsetDelta;
    const r = new ByteReader(data, 0, data.length);
    let previousDelta = -1;
    for (let i = 0; i < count; i++) {
      const length = r.varint();
      const start = r.pos;
      const end = start + length;
      if (length < 0 || end > data.length) throw this.#corrupt(`record ${i} runs past the end of the batch`);
      const record = new ByteReader(data, start, end);
      const attributes = record.int8();
      const timestampDelta = record.varlong();
      const offsetDelta = record.varint();
      if (offsetDelta <= previousDelta || offsetDelta > lastDelta) throw this.#corrupt(`record ${i} has offset delta ${offsetDelta} out of order`);
      previousDelta = offsetDelta;
      const keyLength = record.varint();
      const key = keyLength < 0 ? null : record.take(keyLength);
      const valueLength = record.varint();
      const value = valueLength < 0 ? null : record.take(valueLength);
      const headerSection = data.subarray(record.pos, end);
      r.pos = end;
      yield {
        offsetDelta,
        timestamp: logAppendTime ?? baseTimestamp + timestampDelta,
        attributes,
        key,
        value,
        headerSection,
      };
    }
    if (r.pos !== data.length) throw this.#corrupt(`${data.length - r.pos} bytes follow the last record`);
  }

  /**
   * Walks every record as records() decodes it (headers included), without making a single
   * object: throws the CorruptRecordError records() would throw for the first malformed one.
   * With `needsKeys` it stops at the first record without a key and returns its offset
   * delta; otherwise, or when every record has one, -1. What a leader checks of every
   * producer batch, at a fraction of the cost of decoding it.
   */
  checkRecords(needsKeys: boolean): number {
    const data = this.recordBytes();
    const count = this.recordCount;
    const lastDelta = this.lastOffsetDelta;
    const r = new ByteReader(data, 0, data.length);
    const record = new ByteReader(data, 0, 0);
    let previousDelta = -1;
    for (let i = 0; i < count; i++) {
      const length = r.varint();
      const start = r.pos;
      const end = start + length;
      if (length < 0 || end > data.length) throw this.#corrupt(`record ${i} runs past the end of the batch`);
      record.pos = start;
      record.end = end;
      record.int8();
      record.varlong();
      const offsetDelta = record.varint();
      if (offsetDelta <= previousDelta || offsetDelta > lastDelta) throw this.#corrupt(`record ${i} has offset delta ${offsetDelta} out of order`);
      previousDelta = offsetDelta;
      const keyLength = record.varint();
      if (keyLength >= 0) record.skip(keyLength);
      const valueLength = record.varint();
      if (valueLength >= 0) record.skip(valueLength);
      checkHeaders(record);
      if (needsKeys && keyLength < 0) return offsetDelta;
      r.pos = end;
    }
    if (r.pos !== data.length) throw this.#corrupt(`${data.length - r.pos} bytes follow the last record`);
    return -1;
  }

  #corrupt(detail: string): CorruptRecordError {
    return new CorruptRecordError(`Batch at offset ${this.baseOffset}: ${detail}`);
  }
}

/** Decodes a header section (count varint, then key/value pairs). */
export function decodeHeaders(section: Uint8Array): Header[] {
  const r = new ByteReader(section, 0, section.length);
  const count = r.varint();
  if (count === 0) {
    if (r.pos !== section.length) throw new CorruptRecordError('Bytes follow the headers of a record');
    return [];
  }
  if (count < 0) throw new CorruptRecordError('Negative header count');
  const headers: Header[] = [];
  for (let i = 0; i < count; i++) {
    const keyLength = r.varint();
    if (keyLength < 0) throw new CorruptRecordError('A header has a null key');
    const key = utf8.decode(r.take(keyLength));
    const valueLength = r.varint();
    headers.push({ key, value: valueLength < 0 ? null : r.take(valueLength) });
  }
  if (r.pos !== section.length) throw new CorruptRecordError('Bytes follow the headers of a record');
  return headers;
}

/** decodeHeaders' checks of the header section from `r.pos` to `r.end`, without decoding. */
function checkHeaders(r: ByteReader): void {
  const count = r.varint();
  if (count < 0) throw new CorruptRecordError('Negative header count');
  for (let i = 0; i < count; i++) {
    const keyLength = r.varint();
    if (keyLength < 0) throw new CorruptRecordError('A header has a null key');
    r.skip(keyLength);
    const valueLength = r.varint();
    if (valueLength >= 0) r.skip(valueLength);
  }
  if (r.pos !== r.end) throw new CorruptRecordError('Bytes follow the headers of a record');
}

/** The CRC32C a batch should carry: over everything from the attributes to the end. */
export function computeCrc(bytes: Uint8Array): number {
  return crc32c(bytes, ATTRIBUTES, bytes.length);
}

function checkLayout(bytes: Uint8Array): void {
  if (!(bytes instanceof Uint8Array)) throw new CorruptRecordError('A record batch must be a Uint8Array');
  if (bytes.length < BATCH_OVERHEAD) {
    throw new CorruptRecordError(`A record batch needs at least ${BATCH_OVERHEAD} bytes, got ${bytes.length}`);
  }
  const batchLength = readInt32(bytes, BATCH_LENGTH);
  if (batchLength !== bytes.length - LOG_OVERHEAD) {
    throw new CorruptRecordError(`batchLength says ${batchLength} bytes but ${bytes.length - LOG_OVERHEAD} follow it`);
  }
  if (bytes[MAGIC_AT] !== MAGIC) throw new CorruptRecordError(`Unsupported record batch magic ${bytes[MAGIC_AT]} (only v2 is supported)`);
}

function checkCrc(bytes: Uint8Array): void {
  const stored = readUint32(bytes, CRC);
  const actual = computeCrc(bytes);
  if (stored !== actual) {
    throw new CorruptRecordError(`Record batch CRC mismatch: stored ${hex(stored)}, computed ${hex(actual)}`);
  }
}

function hex(n: number): string {
  return '0x' + n.toString(16).padStart(8, '0');
}

/** The header fields the log needs from a batch it does not decode. */
export interface BatchSummary {
  baseOffset: number;
  lastOffsetDelta: number;
  recordCount: number;
  maxTimestamp: number;
  partitionLeaderEpoch: number;
  attributes: number;
  size: number;
}

export function summarize(bytes: Uint8Array): BatchSummary {
  return {
    baseOffset: readInt64(bytes, BASE_OFFSET),
    lastOffsetDelta: readInt32(bytes, LAST_OFFSET_DELTA),
    recordCount: readInt32(bytes, RECORD_COUNT),
    maxTimestamp: readInt64(bytes, MAX_TIMESTAMP),
    partitionLeaderEpoch: readInt32(bytes, PARTITION_LEADER_EPOCH),
    attributes: readInt16(bytes, ATTRIBUTES),
    size: bytes.length,
  };
}

/**
 * What the log checks before it accepts a batch, without decoding a record: the layout,
 * the size limit, the CRC, a non-empty and consistent record count, a known codec.
 * Throws CorruptRecord, RecordTooLarge, InvalidRecord or UnsupportedCompression.
 */
export function validateBatch(bytes: Uint8Array, maxMessageBytes: number): BatchSummary {
  checkLayout(bytes);
  if (bytes.length > maxMessageBytes) {
    throw new RecordTooLargeError(`The batch is ${bytes.length} bytes; the limit (maxMessageBytes) is ${maxMessageBytes}`);
  }
  checkCrc(bytes);
  const summary = summarize(bytes);
  if (summary.recordCount <= 0) throw new InvalidRecordError('A record batch must hold at least one record');
  if (summary.lastOffsetDelta !== summary.recordCount - 1) {
    throw new InvalidRecordError(
      `lastOffsetDelta ${summary.lastOffsetDelta} does not match ${summary.recordCount} record(s) in a producer batch`,
    );
  }
  const codec = summary.attributes & COMPRESSION_MASK;
  if (!isCompressionSupported(codec)) codecFor(codec); // throws the right error
  return summary;
}

/**
 * Checks a batch that already carries offsets (a follower's copy, or one read back from
 * storage). Compaction may have removed records, so only lastOffsetDelta >= count - 1 holds.
 */
export function validateStoredBatch(bytes: Uint8Array): BatchSummary {
  checkLayout(bytes);
  checkCrc(bytes);
  const summary = summarize(bytes);
  if (summary.recordCount < 0 || summary.lastOffsetDelta < 0 || summary.lastOffsetDelta < summary.recordCount - 1) {
    throw new CorruptRecordError(`Batch at offset ${summary.baseOffset} has an inconsistent record count`);
  }
  return summary;
}

/**
 * Checks that every record of a (checked) data batch has a key, as a compacted log requires:
 * Kafka refuses keyless records there ("Compacted topic cannot accept message without key").
 * Decodes the records (decompressing once); control batches pass.
 */
export function requireKeys(bytes: Uint8Array): void {
  const batch = RecordBatch.stored(bytes);
  if (batch.isControl) return;
  for (const r of batch.rawRecords()) {
    if (r.key === null) throw new InvalidRecordError(`A compacted log accepts only records with a key (the record at offset delta ${r.offsetDelta} has none)`);
  }
}

/** Sets the base offset and leader epoch, the fields outside the CRC; the CRC stays valid. */
export function patchBatch(bytes: Uint8Array, baseOffset: number, partitionLeaderEpoch?: number): void {
  writeInt64(bytes, BASE_OFFSET, baseOffset);
  if (partitionLeaderEpoch !== undefined) writeInt32(bytes, PARTITION_LEADER_EPOCH, partitionLeaderEpoch);
}

/** Marks a batch LogAppendTime with the broker's time; these fields are inside the CRC, so it is recomputed. */
export function setLogAppendTime(bytes: Uint8Array, timestamp: number): void {
  const attributes = readInt16(bytes, ATTRIBUTES) | TIMESTAMP_TYPE_BIT;
  bytes[ATTRIBUTES] = (attributes >>> 8) & 0xff;
  bytes[ATTRIBUTES + 1] = attributes & 0xff;
  writeInt64(bytes, MAX_TIMESTAMP, timestamp);
  writeInt32(bytes, CRC, computeCrc(bytes));
}
