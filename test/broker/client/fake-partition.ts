import { CorruptRecordError, kafkaCodeOf, toLogkeeperError } from '../../../engine/errors/index.js';
import { RecordBatch, validateBatch, type LogRecord } from '../../../engine/log/index.js';
import { patchBatch } from '../../../engine/log/record-batch.js';
import { incrementSequence } from '../../../engine/broker/client/producer/idempotence.js';

/*
 * One partition of the fake broker: the exact bytes each produce brought, stored with their
 * offsets patched in (patchBatch, outside the CRC), and a broker's idempotence checks
 * (Kafka's ProducerStateManager, in brief): per producer id the epoch and the last five
 * batches; a retried batch that is one of those answers with its first offset instead of being
 * written again; a sequence that is not the next one is OUT_OF_ORDER_SEQUENCE_NUMBER; an older
 * epoch INVALID_PRODUCER_EPOCH; a new epoch must start at sequence 0. A producer without state
 * may start anywhere, unless `lostProducerState` says the broker lost it (then a sequence other
 * than 0 is UNKNOWN_PRODUCER_ID, as brokers before KIP-360 answered).
 */

interface ProducerEntry {
  epoch: number;
  lastSequence: number;
  recent: Array<{ first: number; last: number; offset: number }>;
}

export interface AppendOutcome {
  errorCode: number;
  baseOffset: number;
}

const code = kafkaCodeOf;

export class FakePartition {
  leader: number;
  leaderEpoch = 0;
  replicas: number[];
  logStartOffset = 0;
  nextOffset = 0;
  /** Stored batches, offsets patched in. */
  readonly batches: Uint8Array[] = [];
  readonly #producers = new Map<number, ProducerEntry>();
  lostProducerState = false;
  #waiters: Array<() => void> = [];

  constructor(leader: number, replicas: number[]) {
    this.leader = leader;
    this.replicas = replicas;
  }

  /** Appends the batches of one produce (back to back in `records`); the first's offset, or an error code. */
  append(records: Uint8Array): AppendOutcome {
    const batches: Uint8Array[] = [];
    try {
      for (let at = 0; at < records.length; ) {
        if (records.length - at < 12) throw new CorruptRecordError('A truncated batch');
        const length = 12 + new DataView(records.buffer, records.byteOffset + at + 8, 4).getInt32(0);
        const bytes = records.slice(at, at + length);
        validateBatch(bytes, 1024 * 1024);
        batches.push(bytes);
        at += length;
      }
    } catch (error) {
      return { errorCode: toLogkeeperError(error).kafkaCode, baseOffset: -1 };
    }
    let baseOffset = -1;
    for (const bytes of batches) {
      const outcome = this.#appendOne(bytes);
      if (outcome.errorCode !== 0) return outcome;
      if (baseOffset < 0) baseOffset = outcome.baseOffset;
    }
    for (const wake of this.#waiters.splice(0)) wake();
    return { errorCode: 0, baseOffset };
  }

  #appendOne(bytes: Uint8Array): AppendOutcome {
    const batch = new RecordBatch(bytes);
    const { producerId, producerEpoch, baseSequence } = batch;
    const lastSequence = incrementSequence(baseSequence, batch.recordCount - 1);
    if (producerId >= 0) {
      const entry = this.#producers.get(producerId);
      if (entry && producerEpoch < entry.epoch) return { errorCode: code('INVALID_PRODUCER_EPOCH'), baseOffset: -1 };
      if (entry && producerEpoch === entry.epoch) {
        const duplicate = entry.recent.find((r) => r.first === baseSequence && r.last === lastSequence);
        if (duplicate) return { errorCode: 0, baseOffset: duplicate.offset };
        if (baseSequence !== incrementSequence(entry.lastSequence, 1)) return { errorCode: code('OUT_OF_ORDER_SEQUENCE_NUMBER'), baseOffset: -1 };
      } else if (entry && baseSequence !== 0) {
        return { errorCode: code('OUT_OF_ORDER_SEQUENCE_NUMBER'), baseOffset: -1 };
      } else if (!entry && this.lostProducerState && baseSequence !== 0) {
        return { errorCode: code('UNKNOWN_PRODUCER_ID'), baseOffset: -1 };
      }
    }
    const offset = this.nextOffset;
    patchBatch(bytes, offset, this.leaderEpoch);
    this.batches.push(bytes);
    this.nextOffset = offset + batch.lastOffsetDelta + 1;
    if (producerId >= 0) {
      const entry = this.#producers.get(producerId);
      const recent = entry && entry.epoch === producerEpoch ? entry.recent : [];
      recent.push({ first: baseSequence, last: lastSequence, offset });
      if (recent.length > 5) recent.shift();
      this.#producers.set(producerId, { epoch: producerEpoch, lastSequence, recent });
    }
    return { errorCode: 0, baseOffset: offset };
  }

  /** Batches holding `from` and after, up to `maxBytes` (at least one). */
  read(from: number, maxBytes: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    let bytes = 0;
    for (const b of this.batches) {
      const batch = new RecordBatch(b);
      if (batch.nextOffset <= from) continue;
      if (out.length > 0 && bytes + b.length > maxBytes) break;
      out.push(b);
      bytes += b.length;
    }
    return out;
  }

  /** Resolves at the next append, or after `ms` of `setTimer` time. */
  waitForAppend(setTimer: (ms: number, callback: () => void) => void, ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
      setTimer(ms, resolve);
    });
  }

  records(): LogRecord[] {
    return this.batches.flatMap((b) => [...new RecordBatch(b).records()]);
  }

  /** The first offset with a timestamp at or after `timestamp`, or null. */
  offsetForTime(timestamp: number): { offset: number; timestamp: number } | null {
    for (const r of this.records()) if (r.offset >= this.logStartOffset && r.timestamp >= timestamp) return { offset: r.offset, timestamp: r.timestamp };
    return null;
  }

  deleteBefore(offset: number): void {
    this.logStartOffset = offset;
    while (this.batches.length > 0 && new RecordBatch(this.batches[0]!).nextOffset <= offset) this.batches.shift();
  }

  /** Forgets every producer's state (the broker restarted without its snapshots). */
  forgetProducers(): void {
    this.#producers.clear();
    this.lostProducerState = true;
  }
}
