import { AbortedError, BadArgumentsError, InvalidStateError, type LogkeeperError } from '../errors/index.js';

/** The sending side of a push stream, given to a StreamHandler. */
export interface ServerStream {
  /** Aborts when the reader cancels or the connection is lost. */
  readonly signal: AbortSignal;
  /**
   * Sends one message. Resolves once it is handed to the connection; waits while the reader
   * has no credit left (so a slow reader holds back the writer instead of growing a buffer).
   * Rejects with ABORTED once the stream is cancelled.
   */
  write(payload: Uint8Array): Promise<void>;
  /** Ends the stream normally after the messages already written. */
  end(): void;
  /** Ends the stream with an error the reader receives as its typed class. */
  fail(error: unknown): void;
}

interface Waiter {
  payload: Uint8Array;
  resolve(): void;
  reject(error: Error): void;
}

/** What a server stream needs from its peer. */
export interface ServerStreamLink {
  sendData(id: number, payload: Uint8Array): void;
  sendEnd(id: number): void;
  sendError(id: number, error: unknown): void;
  forget(id: number): void;
}

export class ServerStreamImpl implements ServerStream {
  readonly id: number;
  readonly #controller = new AbortController();
  readonly #link: ServerStreamLink;
  #credit: number;
  #waiters: Waiter[] = [];
  #finished = false;

  constructor(id: number, credit: number, link: ServerStreamLink) {
    this.id = id;
    this.#credit = credit;
    this.#link = link;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  write(payload: Uint8Array): Promise<void> {
    if (!(payload instanceof Uint8Array)) return Promise.reject(new BadArgumentsError('A payload must be a Uint8Array'));
    if (this.#controller.signal.aborted) return Promise.reject(new AbortedError('The stream was cancelled'));
    if (this.#finished) return Promise.reject(new InvalidStateError('The stream has ended'));
    if (this.#credit > 0 && this.#waiters.length === 0) {
      this.#credit--;
      this.#link.sendData(this.id, payload);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => this.#waiters.push({ payload, resolve, reject }));
  }

  end(): void {
    if (this.#finish()) this.#link.sendEnd(this.id);
  }

  fail(error: unknown): void {
    if (this.#finish()) this.#link.sendError(this.id, error);
  }

  /** The reader took messages and grants this many more. */
  grant(credit: number): void {
    this.#credit += credit;
    while (this.#credit > 0 && this.#waiters.length > 0) {
      const waiter = this.#waiters.shift()!;
      this.#credit--;
      this.#link.sendData(this.id, waiter.payload);
      waiter.resolve();
    }
  }

  /** The reader cancelled, or the connection is gone. */
  cancel(reason: LogkeeperError): void {
    this.#finished = true;
    this.#controller.abort(reason);
    for (const waiter of this.#waiters) waiter.reject(reason);
    this.#waiters = [];
    this.#link.forget(this.id);
  }

  #finish(): boolean {
    if (this.#finished || this.#controller.signal.aborted) return false;
    this.#finished = true;
    // Messages still waiting for credit would be lost by ending now; a writer that awaits
    // each write never has any.
    for (const waiter of this.#waiters) waiter.reject(new InvalidStateError('The stream ended before this message was sent'));
    this.#waiters = [];
    this.#link.forget(this.id);
    return true;
  }
}
