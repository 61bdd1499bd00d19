import { DuplicateSequenceNumberError, InvalidProducerEpochError, OutOfOrderSequenceNumberError } from '../../errors/index.js';
import { RecordBatch } from '../../log/index.js';

/*
 * How this works: the idempotent producer's state of one partition (Kafka's
 * ProducerStateManager, KIP-98).
 *
 * A producer with an id (>= 0) numbers its records per partition: each batch carries the
 * producer's epoch and the sequence number of its first record in its header. For each
 * producer id this table keeps the epoch and the last PRODUCER_WINDOW batches written (first
 * and last sequence, first and last offset) — as many as a producer may have in flight, so a
 * retry of any of them is recognised:
 *
 *   - a batch equal (same epoch, same sequences) to one of those is a duplicate: it is not
 *     written again and its answer is the original's offset;
 *   - one that goes on from the last sequence (last + 1, wrapping at 2^31) is written;
 *   - one whose records were all written before the window is DUPLICATE_SEQUENCE_NUMBER, any
 *     other gap or overlap OUT_OF_ORDER_SEQUENCE_NUMBER;
 *   - an older epoch is INVALID_PRODUCER_EPOCH; a newer one must start at sequence 0;
 *   - a producer the table does not know (new, or expired) may start at any sequence, as in
 *     Kafka since KIP-360.
 *
 * Only a leader checks; followers and a replica reading its log back on open only record,
 * so that every replica has the state a new leader needs. A leader records a batch the
 * moment it hands it to the log (its offsets follow when the write completes), so that the
 * next request of the same producer is checked against it even while the write is in flight.
 * Producers expire producerIdExpirationMs after the newest timestamp of their last batch (the
 * batch's own time, so that every replica expires them alike).
 */

export const PRODUCER_WINDOW = 5;
const MAX_SEQUENCE = 0x7fffffff;

/** The header fields of a batch that the table needs. */
export interface ProducerBatch {
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  lastOffsetDelta: number;
  maxTimestamp: number;
}

/** One batch the table remembers. The offsets are -1 until a leader's write completes. */
export interface WrittenBatch {
  firstSeq: number;
  lastSeq: number;
  firstOffset: number;
  lastOffset: number;
  /** The leader's write of this batch; undefined once done (or for a batch read back). */
  written: Promise<unknown> | undefined;
}

interface ProducerEntry {
  epoch: number;
  /** Oldest first, at most PRODUCER_WINDOW. */
  batches: WrittenBatch[];
  lastTimestamp: number;
}

export interface ProducerSummary {
  epoch: number;
  lastSequence: number;
  lastOffset: number;
}

export function producerBatch(bytes: Uint8Array): ProducerBatch {
  const b = RecordBatch.stored(bytes);
  return { producerId: b.producerId, producerEpoch: b.producerEpoch, baseSequence: b.baseSequence, lastOffsetDelta: b.lastOffsetDelta, maxTimestamp: b.maxTimestamp };
}

/** The sequence number of a batch's last record (sequences wrap from 2^31 - 1 to 0). */
export function lastSequenceOf(batch: ProducerBatch): number {
  const { baseSequence, lastOffsetDelta } = batch;
  return baseSequence > MAX_SEQUENCE - lastOffsetDelta ? lastOffsetDelta - (MAX_SEQUENCE - baseSequence) - 1 : baseSequence + lastOffsetDelta;
}

function follows(lastSeq: number, nextSeq: number): boolean {
  return nextSeq === lastSeq + 1 || (nextSeq === 0 && lastSeq === MAX_SEQUENCE);
}

export class ProducerStateTable {
  #producers = new Map<number, ProducerEntry>();

  get size(): number {
    return this.#producers.size;
  }

  get(producerId: number): ProducerSummary | undefined {
    const entry = this.#producers.get(producerId);
    const last = entry?.batches.at(-1);
    return entry && last ? { epoch: entry.epoch, lastSequence: last.lastSeq, lastOffset: last.lastOffset } : undefined;
  }

