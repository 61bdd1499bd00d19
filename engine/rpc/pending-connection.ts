import { BadArgumentsError, ConnectionClosedError } from '../errors/index.js';
import type { Connection } from '../../transports/transport.js';

/*
 * A Connection still being dialled. What is sent before the real one exists waits in an
 * outbox; handlers wait too, and are handed to the real connection by `attach`. The Connector
 * builds its RpcPeer on one, lets the caller's `open` send its first request into it, and
 * hands that outbox to `transport.connect` as early frames (ConnectOptions.early): the request
 * then travels with the link's handshake instead of a round trip after it. Frames sent after
 * the outbox was taken and before `attach` follow it in order.
 */
export class PendingConnection implements Connection {
  readonly remoteAddress: string;
  #real: Connection | null = null;
  #outbox: Uint8Array[] = [];
  #outboxBytes = 0;
  #closed = false;
  #closeError: Error | undefined;
  #frameHandlers: Array<(frame: Uint8Array) => void> = [];
  #closeHandlers: Array<(error?: Error) => void> = [];
  #drainHandlers: Array<() => void> = [];

  constructor(remoteAddress: string) {
    this.remoteAddress = remoteAddress;
  }

  get localAddress(): string {
    return this.#real?.localAddress ?? '';
  }

  get closed(): boolean {
    return this.#real?.closed ?? this.#closed;
  }

  get bufferedAmount(): number {
    return this.#real?.bufferedAmount ?? this.#outboxBytes;
  }

  /** The frames sent so far, for the transport to send first; they leave the outbox. */
  takeEarly(): Uint8Array[] {
    const early = this.#outbox;
    this.#outbox = [];
    this.#outboxBytes = 0;
    return early;
  }

  /** The real connection is open (and has sent what `takeEarly` took): everything moves to it. */
  attach(real: Connection): void {
    if (this.#real) throw new BadArgumentsError('Already attached');
    if (this.#closed) {
      real.close();
      return;
    }
    this.#real = real;
    for (const handler of this.#frameHandlers) real.onFrame(handler);
    for (const handler of this.#drainHandlers) real.onDrain(handler);
    for (const handler of this.#closeHandlers) real.onClose(handler);
    this.#frameHandlers = [];
    this.#drainHandlers = [];
    this.#closeHandlers = [];
    for (const frame of this.takeEarly()) real.send(frame);
  }

  /** The dial failed: the connection closes with `error` (its requests fail). */
  fail(error: Error): void {
    if (this.#real || this.#closed) return;
    this.#finish(error);
  }

  send(frame: Uint8Array): boolean {
    if (this.#real) return this.#real.send(frame);
    if (!(frame instanceof Uint8Array)) throw new BadArgumentsError('A frame must be a Uint8Array');
    if (this.#closed) throw new ConnectionClosedError(`Connection to ${this.remoteAddress} is closed`);
    // The caller may reuse its buffer once send returns.
    this.#outbox.push(frame.slice());
    this.#outboxBytes += frame.byteLength;
    return true;
  }

  onFrame(handler: (frame: Uint8Array) => void): void {
    if (this.#real) this.#real.onFrame(handler);
    else this.#frameHandlers.push(handler);
  }

  onClose(handler: (error?: Error) => void): void {
    if (this.#real) this.#real.onClose(handler);
    else if (this.#closed) queueMicrotask(() => handler(this.#closeError));
    else this.#closeHandlers.push(handler);
  }

  onDrain(handler: () => void): void {
    if (this.#real) this.#real.onDrain(handler);
    else this.#drainHandlers.push(handler);
  }

  close(): void {
    if (this.#real) this.#real.close();
    else if (!this.#closed) this.#finish(undefined);
  }

  #finish(error: Error | undefined): void {
    this.#closed = true;
    this.#closeError = error;
    this.#outbox = [];
    this.#outboxBytes = 0;
    const handlers = this.#closeHandlers;
    this.#closeHandlers = [];
    this.#frameHandlers = [];
    this.#drainHandlers = [];
    for (const handler of handlers) handler(error);
  }
}
