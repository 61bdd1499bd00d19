import type { Socket } from 'node:net';
import { AbstractConnection } from '../../transports/abstract-connection.js';
import { FrameParser } from '../../transports/framing.js';
import type { FrameBudget } from '../../transports/frame-budget.js';
import { ConnectionLossError, LogkeeperError, MalformedFrameError } from '../../engine/errors/index.js';
import type { Clock, Timer } from '../../engine/time/clock.js';
import type { LinkSettings } from '../shared/options.js';
import { decodeReason, encodeReason } from '../shared/close-reason.js';
import type { Logger } from '../shared/logger.js';
import { SEND_BUFFER_BYTES, SendBuffer } from './send-buffers.js';
import { controlFrame, FrameType, HEADER_BYTES, MAX_CONTROL_BYTES } from './wire.js';

/*
 * How this works.
 *
 * Sending: `send` copies the frame, behind its 5-byte header, into a batch buffer (the caller
 * may reuse its buffer at once; a frame larger than one buffer fills several; the buffers are
 * reused once written, send-buffers.ts) and schedules one flush per microtask. The flush hands the
 * batch to the socket in one write, or several batches under cork/uncork so they leave in one
 * writev: a burst of small frames costs one syscall. `bufferedAmount` counts the batch and
 * the socket's own queue; `send` returns false at `highWaterMark` and `onDrain` fires once it
 * falls below. A caller that keeps sending past `maxBufferedBytes` (the peer is not reading
 * and the caller ignores `false`) loses the connection with CONNECTION_LOSS rather than
 * letting memory grow without bound.
 *
 * Receiving: the foundation's FrameParser cuts the stream into frames (views into the chunk
 * when a frame lies whole inside it); the first byte says DATA, PING or GOAWAY. What it holds
 * of unfinished frames comes from the transport's FrameBudget, shared by all its connections:
 * past it the connection closes with OVERLOADED (the GOAWAY tells the peer), and a closed
 * connection gives back what it held at once. An accepted connection's first frame is bounded
 * on its own (`maxFirstFrameBytes`, FRAME_TOO_LARGE above it).
 *
 * Liveness: every `keepAliveMs` a side that has sent nothing sends a PING, and a side that has
 * received no byte for `idleTimeoutMs` closes with CONNECTION_LOSS: a silently dead peer (a
 * pulled cable, a frozen VM) is noticed within idleTimeoutMs + keepAliveMs.
 *
 * Closing: `close()` flushes and ends the stream (FIN), so the peer reads every frame sent
 * before it sees the close; the socket is destroyed if the peer does not finish within
 * `idleTimeoutMs`. An error close (bad bytes, a frame over the limit) sends GOAWAY with the
 * typed reason first, so the peer's onClose gets the same code.
 */

const FLUSH_BYTES = 64 * 1024;

export interface TcpConnectionInit extends LinkSettings {
  localAddress: string;
  remoteAddress: string;
  /** Shared by the transport's connections: the bytes of unfinished incoming frames they may hold. */
  budget: FrameBudget;
  /** The largest first frame accepted (accepted connections); default maxFrameBytes. */
  maxFirstFrameBytes?: number;
}

export class TcpConnection extends AbstractConnection {
  readonly #socket: Socket;
  readonly #parser: FrameParser;
  readonly #highWaterMark: number;
  readonly #maxBufferedBytes: number;
  readonly #keepAliveMs: number;
  readonly #idleTimeoutMs: number;
  readonly #clock: Clock;
  readonly #logger: Logger;

  // The batch being filled: bytes [#batchStart, #batchEnd) are not handed to the socket yet.
  #batch: SendBuffer | null = null;
  #batchStart = 0;
  #batchEnd = 0;
  // Parts of batches waiting for the flush (each with its batch), and the bytes they and the open batch hold.
  #sealed: Buffer[] = [];
  #sealedOwners: SendBuffer[] = [];
  #pendingBytes = 0;
  #flushScheduled = false;
  #waitingForDrain = false;

  #sentSinceTick = false;
  #receivedSinceTick = false;
  #silentMs = 0;
  #timer: Timer | null = null;
  #lingerTimer: Timer | null = null;

