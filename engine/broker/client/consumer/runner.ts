import { toLogkeeperError, type LogkeeperError } from '../../../errors/index.js';
import type { Clock } from '../../../time/clock.js';
import type { Random } from '../../../time/random.js';
import type { RetryOptions } from '../options.js';
import { backoffMs, sleep } from '../retry.js';
import type { AssignedPartitions, FetchedBatch } from './assigned.js';
import type { AutoCommit } from './auto-commit.js';
import type { Batch, EachBatchPayload, EachMessagePayload, TopicPartitionOffset } from './consumer-types.js';
import type { ConsumerEventEmitter } from './events.js';

/*
 * How this works. The run loop: poll, hand each partition's batch to the handler, commit
 * what is due, again. Batches of different partitions run at once, up to
 * partitionsConsumedConcurrently; one partition's messages always one after another, in
 * order. A message counts as processed when eachMessage resolves (eachBatch: when it resolves
 * the offset, or the whole batch with eachBatchAutoResolve), and only processed offsets are
 * ever committed: at-least-once.
 *
 * Auto-commits run beside the loop, one at a time: the next fetch does not wait for the
 * coordinator's answer (as Kafka's consumer commits asynchronously), so a partition just
 * assigned is fetched at once, and what is processed while a commit is on its way goes in
 * the next one.
 *
 * A handler that throws leaves its message unprocessed: the partition is read again from
 * there after a back-off (the client's retry settings); when the retries are used up the
 * consumer crashes (`crash`), committing nothing past the failed message. A batch that became
 * stale (revoked, paused, sought) stops at the next message.
 */

export interface Handlers {
  eachMessage?: (payload: EachMessagePayload) => Promise<void>;
  eachBatch?: (payload: EachBatchPayload) => Promise<void>;
  eachBatchAutoResolve: boolean;
}

export interface RunnerOptions {
  handlers: Handlers;
  concurrency: number;
  assigned: AssignedPartitions;
  autoCommit: AutoCommit;
  /** Commits the processed offsets not yet committed. */
  commitProcessed(): Promise<void>;
  events: ConsumerEventEmitter;
  /** The run loop ended on an error it cannot get past. */
  crash(error: LogkeeperError): void;
  clock: Clock;
  random: Random;
  retry: RetryOptions;
}

const heartbeat = () => Promise.resolve();

export class Runner {
  readonly #o: RunnerOptions;
  readonly #stop = new AbortController();
  /** Handler failures in a row (progress in between starts the count again). */
  #failures = 0;
  #progress = false;
  #done: Promise<void> | null = null;
  /** The auto-commit on its way, if any. */
  #committing: Promise<void> | null = null;
  /** One came due meanwhile: it follows at once. */
  #commitAgain = false;

  constructor(options: RunnerOptions) {
    this.#o = options;
  }

  start(): void {
    this.#done ??= this.#loop();
  }

  /** Stops after the messages being processed; resolves when no handler runs. */
  async stop(): Promise<void> {
    this.#stop.abort();
    this.#o.assigned.interrupt();
    await this.#done;
    await this.#committing;
  }

