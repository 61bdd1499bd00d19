import type { Socket } from 'node:net';
import { ConnectionLossError, MalformedFrameError } from '../../engine/errors/index.js';
import { MAX_HANDSHAKE_BYTES } from '../shared/auth.js';
import { MAX_REASON_BYTES } from '../shared/close-reason.js';

/*
 * The TCP wire format. Every frame on the stream is the foundation's length-prefixed frame
 * (a 4-byte big-endian length, then that many bytes) whose first byte says what it is:
 *
 *   0 DATA       the rest is one frame for the engine
 *   1 HANDSHAKE  a handshake message (adapters/shared/auth.ts); only before the first DATA
 *   2 PING       empty; sent by a side that has sent nothing for `keepAliveMs`
 *   3 GOAWAY     "CODE message": why the sender is closing; the stream ends after it
 *
 * So a DATA frame of n bytes costs n + 5 bytes on the wire. Until the handshake is over a
 * reader accepts only frames of at most MAX_PRELUDE_BYTES, so an unauthenticated peer cannot
 * make this side allocate a large buffer.
 */

export const enum FrameType {
  Data = 0,
  Handshake = 1,
  Ping = 2,
  GoAway = 3,
}

export const HEADER_BYTES = 5;
export const MAX_CONTROL_BYTES = Math.max(MAX_HANDSHAKE_BYTES, MAX_REASON_BYTES) + 1;
const MAX_PRELUDE_BYTES = MAX_CONTROL_BYTES;
const PRELUDE_PAUSE_BYTES = 64 * 1024;

/** One control frame as a buffer of its own. */
export function controlFrame(type: FrameType, body: Uint8Array = new Uint8Array(0)): Buffer {
  const out = Buffer.allocUnsafe(HEADER_BYTES + body.byteLength);
  out.writeUInt32BE(body.byteLength + 1, 0);
  out[4] = type;
  out.set(body, HEADER_BYTES);
  return out;
}

export interface PreludeFrame {
  type: FrameType;
  body: Uint8Array;
}

/**
 * Reads the frames of the handshake from a socket, one at a time, and hands over the bytes
 * that came after them (the first DATA frames may share a chunk with the last handshake
 * message) when the connection takes the socket over.
 */
export class PreludeReader {
  readonly #socket: Socket;
  #buffer: Buffer = Buffer.alloc(0);
  #failure: Error | null = null;
  #waiter: { resolve(frame: PreludeFrame): void; reject(error: Error): void } | null = null;

  constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', this.#onData);
    socket.on('end', this.#onEnd);
    socket.on('close', this.#onEnd);
    socket.on('error', this.#onError);
  }

  /**
   * The next frame; rejects with MALFORMED_FRAME on bytes that are no handshake frame, with
   * CONNECTION_LOSS if the stream ends first. Frames are cut only when asked for, so what
   * follows the last handshake message stays raw for the connection to read with its limits.
   */
  next(): Promise<PreludeFrame> {
    if (this.#failure) return Promise.reject(this.#failure);
    const frame = this.#take();
    if (frame) return Promise.resolve(frame);
    if (this.#failure) return Promise.reject(this.#failure);
    this.#socket.resume();
    return new Promise((resolve, reject) => (this.#waiter = { resolve, reject }));
  }

  /** Stops reading and returns the bytes received after the last frame taken (the socket may be paused). */
  detach(): Buffer {
    this.#socket.off('data', this.#onData);
    this.#socket.off('end', this.#onEnd);
    this.#socket.off('close', this.#onEnd);
    this.#socket.off('error', this.#onError);
    return this.#buffer;
  }

  #take(): PreludeFrame | null {
    if (this.#buffer.length < 4) return null;
    const length = this.#buffer.readUInt32BE(0);
    if (length < 1 || length > MAX_PRELUDE_BYTES) {
      this.#fail(new MalformedFrameError('The peer does not speak the logkeeper TCP protocol (or speaks TLS where plain TCP is expected, or the other way round)'));
      return null;
    }
    if (this.#buffer.length < 4 + length) return null;
    const frame = { type: this.#buffer[4] as FrameType, body: this.#buffer.subarray(5, 4 + length) };
    this.#buffer = this.#buffer.subarray(4 + length);
    return frame;
  }

  #onData = (chunk: Buffer): void => {
    if (this.#failure) return;
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    // Bytes sent ahead of the handshake's end wait in the kernel, not here.
    if (this.#buffer.length > PRELUDE_PAUSE_BYTES) this.#socket.pause();
    if (!this.#waiter) return;
    const frame = this.#take();
    if (frame) {
      const waiter = this.#waiter;
      this.#waiter = null;
      waiter.resolve(frame);
    }
  };

  #onEnd = (): void => this.#fail(new ConnectionLossError('The peer closed the connection during the handshake'));

  #onError = (error: Error): void => this.#fail(new ConnectionLossError(`Connection failed during the handshake: ${error.message}`, { cause: error }));

  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    if (this.#waiter) {
      const waiter = this.#waiter;
      this.#waiter = null;
      waiter.reject(error);
    }
  }
}
