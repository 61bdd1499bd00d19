import { decodeU64, encodeU64, type Area, type Storage } from '../../storage/index.js';
import type { Clock, Timer } from '../../time/index.js';

/*
 * How this works: each replica's high watermark is kept in storage beside its log (Kafka's
 * replication-offset-checkpoint), so that a restarted broker neither shows consumers records
 * that were not committed nor hides ones that were. The key sits in the topic's area
 * ['partitions', topicId, 'hw'], keyed by partition, next to the partitions' log areas.
 *
 * A change is written soon but not on every move: at most one write per intervalMs, all
 * replicas whose high watermark moved in one storage batch, and everything at close. A
 * checkpoint may lag the truth, which is safe: the high watermark only grows, so after a
 * restart it is low for a moment (until the followers' next fetches move it), never high.
 * Writes (and deletes) go out one at a time, in order.
 */

export class HighWatermarkCheckpoints {
  #storage: Storage;
  #clock: Clock;
  #intervalMs: number;
  #onError: (err: unknown) => void;
  /** Changed since the last write: by `${topicId}/${partition}`. */
  #dirty = new Map<string, { topicId: string; partition: number; hw: number }>();
  #timer: Timer | undefined;
  #lastWrite = -Infinity;
  #chain: Promise<void> = Promise.resolve();

  constructor(storage: Storage, clock: Clock, intervalMs: number, onError: (err: unknown) => void) {
    this.#storage = storage;
    this.#clock = clock;
    this.#intervalMs = intervalMs;
    this.#onError = onError;
  }

  #area(topicId: string): Area {
    return this.#storage.area('partitions', topicId, 'hw');
  }

  async read(topicId: string, partition: number): Promise<number | undefined> {
    const value = await this.#area(topicId).get(encodeU64(partition));
    return value === undefined ? undefined : decodeU64(value);
  }

  /** Records a replica's new high watermark, to be written within intervalMs. */
  mark(topicId: string, partition: number, hw: number): void {
    this.#dirty.set(`${topicId}/${partition}`, { topicId, partition, hw });
    if (this.#timer) return;
    const delay = Math.max(0, this.#lastWrite + this.#intervalMs - this.#clock.now());
    this.#timer = this.#clock.setTimer(delay, () => {
      this.#timer = undefined;
      this.flush().catch(this.#onError);
    });
  }

  /** Writes every pending change now. */
  flush(): Promise<void> {
    if (this.#dirty.size === 0) return this.#chain;
    const entries = [...this.#dirty.values()];
    this.#dirty.clear();
    this.#lastWrite = this.#clock.now();
    return this.#enqueue(() =>
      this.#storage.batch(entries.map((e) => ({ type: 'put', key: encodeU64(e.partition), value: encodeU64(e.hw), sublevel: this.#area(e.topicId) }))),
    );
  }

  /** Forgets a replica's checkpoint (its data is being deleted). */
  remove(topicId: string, partition: number): Promise<void> {
    this.#dirty.delete(`${topicId}/${partition}`);
    return this.#enqueue(() => this.#area(topicId).del(encodeU64(partition)));
  }

  /** Stops the timer and writes what is pending. */
  async close(): Promise<void> {
    if (this.#timer) this.#clock.cancel(this.#timer);
    this.#timer = undefined;
    await this.flush();
  }

  #enqueue(write: () => Promise<void>): Promise<void> {
    const next = this.#chain.then(write);
    this.#chain = next.catch(() => undefined);
    return next;
  }
}
