import { BadArgumentsError, FrameTooLargeError } from '../engine/errors/index.js';

/*
 * Length-prefixed framing for stream adapters (TCP): each frame is a 4-byte big-endian
 * length followed by that many bytes. The parser is a byte-level state machine with no I/O,
 * so it is tested on its own. It never allocates more than one frame of at most
 * `maxFrameBytes`, and refuses a larger length as soon as the header arrives.
 */

export const FRAME_HEADER_BYTES = 4;
export const DEFAULT_MAX_FRAME_BYTES = 16 * 1024 * 1024;

/** The 4-byte header announcing a frame of `length` bytes. */
export function frameHeader(length: number): Uint8Array {
  const header = new Uint8Array(FRAME_HEADER_BYTES);
  new DataView(header.buffer).setUint32(0, length);
  return header;
}

/** Header and payload in one buffer. */
export function encodeFrame(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(FRAME_HEADER_BYTES + payload.byteLength);
  new DataView(out.buffer).setUint32(0, payload.byteLength);
  out.set(payload, FRAME_HEADER_BYTES);
  return out;
}

export class FrameParser {
  readonly maxFrameBytes: number;
  #header = new Uint8Array(FRAME_HEADER_BYTES);
  #headerFill = 0;
  #body: Uint8Array | null = null;
  #bodyFill = 0;
  #failure: FrameTooLargeError | null = null;

  constructor(options: { maxFrameBytes?: number } = {}) {
    const max = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    if (!Number.isInteger(max) || max < 0 || max > 0xffffffff) {
      throw new BadArgumentsError('maxFrameBytes must be an integer from 0 to 2^32-1');
    }
    this.maxFrameBytes = max;
  }

  /** Bytes of an incomplete frame held so far. */
  get buffered(): number {
    return this.#headerFill + this.#bodyFill;
  }

  /**
   * Consumes a chunk and returns the frames it completes, in order. A frame that lies whole
   * inside `chunk` is returned as a view of it, without copying. Throws FrameTooLargeError
   * when a header announces more than `maxFrameBytes`; the parser then stays failed (the
   * stream cannot be resynchronised) and throws the same error on every later call.
   */
  push(chunk: Uint8Array): Uint8Array[] {
    if (this.#failure) throw this.#failure;
    const frames: Uint8Array[] = [];
    let at = 0;
    const end = chunk.byteLength;
    while (at < end) {
      if (this.#body === null) {
        // Fast path: a whole header (and maybe the whole frame) in this chunk.
        if (this.#headerFill === 0 && end - at >= FRAME_HEADER_BYTES) {
          const length = ((chunk[at]! << 24) | (chunk[at + 1]! << 16) | (chunk[at + 2]! << 8) | chunk[at + 3]!) >>> 0;
          this.#check(length);
          at += FRAME_HEADER_BYTES;
          if (end - at >= length) {
            frames.push(chunk.subarray(at, at + length));
            at += length;
            continue;
          }
          this.#startBody(length);
        } else {
          const take = Math.min(FRAME_HEADER_BYTES - this.#headerFill, end - at);
          this.#header.set(chunk.subarray(at, at + take), this.#headerFill);
          this.#headerFill += take;
          at += take;
          if (this.#headerFill < FRAME_HEADER_BYTES) break;
          const h = this.#header;
          const length = ((h[0]! << 24) | (h[1]! << 16) | (h[2]! << 8) | h[3]!) >>> 0;
          this.#headerFill = 0;
          this.#check(length);
          if (length === 0) {
            frames.push(new Uint8Array(0));
            continue;
          }
          this.#startBody(length);
        }
      }
      const body = this.#body!;
      const take = Math.min(body.byteLength - this.#bodyFill, end - at);
      body.set(chunk.subarray(at, at + take), this.#bodyFill);
      this.#bodyFill += take;
      at += take;
      if (this.#bodyFill === body.byteLength) {
        frames.push(body);
        this.#body = null;
        this.#bodyFill = 0;
      }
    }
    return frames;
  }

  #check(length: number): void {
    if (length > this.maxFrameBytes) {
      this.#failure = new FrameTooLargeError(`Incoming frame of ${length} bytes exceeds the limit of ${this.maxFrameBytes}`);
      throw this.#failure;
    }
  }

  #startBody(length: number): void {
    this.#body = new Uint8Array(length);
    this.#bodyFill = 0;
  }
}