  /**
   * Checks a leader's batches, in order, against the state and each other. Returns the
   * remembered batch that one of them duplicates (then none must be written), or undefined
   * when all may be written; throws the producer error of the first that may not.
   */
  check(batches: readonly ProducerBatch[]): WrittenBatch | undefined {
    // What the batches before this one in the same call would leave, per producer.
    const pending = new Map<number, { epoch: number; lastSeq: number }>();
    for (const b of batches) {
      if (b.producerId < 0) continue;
      const entry = this.#producers.get(b.producerId);
      let current = pending.get(b.producerId);
      if (!current && entry) {
        const duplicate = entry.epoch === b.producerEpoch ? entry.batches.find((w) => w.firstSeq === b.baseSequence && w.lastSeq === lastSequenceOf(b)) : undefined;
        if (duplicate) return duplicate;
        current = { epoch: entry.epoch, lastSeq: entry.batches.at(-1)!.lastSeq };
      }
      if (current) checkSequence(b, current);
      pending.set(b.producerId, { epoch: b.producerEpoch, lastSeq: lastSequenceOf(b) });
    }
    return undefined;
  }

  /**
   * Records a batch written (or being written: `written` settles when it is, and then gives
   * its offsets) without checking it.
   */
  record(b: ProducerBatch, firstOffset: number, written?: Promise<{ baseOffset: number; lastOffset: number }>): void {
    if (b.producerId < 0) return;
    let entry = this.#producers.get(b.producerId);
    if (!entry || entry.epoch !== b.producerEpoch) {
      entry = { epoch: b.producerEpoch, batches: [], lastTimestamp: -1 };
      this.#producers.set(b.producerId, entry);
    }
    const batch: WrittenBatch = {
      firstSeq: b.baseSequence,
      lastSeq: lastSequenceOf(b),
      firstOffset: written ? -1 : firstOffset,
      lastOffset: written ? -1 : firstOffset + b.lastOffsetDelta,
      written: undefined,
    };
    if (written) {
      batch.written = written.then((result) => {
        batch.firstOffset = result.baseOffset;
        batch.lastOffset = result.lastOffset;
        batch.written = undefined;
      });
      batch.written.catch(() => undefined); // the producer that wrote it hears of the failure
    }
    entry.batches.push(batch);
    if (entry.batches.length > PRODUCER_WINDOW) entry.batches.shift();
    entry.lastTimestamp = Math.max(entry.lastTimestamp, b.maxTimestamp);
  }

  /**
   * Forgets the batches at or after `offset` (the log was truncated there). Returns false when
   * that leaves the state unknown — a producer lost every batch it had here, a batch was cut
   * in two, or a write was still in flight — and the log must be read again.
   */
  truncate(offset: number): boolean {
    let known = true;
    for (const [id, entry] of this.#producers) {
      const kept = entry.batches.filter((b) => b.written === undefined && b.lastOffset < offset);
      if (kept.length === entry.batches.length) continue;
      if (kept.length === 0 || entry.batches.some((b) => b.written !== undefined || (b.firstOffset < offset && b.lastOffset >= offset))) known = false;
      if (kept.length === 0) this.#producers.delete(id);
      else entry.batches = kept;
    }
    return known;
  }

  /** Drops producers whose last batch is `expirationMs` older than `now`; returns how many. */
  expire(now: number, expirationMs: number): number {
    let dropped = 0;
    for (const [id, entry] of this.#producers) {
      if (now - entry.lastTimestamp >= expirationMs) {
        this.#producers.delete(id);
        dropped++;
      }
    }
    return dropped;
  }

  clear(): void {
    this.#producers.clear();
  }
}

function checkSequence(b: ProducerBatch, current: { epoch: number; lastSeq: number }): void {
  const id = b.producerId;
  if (b.producerEpoch < current.epoch) {
    throw new InvalidProducerEpochError(`Producer ${id} has epoch ${b.producerEpoch}, older than its current epoch ${current.epoch}`);
  }
  if (b.producerEpoch > current.epoch) {
    if (b.baseSequence !== 0) {
      throw new OutOfOrderSequenceNumberError(`Producer ${id} starts its new epoch ${b.producerEpoch} at sequence ${b.baseSequence}, not 0`);
    }
    return;
  }
  if (follows(current.lastSeq, b.baseSequence)) return;
  const last = lastSequenceOf(b);
  if (b.baseSequence <= last && last <= current.lastSeq) {
    throw new DuplicateSequenceNumberError(`Producer ${id}'s batch with sequences ${b.baseSequence}..${last} was written before the last ${PRODUCER_WINDOW} batches`);
  }
  throw new OutOfOrderSequenceNumberError(`Producer ${id} sent sequence ${b.baseSequence}; the next expected is ${current.lastSeq + 1}`);
}
