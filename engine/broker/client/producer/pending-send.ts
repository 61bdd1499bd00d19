import type { LogkeeperError } from '../../../errors/index.js';
import type { ProducePartitionResponse } from '../../api/types.js';
import type { RecordMetadata } from './types.js';

/*
 * One `send` (or `sendBatch`) call waiting for its records: they may sit in several batches
 * (one or more per partition), each shared with other sends. It resolves when every batch it
 * touched is acknowledged, with one RecordMetadata per topic-partition (in the order they were
 * first written to), whose baseOffset is the offset of this send's first record there. The
 * first failure of any of its batches rejects it.
 */

interface Slot {
  topic: string;
  partition: number;
  /** The batch holding this send's first record of the partition, and that record's index in it. */
  firstBatch: object;
  firstIndex: number;
  result: RecordMetadata | null;
}

export class PendingSend {
  readonly promise: Promise<RecordMetadata[]>;
  #resolve!: (result: RecordMetadata[]) => void;
  #reject!: (error: Error) => void;
  readonly #slots = new Map<string, Slot>();
  readonly #batches = new Set<object>();
  #sealed = false;
  #settled = false;

  constructor() {
    this.promise = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
  }

  /** A record of this send went into `batch` at `index`. */
  added(tpKey: string, topic: string, partition: number, batch: object, index: number): void {
    this.#batches.add(batch);
    if (!this.#slots.has(tpKey)) this.#slots.set(tpKey, { topic, partition, firstBatch: batch, firstIndex: index, result: null });
  }

  /** Every record is in a batch: the send settles when they are acknowledged. */
  seal(): void {
    this.#sealed = true;
    this.#maybeResolve();
  }

  /** `batch` was acknowledged with `answer` (its own offsets). */
  acknowledged(tpKey: string, batch: object, answer: Pick<ProducePartitionResponse, 'baseOffset' | 'logAppendTime' | 'logStartOffset'>): void {
    const slot = this.#slots.get(tpKey);
    if (slot && slot.firstBatch === batch) {
      slot.result = {
        topicName: slot.topic,
        partition: slot.partition,
        errorCode: 0,
        baseOffset: answer.baseOffset < 0 ? -1 : answer.baseOffset + slot.firstIndex,
        logAppendTime: answer.logAppendTime,
        logStartOffset: answer.logStartOffset,
      };
    }
    this.#batches.delete(batch);
    this.#maybeResolve();
  }

  fail(error: LogkeeperError): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#reject(error);
  }

  #maybeResolve(): void {
    if (this.#settled || !this.#sealed || this.#batches.size > 0) return;
    this.#settled = true;
    this.#resolve([...this.#slots.values()].map((s) => s.result!));
  }
}
