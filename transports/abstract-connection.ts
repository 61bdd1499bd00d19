import {
  BadArgumentsError,
  ConnectionClosedError,
  FrameTooLargeError,
} from '../engine/errors/index.js';
import type { Connection } from './transport.js';

export interface ConnectionInit {
  localAddress: string;
  remoteAddress: string;
  maxFrameBytes: number;
}

function checkHandler(handler: unknown): void {
  if (typeof handler !== 'function') throw new BadArgumentsError('The handler must be a function');
}

/**
 * The state and argument checks of a Connection, done once for every adapter.
 *
 * Private API for implementors: override `_send(frame)` (the frame is valid and the
 * connection open; return false above the high-water mark), `_close()` (called once, on a
 * local close; flush what was sent, then tell the peer) and optionally `_bufferedAmount()`.
 * Report what happens on the network with `_deliver(frame)`, `_drained()` and
 * `_closedByPeer(error?)`.
 */
export abstract class AbstractConnection implements Connection {
  readonly localAddress: string;
  readonly remoteAddress: string;
  readonly maxFrameBytes: number;

  #closed = false;
  #closeError: Error | undefined;
  #closeNotified = false;
  #frameHandlers: Array<(frame: Uint8Array) => void> = [];
  #closeHandlers: Array<(error?: Error) => void> = [];
  #drainHandlers: Array<() => void> = [];
  // Frames that arrived before any frame handler was set; null once they have been handed over.
  #inbox: Uint8Array[] | null = [];

  constructor(init: ConnectionInit) {
    this.localAddress = init.localAddress;
    this.remoteAddress = init.remoteAddress;
    this.maxFrameBytes = init.maxFrameBytes;
  }

  get closed(): boolean {
    return this.#closed;
  }

  get bufferedAmount(): number {
    return this._bufferedAmount();
  }

  send(frame: Uint8Array): boolean {
    if (!(frame instanceof Uint8Array)) throw new BadArgumentsError('A frame must be a Uint8Array');
    if (this.#closed) throw new ConnectionClosedError(`Connection to ${this.remoteAddress} is closed`);
    if (frame.byteLength > this.maxFrameBytes) {
      throw new FrameTooLargeError(`Frame of ${frame.byteLength} bytes exceeds the limit of ${this.maxFrameBytes}`);
    }
    return this._send(frame);
  }

  onFrame(handler: (frame: Uint8Array) => void): void {
    checkHandler(handler);
    this.#frameHandlers.push(handler);
    if (this.#inbox !== null && this.#frameHandlers.length === 1) queueMicrotask(() => this.#flushInbox());
  }

  onClose(handler: (error?: Error) => void): void {
    checkHandler(handler);
    if (this.#closeNotified) queueMicrotask(() => handler(this.#closeError));
    else this.#closeHandlers.push(handler);
  }

  onDrain(handler: () => void): void {
    checkHandler(handler);
    this.#drainHandlers.push(handler);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this._close();
    this.#notifyClose();
  }

  // ---- hooks for adapters ----

  protected abstract _send(frame: Uint8Array): boolean;
  protected abstract _close(): void;

  protected _bufferedAmount(): number {
    return 0;
  }

  /** An adapter calls this for each frame that arrives, in order. */
  protected _deliver(frame: Uint8Array): void {
    if (this.#closed) return;
    if (this.#inbox !== null) {
      this.#inbox.push(frame);
      return;
    }
    for (const handler of this.#frameHandlers) handler(frame);
  }

  /** An adapter calls this when the send buffer has drained below its high-water mark. */
  protected _drained(): void {
    if (this.#closed) return;
    for (const handler of this.#drainHandlers) handler();
  }

  /** An adapter calls this when the peer closed, or the connection broke (with an error). */
  protected _closedByPeer(error?: Error): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#closeError = error;
    this.#notifyClose();
  }

  #flushInbox(): void {
    const inbox = this.#inbox;
    if (inbox === null) return;
    this.#inbox = null;
    for (const frame of inbox) for (const handler of this.#frameHandlers) handler(frame);
    if (this.#closed && !this.#closeNotified) this.#notifyClose();
  }

  #notifyClose(): void {
    if (this.#closeNotified) return;
    // Frames that arrived before the close reach the frame handler first; with no frame
    // handler at all, nobody wants them.
    if (this.#inbox !== null && this.#inbox.length > 0 && this.#frameHandlers.length > 0) return;
    this.#inbox = null;
    this.#closeNotified = true;
    const handlers = this.#closeHandlers;
    this.#closeHandlers = [];
    this.#drainHandlers = [];
    for (const handler of handlers) handler(this.#closeError);
  }
}