  constructor(socket: Socket, init: TcpConnectionInit, leftover: Uint8Array) {
    super(init);
    this.#socket = socket;
    // + 1: the type byte.
    const first = init.maxFirstFrameBytes === undefined ? undefined : init.maxFirstFrameBytes + 1;
    this.#parser = new FrameParser({ maxFrameBytes: init.maxFrameBytes + 1, maxFirstFrameBytes: first, budget: init.budget });
    this.#highWaterMark = init.highWaterMark;
    this.#maxBufferedBytes = init.maxBufferedBytes;
    this.#keepAliveMs = init.keepAliveMs;
    this.#idleTimeoutMs = init.idleTimeoutMs;
    this.#clock = init.clock;
    this.#logger = init.logger;

    socket.on('data', this.#onData);
    socket.on('end', this.#onEnd);
    socket.on('error', this.#onError);
    socket.on('close', this.#onSocketClose);
    if (this.#keepAliveMs > 0) this.#timer = this.#clock.setTimer(this.#keepAliveMs, this.#tick);
    if (leftover.byteLength > 0) this.#onData(leftover);
    socket.resume();
  }

  /** The socket underneath, for what the contract does not cover (TLS peer certificate, addresses). */
  get socket(): Socket {
    return this.#socket;
  }

  protected override _bufferedAmount(): number {
    return this.#pendingBytes + this.#socket.writableLength;
  }

  protected override _send(frame: Uint8Array): boolean {
    const buffered = this.#pendingBytes + this.#socket.writableLength + HEADER_BYTES + frame.byteLength;
    if (buffered > this.#maxBufferedBytes) {
      this.#abort(new ConnectionLossError(
        `The peer is not reading: ${buffered} bytes would wait to be sent, over the limit of ${this.#maxBufferedBytes} (send() returned false and was not heeded)`,
      ));
      return false;
    }
    // Set before appending, so that whichever flush carries this frame asks to be told when it has left.
    if (buffered >= this.#highWaterMark) this.#waitingForDrain = true;
    this.#append(FrameType.Data, frame);
    return buffered < this.#highWaterMark;
  }

  protected override _close(): void {
    this.#parser.release();
    this.#stopTimer();
    this.#flush();
    this.#retireBatch();
    this.#socket.end();
    this.#linger();
  }

  /** Every close from the other side or the network comes through here: give the budget back at once. */
  protected override _closedByPeer(error?: Error): void {
    this.#parser.release();
    super._closedByPeer(error);
  }

  // ---- sending ----

  #append(type: FrameType, frame: Uint8Array): void {
    let batch = this.#room(HEADER_BYTES);
    let at = this.#batchEnd;
    const length = frame.byteLength + 1;
    batch[at] = length >>> 24;
    batch[at + 1] = (length >>> 16) & 0xff;
    batch[at + 2] = (length >>> 8) & 0xff;
    batch[at + 3] = length & 0xff;
    batch[at + 4] = type;
    this.#batchEnd = at + HEADER_BYTES;
    for (let from = 0; from < frame.byteLength; ) {
      batch = this.#room(1);
      at = this.#batchEnd;
      const n = Math.min(SEND_BUFFER_BYTES - at, frame.byteLength - from);
      batch.set(frame.subarray(from, from + n), at);
      this.#batchEnd = at + n;
      from += n;
    }
    this.#pendingBytes += HEADER_BYTES + frame.byteLength;
    this.#sentSinceTick = true;
    // Enough for a big write: hand it to the socket now, so that the kernel's buffer, not
    // ours, absorbs bursts, and `bufferedAmount` reflects what the network has not taken.
    if (this.#pendingBytes >= FLUSH_BYTES) {
      this.#flush();
      return;
    }
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      queueMicrotask(this.#flushLater);
    }
  }

  /** The open batch's bytes, with at least `bytes` free after #batchEnd (a new batch if need be). */
  #room(bytes: number): Buffer {
    const batch = this.#batch;
    if (batch !== null && SEND_BUFFER_BYTES - this.#batchEnd >= bytes) return batch.bytes;
    this.#seal();
    this.#retireBatch();
    const fresh = (this.#batch = new SendBuffer());
    this.#batchStart = this.#batchEnd = 0;
    return fresh.bytes;
  }

  /** Moves the unflushed part of the open batch to the sealed list. */
  #seal(): void {
    const batch = this.#batch;
    if (batch !== null && this.#batchEnd > this.#batchStart) {
      batch.writing();
      this.#sealed.push(batch.bytes.subarray(this.#batchStart, this.#batchEnd));
      this.#sealedOwners.push(batch);
      this.#batchStart = this.#batchEnd;
    }
  }

  /** No more frames go into the open batch: it returns to the pool once written. */
  #retireBatch(): void {
    this.#batch?.retire();
    this.#batch = null;
  }

  #flushLater = (): void => {
    this.#flushScheduled = false;
    this.#flush();
  };

  #flush(): void {
    this.#seal();
    const chunks = this.#sealed;
    const owners = this.#sealedOwners;
    if (chunks.length === 0 || this.#socket.destroyed) return;
    this.#sealed = [];
    this.#sealedOwners = [];
    this.#pendingBytes = 0;
    const socket = this.#socket;
    const last = chunks.length - 1;
    if (last > 0) socket.cork();
    for (let i = 0; i < last; i++) socket.write(chunks[i]!, owners[i]!.written);
    // Above the high-water mark, learn when the last chunk (and so all before it) has left.
    const owner = owners[last]!;
    if (this.#waitingForDrain) {
      socket.write(chunks[last]!, (error) => {
        owner.written(error);
        this.#checkDrain();
      });
    } else socket.write(chunks[last]!, owner.written);
    if (last > 0) socket.uncork();
  }

  #checkDrain = (): void => {
    if (!this.#waitingForDrain || this.closed) return;
    if (this.#pendingBytes + this.#socket.writableLength >= this.#highWaterMark) return;
    this.#waitingForDrain = false;
    this._drained();
  };

  // ---- receiving ----

  #onData = (chunk: Uint8Array): void => {
    this.#receivedSinceTick = true;
    let frames: Uint8Array[];
    try {
      frames = this.#parser.push(chunk);
    } catch (error) {
      this.#fail(error as LogkeeperError);
      return;
    }
    for (let i = 0; i < frames.length && !this.closed; i++) {
      const frame = frames[i]!;
      const type = frame.byteLength > 0 ? frame[0] : -1;
      if (type === FrameType.Data) this._deliver(frame.subarray(1));
      else if (type === FrameType.Ping && frame.byteLength === 1) continue;
      else if (type === FrameType.GoAway && frame.byteLength <= MAX_CONTROL_BYTES) {
        this.#stopTimer();
        this.#socket.end();
        this.#linger();
        this._closedByPeer(decodeReason(frame.subarray(1)));
      } else this.#fail(new MalformedFrameError(`Unexpected frame of type ${type} and ${frame.byteLength} bytes`));
    }
    // The frames before a refused one (too large, over budget) were delivered; now the refusal.
    const failure = this.#parser.failure;
    if (failure && !this.closed) this.#fail(failure);
  };

  #onEnd = (): void => {
    this.#stopTimer();
    this._closedByPeer();
  };

