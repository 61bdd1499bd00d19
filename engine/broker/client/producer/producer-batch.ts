import type { LogkeeperError } from '../../../errors/index.js';
import { buildBatch } from '../../../log/batch-encoder.js';
import { writeInt16, writeInt32, writeInt64 } from '../../../log/bytes.js';
import { COMPRESSION_IDS, type CompressionName } from '../../../log/compression.js';
import {
  BASE_SEQUENCE,
  BATCH_OVERHEAD,
  computeCrc,
  CRC,
  NO_PARTITION_LEADER_EPOCH,
  PRODUCER_EPOCH,
  PRODUCER_ID,
} from '../../../log/record-batch.js';
import type { Acks, ProducePartitionResponse } from '../../api/types.js';
import type { PendingSend } from './pending-send.js';
import type { PreparedRecord } from './record.js';

/*
 * The records of one partition that travel together: open while records are appended, then
 * built once into a RecordBatch v2 (compressed as a whole) when it is first sent. A retry
 * sends the same bytes; only when the producer's epoch was bumped are its producer fields and
 * sequence rewritten (they are inside the CRC, which is recomputed).
 */

/** What must match for records to share a batch (acks and timeout go in the request that carries it). */
export interface BatchSettings {
  acks: Acks;
  timeoutMs: number;
  compression: CompressionName;
}

/** The producer fields of a batch's header. */
export interface ProducerStamp {
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
}

const NO_STAMP: ProducerStamp = Object.freeze({ producerId: -1, producerEpoch: -1, baseSequence: -1 });

export class ProducerBatch {
  readonly topic: string;
  readonly partition: number;
  readonly tpKey: string;
  readonly settings: BatchSettings;
  readonly createdAt: number;
  /** Past this time (clock ms) the batch fails instead of being sent again. */
  readonly deadline: number;
  /** An upper bound of the built batch's size before compression. */
  size = BATCH_OVERHEAD;
  recordCount = 0;
  stamp: ProducerStamp = NO_STAMP;
  /** Sends so far (the first included). */
  attempts = 0;
  /**
   * An attempt ended without telling whether the broker wrote the batch (its answer was lost
   * or late, or the error came after the write): it is sent again only with its own stamp, which
   * the broker recognises, never under another producer epoch, which the broker would take as
   * new (see idempotence.ts). Cleared when the leader answers OUT_OF_ORDER_SEQUENCE_NUMBER to
   * that stamp: its log does not have the batch.
   */
  maybeWritten = false;
  /** Not sent again before this time (clock ms). */
  retryAt = 0;
  #records: PreparedRecord[] | null = [];
  #bytes: Uint8Array | null = null;
  readonly #sends = new Set<PendingSend>();
  /** The order of its first send among all batches (retries keep it): sequences follow it. */
  order = 0;

  constructor(topic: string, partition: number, tpKey: string, settings: BatchSettings, createdAt: number, deliveryTimeoutMs: number) {
    this.topic = topic;
    this.partition = partition;
    this.tpKey = tpKey;
    this.settings = settings;
    this.createdAt = createdAt;
    this.deadline = createdAt + deliveryTimeoutMs;
  }

  /** Built (sent at least once): no more records. */
  get built(): boolean {
    return this.#bytes !== null;
  }

  get bytes(): Uint8Array {
    if (!this.#bytes) throw new Error('ProducerBatch: not built');
    return this.#bytes;
  }

  /** Whether `record` may join: same settings, not built, and room (a first record always fits). */
  accepts(settings: BatchSettings, record: PreparedRecord, batchBytes: number): boolean {
    const s = this.settings;
    if (this.built || s.acks !== settings.acks || s.timeoutMs !== settings.timeoutMs || s.compression !== settings.compression) return false;
    return this.recordCount === 0 || this.size + record.size <= batchBytes;
  }

  append(record: PreparedRecord, send: PendingSend): void {
    const index = this.recordCount++;
    this.#records!.push(record);
    this.size += record.size;
    this.#sends.add(send);
    send.added(this.tpKey, this.topic, this.partition, this, index);
  }

  /** Encodes the batch with its producer fields (once; later stamps rewrite the header). */
  build(stamp: ProducerStamp): Uint8Array {
    if (this.#bytes) {
      this.restamp(stamp);
      return this.#bytes;
    }
    const records = this.#records!;
    const baseTimestamp = records[0]!.timestamp;
    let maxTimestamp = baseTimestamp;
    for (const r of records) if (r.timestamp > maxTimestamp) maxTimestamp = r.timestamp;
    this.#bytes = buildBatch(
      {
        baseOffset: 0,
        partitionLeaderEpoch: NO_PARTITION_LEADER_EPOCH,
        attributes: COMPRESSION_IDS[this.settings.compression],
        baseTimestamp,
        maxTimestamp,
        ...stamp,
      },
      records.map((r, i) => ({
        offsetDelta: i,
        timestampDelta: r.timestamp - baseTimestamp,
        attributes: 0,
        key: r.key,
        value: r.value,
        headerSection: r.headerSection,
      })),
    );
    this.#records = null;
    this.stamp = stamp;
    return this.#bytes;
  }

  /** Rewrites the producer fields of the built batch (after an epoch bump) and its CRC. */
  restamp(stamp: ProducerStamp): void {
    const s = this.stamp;
    if (s.producerId === stamp.producerId && s.producerEpoch === stamp.producerEpoch && s.baseSequence === stamp.baseSequence) return;
    this.stamp = stamp;
    const bytes = this.#bytes;
    if (!bytes) return;
    writeInt64(bytes, PRODUCER_ID, stamp.producerId);
    writeInt16(bytes, PRODUCER_EPOCH, stamp.producerEpoch);
    writeInt32(bytes, BASE_SEQUENCE, stamp.baseSequence);
    writeInt32(bytes, CRC, computeCrc(bytes));
  }

  /** Acknowledged: each send learns its offsets. */
  complete(answer: Pick<ProducePartitionResponse, 'baseOffset' | 'logAppendTime' | 'logStartOffset'>): void {
    for (const send of this.#sends) send.acknowledged(this.tpKey, this, answer);
  }

  fail(error: LogkeeperError): void {
    for (const send of this.#sends) send.fail(error);
  }
}