  async #loop(): Promise<void> {
    const { assigned, events, clock } = this.#o;
    const signal = this.#stop.signal;
    while (!signal.aborted) {
      try {
        const started = clock.now();
        const batches = await assigned.poll(signal);
        if (signal.aborted) break;
        if (batches.length > 0) events.emitEvent('consumer.fetch', { numberOfBatches: batches.length, duration: clock.now() - started });
        this.#progress = false;
        const failed = await this.#processAll(batches);
        if (signal.aborted) break; // what was processed is committed as the consumer leaves
        this.#commitBeside(batches.length > 0);
        if (this.#progress) this.#failures = 0;
        if (failed) await this.#failed(failed);
      } catch (error) {
        if (signal.aborted) break;
        const e = toLogkeeperError(error);
        if (!e.retriable) {
          this.#stop.abort();
          this.#o.crash(e);
          break;
        }
        await sleep(clock, backoffMs(this.#o.retry, this.#failures++, this.#o.random), signal).catch(() => {});
      }
    }
  }

  /** A handler failed: back off, or crash once the retries are used up. */
  async #failed(error: LogkeeperError): Promise<void> {
    if (this.#failures >= this.#o.retry.retries) {
      this.#stop.abort();
      this.#o.crash(error);
      return;
    }
    await sleep(this.#o.clock, backoffMs(this.#o.retry, this.#failures++, this.#o.random), this.#stop.signal).catch(() => {});
  }

  async #commitIfDue(batchDone: boolean): Promise<void> {
    if (!this.#o.autoCommit.due(batchDone)) return;
    try {
      await this.#o.commitProcessed();
    } catch {
      // commitProcessed has told the membership (a rejoin may follow); the offsets stay to be committed later
    }
  }

  /** The loop's auto-commit, beside it: one at a time, and one more at once if another came due meanwhile. */
  #commitBeside(batchDone: boolean): void {
    if (this.#committing) {
      this.#commitAgain ||= this.#o.autoCommit.due(batchDone);
      return;
    }
    this.#committing = this.#commitIfDue(batchDone).finally(() => {
      this.#committing = null;
      if (this.#commitAgain && !this.#stop.signal.aborted) {
        this.#commitAgain = false;
        this.#commitBeside(true);
      }
    });
  }

  /** Processes the batches, up to `concurrency` partitions at once; the first handler error, if any. */
  async #processAll(batches: FetchedBatch[]): Promise<LogkeeperError | null> {
    const queue = [...batches];
    let failure: LogkeeperError | null = null;
    const worker = async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        const error = await this.#processOne(batch);
        failure ??= error;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#o.concurrency, queue.length) }, worker));
    return failure;
  }

  async #processOne(batch: FetchedBatch): Promise<LogkeeperError | null> {
    const { entry } = batch;
    let finish!: () => void;
    entry.busy = new Promise<void>((resolve) => (finish = resolve));
    const first = batch.messages[0]!.offset;
    const last = batch.messages.at(-1)!.offset;
    const info = { topic: entry.topic, partition: entry.partition, highWatermark: batch.highWatermark, offsetLag: Math.max(0, batch.highWatermark - 1 - last), batchSize: batch.messages.length, firstOffset: first, lastOffset: last };
    const started = this.#o.clock.now();
    this.#o.events.emitEvent('consumer.start_batch_process', info);
    try {
      return this.#o.handlers.eachMessage ? await this.#eachMessage(batch) : await this.#eachBatch(batch);
    } finally {
      this.#o.events.emitEvent('consumer.end_batch_process', { ...info, duration: this.#o.clock.now() - started });
      entry.busy = null;
      finish();
    }
  }

  async #eachMessage(batch: FetchedBatch): Promise<LogkeeperError | null> {
    const { assigned, autoCommit } = this.#o;
    const { entry } = batch;
    for (const message of batch.messages) {
      if (!assigned.isCurrent(batch) || this.#stop.signal.aborted) {
        assigned.rewind(batch, message.offset);
        return null;
      }
      try {
        await this.#o.handlers.eachMessage!({ topic: entry.topic, partition: entry.partition, message, heartbeat, pause: () => this.#pause(batch) });
      } catch (error) {
        assigned.rewind(batch, message.offset);
        return toLogkeeperError(error);
      }
      entry.processed = message.offset + 1;
      this.#progress = true;
      autoCommit.processed();
      if (autoCommit.due(false)) void this.#commitIfDue(false);
    }
    return null;
  }

  async #eachBatch(batch: FetchedBatch): Promise<LogkeeperError | null> {
    const { assigned, autoCommit } = this.#o;
    const { entry, messages } = batch;
    const first = messages[0]!.offset;
    let resolved = first; // past the last offset resolved in this batch
    const resolveOffset = (offset: number) => {
      if (!assigned.isCurrent(batch) || offset + 1 <= resolved || offset > messages.at(-1)!.offset) return;
      autoCommit.processed(messages.filter((m) => m.offset >= resolved && m.offset <= offset).length);
      resolved = offset + 1;
      entry.processed = resolved;
      this.#progress = true;
    };
    const view: Batch = {
      topic: entry.topic,
      partition: entry.partition,
      highWatermark: batch.highWatermark,
      messages,
      isEmpty: () => messages.length === 0,
      firstOffset: () => first,
      lastOffset: () => messages.at(-1)!.offset,
      offsetLag: () => Math.max(0, batch.highWatermark - 1 - messages.at(-1)!.offset),
      offsetLagLow: () => Math.max(0, batch.highWatermark - 1 - first),
    };
    let error: LogkeeperError | null = null;
    try {
      await this.#o.handlers.eachBatch!({
        batch: view,
        resolveOffset,
        heartbeat,
        commitOffsetsIfNecessary: () => this.#commitIfDue(false),
        uncommittedOffsets: (): TopicPartitionOffset[] => assigned.uncommitted(),
        isRunning: () => !this.#stop.signal.aborted,
        isStale: () => !assigned.isCurrent(batch),
        pause: () => this.#pause(batch),
      });
      if (this.#o.handlers.eachBatchAutoResolve) resolveOffset(messages.at(-1)!.offset);
    } catch (e) {
      error = toLogkeeperError(e);
    }
    const next = messages.find((m) => m.offset >= resolved);
    if (next) assigned.rewind(batch, next.offset);
    return error;
  }

  /** The handler pauses its partition: the batch stops after this message. */
  #pause(batch: FetchedBatch): () => void {
    const tp = [{ topic: batch.entry.topic, partitions: [batch.entry.partition] }];
    this.#o.assigned.pause(tp);
    return () => this.#o.assigned.resume(tp);
  }
}