  #onError = (error: Error): void => {
    this.#stopTimer();
    this._closedByPeer(new ConnectionLossError(`Connection to ${this.remoteAddress} failed: ${error.message}`, { cause: error }));
  };

  #onSocketClose = (): void => {
    this.#stopTimer();
    if (this.#lingerTimer) this.#clock.cancel(this.#lingerTimer);
    this.#lingerTimer = null;
    this._closedByPeer(new ConnectionLossError(`Connection to ${this.remoteAddress} was lost`));
  };

  // ---- liveness and failure ----

  #tick = (): void => {
    this.#timer = null;
    if (this.closed) return;
    if (this.#receivedSinceTick) this.#silentMs = 0;
    else {
      this.#silentMs += this.#keepAliveMs;
      if (this.#silentMs >= this.#idleTimeoutMs) {
        this.#logger.debug?.('Closing a silent TCP connection', { remoteAddress: this.remoteAddress, silentMs: this.#silentMs });
        this.#abort(new ConnectionLossError(`No bytes from ${this.remoteAddress} for ${this.#silentMs} ms`));
        return;
      }
    }
    this.#receivedSinceTick = false;
    if (!this.#sentSinceTick) this.#append(FrameType.Ping, new Uint8Array(0));
    this.#sentSinceTick = false;
    this.#timer = this.#clock.setTimer(this.#keepAliveMs, this.#tick);
  };

  /** A protocol error: tell the peer why, end the stream, and report the error here. */
  #fail(error: LogkeeperError): void {
    if (this.closed) return;
    this.#logger.debug?.('Closing a TCP connection after a protocol error', { remoteAddress: this.remoteAddress, code: error.code, message: error.message });
    this.#stopTimer();
    this.#sealed = [];
    this.#sealedOwners = [];
    this.#retireBatch();
    this.#pendingBytes = 0;
    this.#socket.end(controlFrame(FrameType.GoAway, encodeReason(error)));
    this.#linger();
    this._closedByPeer(error);
  }

  /** Drops the connection at once (the peer cannot be told: it is not reading or is gone). */
  #abort(error: Error): void {
    this.#stopTimer();
    this.#sealed = [];
    this.#sealedOwners = [];
    this.#retireBatch();
    this.#pendingBytes = 0;
    this.#socket.destroy();
    this._closedByPeer(error);
  }

  #linger(): void {
    if (this.#lingerTimer !== null || this.#socket.destroyed) return;
    const ms = this.#idleTimeoutMs > 0 ? this.#idleTimeoutMs : 10_000;
    this.#lingerTimer = this.#clock.setTimer(ms, () => {
      this.#lingerTimer = null;
      this.#socket.destroy();
    });
  }

  #stopTimer(): void {
    if (this.#timer !== null) this.#clock.cancel(this.#timer);
    this.#timer = null;
  }
}
