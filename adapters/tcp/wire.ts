import type { Socket } from 'node:net';
import { ConnectionLossError, MalformedFrameError } from '../../engine/errors/index.js';
import type { ForeignProtocol } from '../../transports/byte-stream.js';
import { MAX_HANDSHAKE_BYTES } from '../shared/auth.js';
import { MAX_REASON_BYTES } from '../shared/close-reason.js';
import { whoseBytes } from './first-bytes.js';

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
const PRELUDE_PAUSE_BYTES = 16 * 1024;

/** One control frame as a buffer of its own. */
export function controlFrame(type: FrameType, body: Uint8Array = new Uint8Array(0)): Buffer {
  const out = Buffer.allocUnsafe(HEADER_BYTES + body.byteLength);
  out.writeUInt32BE(body.byteLength + 1, 0);
  out[4] = type;
  out.set(body, HEADER_BYTES);
  return out;
}

/** Frames for the engine as one buffer: each is a DATA frame (the early frames of a connect). */
export function dataFrames(frames: readonly Uint8Array[]): Buffer {
  return Buffer.concat(frames.map((f) => controlFrame(FrameType.Data, f)));
}

export interface PreludeFrame {
  type: FrameType;
  body: Uint8Array;
}

/**
 * Reads a socket's first bytes: enough of them to tell whose they are (`sniff`), then the
 * frames of the handshake, one at a time (`next`), and hands over the bytes that came after
 * (the first DATA frames may share a chunk with the last handshake message) when the
 * connection, or a foreign protocol, takes the socket over. It holds at most
 * PRELUDE_PAUSE_BYTES and one chunk, for at most the handshake timeout: past that much it
 * pauses the socket, so that bytes sent ahead wait in the kernel. (It does not draw on the
 * transport's budget for unfinished frames: peers holding that budget must not keep new
 * clients from shaking hands.)
 */
export class PreludeReader {
  readonly #socket: Socket;
  #buffer: Buffer = Buffer.alloc(0);
  #failure: Error | null = null;
  #wake: (() => void) | null = null;

  constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', this.#onData);
    socket.on('end', this.#onEnd);
    socket.on('close', this.#onEnd);
    socket.on('error', this.#onError);
  }

  /**
   * Waits for enough first bytes to tell whose they are: null when they are the adapter's own
   * (or when the stream ends or breaks first: `next` then reports why), else the foreign
   * protocol that claimed them.
   */
  async sniff(foreign: readonly ForeignProtocol[], onMatcherError: (protocol: ForeignProtocol, error: unknown) => void): Promise<ForeignProtocol | null> {
    for (;;) {
      const verdict = whoseBytes(this.#buffer, foreign, onMatcherError);
      if (verdict !== undefined) return verdict === 'own' ? null : verdict;
      if (this.#failure) return null;
      await this.#changed();
    }
  }

  /**
   * The next frame; rejects with MALFORMED_FRAME on bytes that are no handshake frame, with
   * CONNECTION_LOSS if the stream ends first. Frames are cut only when asked for, so what
   * follows the last handshake message stays raw for the connection to read with its limits.
   */
  async next(): Promise<PreludeFrame> {
    for (;;) {
      const frame = this.#take();
      if (frame) return frame;
      if (this.#failure) throw this.#failure;
      await this.#changed();
    }
  }

  /** Stops reading and returns the bytes received after the last frame taken (the socket may be paused). */
  detach(): Buffer {
    this.#socket.off('data', this.#onData);
    this.#socket.off('end', this.#onEnd);
    this.#socket.off('close', this.#onEnd);
    this.#socket.off('error', this.#onError);
    return this.#buffer;
  }

  #changed(): Promise<void> {
    this.#socket.resume();
    return new Promise((resolve) => (this.#wake = resolve));
  }

  #take(): PreludeFrame | null {
    if (this.#failure || this.#buffer.length < 4) return null;
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
    this.#notify();
  };

  #onEnd = (): void => this.#fail(new ConnectionLossError('The peer closed the connection during the handshake'));

  #onError = (error: Error): void => this.#fail(new ConnectionLossError(`Connection failed during the handshake: ${error.message}`, { cause: error }));

  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    this.#notify();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }
}
