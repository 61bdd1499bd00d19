import type { Socket } from 'node:net';
import { BadArgumentsError, ConnectionClosedError, ConnectionLossError } from '../../engine/errors/index.js';
import type { Clock, Timer } from '../../engine/time/clock.js';
import type { ByteStream } from '../../transports/byte-stream.js';

/*
 * A socket handed to a foreign protocol (transports/byte-stream.ts), with none of the
 * adapter's framing, handshake or liveness: the protocol brings its own.
 *
 * Receiving: the bytes the protocol was recognised by come first, then the socket's chunks
 * as they arrive. The socket is paused until a data handler is set, and while `pause()`
 * holds, so unread bytes wait in the kernel, not here. When the peer ends its side, the
 * handler gets every byte that arrived, then the stream ends: whatever the handler wrote
 * while handling those bytes is sent before our side ends too, and onClose follows.
 *
 * Sending: `write` copies the bytes into the socket's queue (the caller may reuse its buffer)
 * and returns false at `highWaterMark`; onDrain fires when the queue falls below it. A
 * protocol that ignores false past `maxBufferedBytes` loses the stream with CONNECTION_LOSS.
 */

export interface TcpByteStreamInit {
  localAddress: string;
  remoteAddress: string;
  highWaterMark: number;
  maxBufferedBytes: number;
  /** How long a closed stream waits for the peer to finish before the socket is destroyed. */
  lingerMs: number;
  clock: Clock;
}

export class TcpByteStream implements ByteStream {
  readonly localAddress: string;
  readonly remoteAddress: string;
  readonly #socket: Socket;
  readonly #init: TcpByteStreamInit;
  #closed = false;
  #closeNotified = false;
  #closeError: Error | undefined;
  #dataHandlers: Array<(chunk: Uint8Array) => void> = [];
  #closeHandlers: Array<(error?: Error) => void> = [];
  #drainHandlers: Array<() => void> = [];
  // Chunks kept for the first data handler (the recognised bytes); null once handed over.
  #inbox: Uint8Array[] | null;
  #peerEnded: boolean;
  #paused = false;
  #waitingForDrain = false;
  #linger: Timer | null = null;

  constructor(socket: Socket, init: TcpByteStreamInit, first: Uint8Array) {
    this.localAddress = init.localAddress;
    this.remoteAddress = init.remoteAddress;
    this.#socket = socket;
    this.#init = init;
    this.#inbox = first.byteLength > 0 ? [first] : [];
    // The peer may have sent its bytes and ended before the protocol was known.
    this.#peerEnded = socket.readableEnded;
    socket.pause();
    socket.on('data', this.#onData);
    socket.on('end', this.#onEnd);
    socket.on('error', this.#onError);
    socket.on('close', this.#onSocketClose);
    socket.on('drain', this.#onSocketDrain);
  }

  get closed(): boolean {
    return this.#closed;
  }

  get bufferedAmount(): number {
    return this.#socket.writableLength;
  }

  write(bytes: Uint8Array): boolean {
    if (!(bytes instanceof Uint8Array)) throw new BadArgumentsError('write takes a Uint8Array');
    if (this.#closed) throw new ConnectionClosedError(`The stream from ${this.remoteAddress} is closed`);
    const buffered = this.#socket.writableLength + bytes.byteLength;
    if (buffered > this.#init.maxBufferedBytes) {
      this.#end(new ConnectionLossError(
        `The peer is not reading: ${buffered} bytes would wait to be sent, over the limit of ${this.#init.maxBufferedBytes} (write() returned false and was not heeded)`,
      ), true);
      return false;
    }
    this.#socket.write(Buffer.from(bytes));
    if (this.#socket.writableLength < this.#init.highWaterMark) return true;
    this.#waitingForDrain = true;
    return false;
  }

  onData(handler: (chunk: Uint8Array) => void): void {
    checkHandler(handler);
    this.#dataHandlers.push(handler);
    if (this.#dataHandlers.length === 1) queueMicrotask(this.#start);
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

  pause(): void {
    this.#paused = true;
    this.#socket.pause();
  }

  resume(): void {
    this.#paused = false;
    if (this.#inbox === null && !this.#closed) this.#socket.resume();
  }

  close(): void {
    this.#end(undefined, false);
  }

  /** Hands the kept chunks to the first data handler, then lets the socket flow. */
  #start = (): void => {
    const inbox = this.#inbox;
    if (inbox === null) return;
    this.#inbox = null;
    for (const chunk of inbox) this.#deliver(chunk);
    if (this.#peerEnded) this.#end(undefined, false);
    else if (!this.#paused && !this.#closed) this.#socket.resume();
  };

  #deliver(chunk: Uint8Array): void {
    for (const handler of this.#dataHandlers) {
      if (this.#closed) return;
      handler(chunk);
    }
  }

  #onData = (chunk: Buffer): void => {
    if (this.#inbox !== null) this.#inbox.push(chunk);
    else this.#deliver(chunk);
  };

  #onEnd = (): void => {
    this.#peerEnded = true;
    // Not before the kept chunks reach a handler: it may still answer them.
    if (this.#inbox === null) this.#end(undefined, false);
  };

  #onError = (error: Error): void => {
    this.#end(new ConnectionLossError(`The stream from ${this.remoteAddress} failed: ${error.message}`, { cause: error }), true);
  };

  #onSocketClose = (): void => {
    if (this.#linger !== null) this.#init.clock.cancel(this.#linger);
    this.#linger = null;
    this.#end(new ConnectionLossError(`The stream from ${this.remoteAddress} was lost`), true);
  };

  #onSocketDrain = (): void => {
    if (!this.#waitingForDrain || this.#closed || this.#socket.writableLength >= this.#init.highWaterMark) return;
    this.#waitingForDrain = false;
    for (const handler of this.#drainHandlers) handler();
  };

  /** Ends the stream once: flushes and ends the socket (or destroys it at once), then tells the close handlers. */
  #end(error: Error | undefined, destroy: boolean): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#closeError = error;
    this.#inbox = null;
    const socket = this.#socket;
    if (destroy) socket.destroy();
    else if (!socket.destroyed) {
      socket.end();
      this.#linger = this.#init.clock.setTimer(this.#init.lingerMs, () => {
        this.#linger = null;
        socket.destroy();
      });
    }
    this.#closeNotified = true;
    const handlers = this.#closeHandlers;
    this.#closeHandlers = [];
    this.#dataHandlers = [];
    this.#drainHandlers = [];
    for (const handler of handlers) handler(error);
  }
}

function checkHandler(handler: unknown): void {
  if (typeof handler !== 'function') throw new BadArgumentsError('The handler must be a function');
}
