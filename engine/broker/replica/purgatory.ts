import { AbortedError } from '../../errors/index.js';
import type { Clock, Timer } from '../../time/index.js';

/*
 * How this works: Kafka's purgatory, reduced to what the delayed operations here need. An
 * operation that cannot be answered yet (a long-poll fetch short of minBytes, an acks=-1
 * produce below the high watermark, a DeleteRecords whose followers have not caught up)
 * loops: it opens a Watch on the partitions it depends on, checks, and if still not done
 * waits on the watch until the deadline. Replicas notify their partition's key whenever
 * something an operation may wait for changes (an append, the high watermark, the ISR, the
 * role, the log start). The watch is opened before the check, so a change that happens
 * while the check runs wakes the wait at once: none is lost. Deadlines are timers of the
 * injected clock.
 */

export class Watch {
  #purgatory: Purgatory;
  #keys: readonly string[];
  #fired = false;
  #wake: (() => void) | undefined;

  constructor(purgatory: Purgatory, keys: readonly string[]) {
    this.#purgatory = purgatory;
    this.#keys = keys;
  }

  get keys(): readonly string[] {
    return this.#keys;
  }

  /** Called by the purgatory when one of the keys changed. */
  fire(): void {
    this.#fired = true;
    this.#wake?.();
  }

  /**
   * Resolves when a key changed since the watch opened, or at `deadline` (clock time);
   * rejects with AbortedError when `signal` aborts. Closes the watch either way.
   */
  wait(clock: Clock, deadline: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let timer: Timer | undefined;
      const finish = (err?: Error): void => {
        this.#wake = undefined;
        if (timer) clock.cancel(timer);
        signal?.removeEventListener('abort', onAbort);
        this.close();
        if (err) reject(err);
        else resolve();
      };
      const onAbort = (): void => finish(new AbortedError('The request was cancelled'));
      if (signal?.aborted) return onAbort();
      if (this.#fired || deadline <= clock.now()) return finish();
      this.#wake = () => finish();
      timer = clock.setTimer(deadline - clock.now(), () => finish());
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  close(): void {
    this.#purgatory.remove(this);
  }
}

export class Purgatory {
  #watches = new Map<string, Set<Watch>>();

  /** Opens a watch on `keys`: fired by the next notify of any of them. */
  watch(keys: readonly string[]): Watch {
    const watch = new Watch(this, keys);
    for (const key of keys) {
      let set = this.#watches.get(key);
      if (!set) this.#watches.set(key, (set = new Set()));
      set.add(watch);
    }
    return watch;
  }

  notify(key: string): void {
    const set = this.#watches.get(key);
    if (!set) return;
    for (const watch of [...set]) watch.fire();
  }

  notifyAll(): void {
    for (const key of [...this.#watches.keys()]) this.notify(key);
  }

  remove(watch: Watch): void {
    for (const key of watch.keys) {
      const set = this.#watches.get(key);
      if (!set) continue;
      set.delete(watch);
      if (set.size === 0) this.#watches.delete(key);
    }
  }
}
