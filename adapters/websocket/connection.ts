import { AbstractConnection } from '../../transports/abstract-connection.js';
import { ConnectionLossError, FrameTooLargeError, LogkeeperError, MalformedFrameError } from '../../engine/errors/index.js';
import type { Timer } from '../../engine/time/clock.js';
import type { LinkSettings } from '../shared/options.js';
import { decodeReason, encodeReason } from '../shared/close-reason.js';
import type { MessageSocket, SocketSink } from './socket.js';

/*
 * How this works. One binary WebSocket message is one frame, with no header of our own (the
 * WebSocket already frames). Text messages are the adapter's control channel: "ping" and
 * "pong". A close with code 4000 carries a typed reason ("CODE message"), so the peer's
 * onClose gets the same error class; 1000/1001/1005 are clean closes, anything else is
 * CONNECTION_LOSS (1009, message too big, is FRAME_TOO_LARGE).
 *
 * Liveness: every `keepAliveMs`, a side that received nothing since the last tick pings (a
 * WebSocket ping in Node, which browsers answer by themselves; a text "ping" from a browser,
 * which cannot send protocol pings), and a side that received nothing for `idleTimeoutMs`
 * drops the connection with CONNECTION_LOSS.
 *
 * Back-pressure: `send` returns false once the socket's bufferedAmount reaches
 * `highWaterMark`; `onDrain` follows when it falls below (learned from write callbacks in
 * Node, by polling in a browser, which has no drain event). Past `maxBufferedBytes` the
 * connection is dropped with CONNECTION_LOSS.
 */

export const TYPED_CLOSE = 4000;

export interface WsConnectionInit extends LinkSettings {
  localAddress: string;
  remoteAddress: string;
}

/** The error a close code (and reason) means; undefined for a clean close. */
export function closeError(code: number, reason: string, remote: string, cause?: Error): LogkeeperError | undefined {
  if (code === 1000 || code === 1001 || code === 1005) return undefined;
  if (code === TYPED_CLOSE) return decodeReason(reason);
  if (code === 1009) return new FrameTooLargeError(`${remote} closed the connection: a message was too big`);
  if (code === 1002 || code === 1007) return new MalformedFrameError(`${remote} closed the connection: protocol error (${code} ${reason})`);
  return new ConnectionLossError(`Connection to ${remote} was lost (${code}${reason ? ` ${reason}` : ''})`, { cause });
}

/** Closes a socket telling the peer why. */
export function closeWithError(socket: MessageSocket, error: Error): void {
  socket.close(TYPED_CLOSE, new TextDecoder().decode(encodeReason(error)));
}

export class WsConnection extends AbstractConnection implements SocketSink {
  readonly #socket: MessageSocket;
  readonly #init: WsConnectionInit;
  #waitingForDrain = false;
  #pollTimer: Timer | null = null;
  #receivedSinceTick = false;
  #silentMs = 0;
  #timer: Timer | null = null;

  constructor(socket: MessageSocket, init: WsConnectionInit) {
    super(init);
    this.#socket = socket;
    this.#init = init;
    if (init.keepAliveMs > 0) this.#timer = init.clock.setTimer(init.keepAliveMs, this.#tick);
  }

  protected override _bufferedAmount(): number {
    return this.#socket.bufferedAmount;
  }

  protected override _send(frame: Uint8Array): boolean {
    const socket = this.#socket;
    const data = socket.keepsReferences ? frame.slice() : frame;
    const before = socket.bufferedAmount;
    if (before + data.byteLength >= this.#init.highWaterMark) {
      if (before + data.byteLength > this.#init.maxBufferedBytes) {
        this.#drop(new ConnectionLossError(
          `The peer is not reading: ${before} bytes are waiting to be sent, over the limit of ${this.#init.maxBufferedBytes} (send() returned false and was not heeded)`,
        ));
        return false;
      }
      this.#waitingForDrain = true;
      if (socket.reportsWrites) socket.send(data, this.#checkDrain);
      else {
        socket.send(data);
        this.#pollDrain();
      }
      return false;
    }
    socket.send(data);
    return true;
  }

  protected override _close(): void {
    this.#stopTimers();
    this.#socket.close(1000, '');
  }

  // ---- SocketSink ----

  onMessage(data: Uint8Array | string): void {
    this.#receivedSinceTick = true;
    if (typeof data !== 'string') {
      this._deliver(data);
      return;
    }
    if (data === 'ping') this.#socket.send('pong');
    else if (data !== 'pong') this.#fail(new MalformedFrameError('Unexpected text message'));
  }

  onAlive(): void {
    this.#receivedSinceTick = true;
  }

  onEnded(code: number, reason: string, error?: Error): void {
    this.#stopTimers();
    this._closedByPeer(error instanceof LogkeeperError ? error : closeError(code, reason, this.remoteAddress, error));
  }

  // ---- drain, liveness, failure ----

  #checkDrain = (): void => {
    if (!this.#waitingForDrain || this.closed) return;
    if (this.#socket.bufferedAmount >= this.#init.highWaterMark) {
      if (!this.#socket.reportsWrites) this.#pollDrain();
      return;
    }
    this.#waitingForDrain = false;
    this._drained();
  };

  #pollDrain(): void {
    if (this.#pollTimer !== null) return;
    this.#pollTimer = this.#init.clock.setTimer(5, () => {
      this.#pollTimer = null;
      this.#checkDrain();
    });
  }

  #tick = (): void => {
    this.#timer = null;
    if (this.closed) return;
    const { keepAliveMs, idleTimeoutMs, clock } = this.#init;
    if (this.#receivedSinceTick) this.#silentMs = 0;
    else {
      this.#silentMs += keepAliveMs;
      if (this.#silentMs >= idleTimeoutMs) {
        this.#init.logger.debug?.('Closing a silent WebSocket connection', { remoteAddress: this.remoteAddress, silentMs: this.#silentMs });
        this.#drop(new ConnectionLossError(`Nothing from ${this.remoteAddress} for ${this.#silentMs} ms`));
        return;
      }
      if (this.#socket.ping) this.#socket.ping();
      else this.#socket.send('ping');
    }
    this.#receivedSinceTick = false;
    this.#timer = clock.setTimer(keepAliveMs, this.#tick);
  };

  #fail(error: LogkeeperError): void {
    if (this.closed) return;
    this.#stopTimers();
    closeWithError(this.#socket, error);
    this._closedByPeer(error);
  }

  #drop(error: Error): void {
    this.#stopTimers();
    this.#socket.terminate();
    this._closedByPeer(error);
  }

  #stopTimers(): void {
    if (this.#timer !== null) this.#init.clock.cancel(this.#timer);
    if (this.#pollTimer !== null) this.#init.clock.cancel(this.#pollTimer);
    this.#timer = this.#pollTimer = null;
  }
}
