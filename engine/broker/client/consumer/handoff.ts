import { AbortedError, type LogkeeperError } from '../../../errors/index.js';

/*
 * The meeting point of the run loop and an async iterator: the loop's eachMessage `offer`s a
 * message and waits; the iterator `take`s it; the offer resolves (the message is processed)
 * only when the iterator takes the next one, i.e. when the code that read it has finished
 * with it. `end` rejects whatever was not finished with: it does not count as processed.
 */
export class Handoff<T> {
  #offered: { value: T; done: () => void; fail: (error: Error) => void } | null = null;
  #inHand: { done: () => void; fail: (error: Error) => void } | null = null;
  #waiter: (() => void) | null = null;
  #ended: { error: LogkeeperError | null } | null = null;

  offer(value: T): Promise<void> {
    if (this.#ended) return Promise.reject(new AbortedError('The iterator has ended'));
    return new Promise((done, fail) => {
      this.#offered = { value, done, fail };
      this.#wake();
    });
  }

  /** The previous message is finished with; waits for the next. Null once ended or aborted; the error the handoff ended with, if any. */
  async take(signal?: AbortSignal): Promise<T | null> {
    this.#inHand?.done();
    this.#inHand = null;
    const onAbort = () => this.#wake();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      while (!this.#offered && !this.#ended && !signal?.aborted) await new Promise<void>((resolve) => (this.#waiter = resolve));
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    if (this.#ended?.error) throw this.#ended.error;
    if (this.#ended || signal?.aborted || !this.#offered) return null;
    const { value, done, fail } = this.#offered;
    this.#offered = null;
    this.#inHand = { done, fail };
    return value;
  }

  /** No more messages: the one in hand and any offered are not processed; `error` is thrown to the iterator. */
  end(error: LogkeeperError | null = null): void {
    if (this.#ended) return;
    this.#ended = { error };
    const notProcessed = new AbortedError('The iterator has ended');
    this.#inHand?.fail(notProcessed);
    this.#offered?.fail(notProcessed);
    this.#inHand = null;
    this.#offered = null;
    this.#wake();
  }

  #wake(): void {
    const waiter = this.#waiter;
    this.#waiter = null;
    waiter?.();
  }
}
