import { AbortedError, MalformedFrameError, type LogkeeperError } from '../errors/index.js';

/** What a client stream needs from its peer. */
export interface ClientStreamLink {
  sendCredit(id: number, credit: number): void;
  sendCancel(id: number): void;
  forget(id: number): void;
}

/**
 * The reading side of a push stream: an async iterable of messages. It grants the writer
 * `window` messages of credit and returns credit as messages are taken, so at most `window`
 * messages are ever buffered here. Breaking out of `for await` cancels the stream.
 */
export class ClientStream implements AsyncIterableIterator<Uint8Array> {
  readonly id: number;
  readonly window: number;
  readonly #link: ClientStreamLink;
  #queue: Uint8Array[] = [];
  #taken = 0;
  #done = false;
  #error: LogkeeperError | null = null;
  #waiter: { resolve(r: IteratorResult<Uint8Array>): void; reject(e: Error): void } | null = null;

  constructor(id: number, window: number, link: ClientStreamLink) {
    this.id = id;
    this.window = window;
    this.#link = link;
  }

  /** True once the stream has ended, failed or been cancelled (buffered messages may remain). */
  get finished(): boolean {
    return this.#done;
  }

  next(): Promise<IteratorResult<Uint8Array>> {
    if (this.#queue.length > 0) {
      const value = this.#queue.shift()!;
      this.#took();
      return Promise.resolve({ value, done: false });
    }
    if (this.#error) return Promise.reject(this.#error);
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  async return(): Promise<IteratorResult<Uint8Array>> {
    this.cancel();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Stops the stream: the writer is told, and iteration ends. */
  cancel(): void {
    if (this.#done) return;
    this.#link.sendCancel(this.id);
    this.#settle(null);
    this.#queue = [];
  }

  // ---- driven by the peer ----

  /** @internal */
  data(payload: Uint8Array): void {
    if (this.#done) return;
    if (this.#waiter) {
      const waiter = this.#waiter;
      this.#waiter = null;
      this.#took();
      waiter.resolve({ value: payload, done: false });
      return;
    }
    if (this.#queue.length >= this.window) {
      // The writer ignored its credit: refuse to buffer without bound.
      this.#link.sendCancel(this.id);
      this.#settle(new MalformedFrameError(`Stream ${this.id} sent more than its credit of ${this.window}`));
      return;
    }
    this.#queue.push(payload);
  }

  /** @internal */
  end(): void {
    this.#settle(null);
  }

  /** @internal */
  fail(error: LogkeeperError): void {
    this.#settle(error);
  }

  /** @internal */
  abort(): void {
    if (this.#done) return;
    this.#link.sendCancel(this.id);
    this.#settle(new AbortedError('The stream was aborted'));
  }

  #took(): void {
    if (this.#done) return;
    if (++this.#taken >= Math.ceil(this.window / 2)) {
      this.#link.sendCredit(this.id, this.#taken);
      this.#taken = 0;
    }
  }

  #settle(error: LogkeeperError | null): void {
    if (this.#done) return;
    this.#done = true;
    this.#error = error;
    this.#link.forget(this.id);
    const waiter = this.#waiter;
    this.#waiter = null;
    if (!waiter) return;
    if (error) waiter.reject(error);
    else waiter.resolve({ value: undefined, done: true });
  }
}
