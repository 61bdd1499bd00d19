import { BadArgumentsError, ConnectionClosedError, FrameTooLargeError, LogkeeperError, OverloadedError } from '../engine/errors/index.js';
import type { FrameBudget } from './frame-budget.js';

/*
 * Length-prefixed framing for stream adapters (TCP): each frame is a 4-byte big-endian
 * length followed by that many bytes. The parser is a byte-level state machine with no I/O,
 * so it is tested on its own.
 *
 * Memory: a frame that lies whole inside a chunk is returned as a view of it, with no copy
 * and nothing held. Of a frame that spans chunks the parser keeps only what has arrived, never
 * what the header announced: large pieces as views of their chunks, small ones copied into
 * buffers of its own that grow with what has arrived; when the last byte comes the pieces are
 * copied once into the frame. Every byte it keeps (a view's length, an own buffer's whole
 * size) is first taken from the FrameBudget it shares with other parsers, and given back when
 * the frame completes or the parser is released; a piece that does not fit is refused with
 * OVERLOADED. A length above `maxFrameBytes` (or, for the first frame, above
 * `maxFirstFrameBytes`) is refused with FRAME_TOO_LARGE as soon as the header arrives.
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

export interface FrameParserOptions {
  /** The largest frame accepted; default 16 MiB. */
  maxFrameBytes?: number;
  /** The largest first frame accepted (a hello, a connect request); default `maxFrameBytes`. */
  maxFirstFrameBytes?: number;
  /** Shared with other parsers: bounds the bytes of unfinished frames they hold together. */
  budget?: FrameBudget;
}

// A piece at least this long, covering at least half of its chunk's memory, is kept as a view.
const VIEW_MIN_BYTES = 16 * 1024;
// Own buffers for smaller pieces: at least this, then as large as what has arrived (doubling), up to the max.
const OWN_MIN_BYTES = 4 * 1024;
const OWN_MAX_BYTES = 1024 * 1024;

export class FrameParser {
  readonly maxFrameBytes: number;
  readonly maxFirstFrameBytes: number;
  readonly #budget: FrameBudget | null;
  #header = new Uint8Array(FRAME_HEADER_BYTES);
  #headerFill = 0;
  // The unfinished frame: its announced length (-1 when there is none), the bytes of it
  // received, the pieces kept (full), the own buffer being filled, and the bytes taken for them.
  #length = -1;
  #have = 0;
  #pieces: Uint8Array[] = [];
  #open: Uint8Array | null = null;
  #openFill = 0;
  #held = 0;
  #firstDone = false;
  #failure: LogkeeperError | null = null;

  constructor(options: FrameParserOptions = {}) {
    const max = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    if (!Number.isInteger(max) || max < 0 || max > 0xffffffff) {
      throw new BadArgumentsError('maxFrameBytes must be an integer from 0 to 2^32-1');
    }
    const first = options.maxFirstFrameBytes ?? max;
    if (!Number.isInteger(first) || first < 0) throw new BadArgumentsError('maxFirstFrameBytes must be an integer >= 0');
    this.maxFrameBytes = max;
    this.maxFirstFrameBytes = Math.min(first, max);
    this.#budget = options.budget ?? null;
  }

  /** Bytes of the unfinished frame received so far (its header included). */
  get buffered(): number {
    return this.#headerFill + this.#have;
  }

  /** Bytes of memory held for the unfinished frame (what it took from the budget). */
  get held(): number {
    return this.#held;
  }

  /**
   * Consumes a chunk and returns the frames it completes, in order. A frame that lies whole
   * inside `chunk` is returned as a view of it, without copying; a frame still unfinished may
   * keep a view of `chunk` until it completes, so the caller must not reuse the chunk's memory.
   * Throws FrameTooLargeError when a header announces more than the limit, OverloadedError when
   * the budget cannot hold what arrived; the parser then stays failed (the stream cannot be
   * resynchronised), holds nothing, and throws the same error on every later call. Frames the
   * chunk completed before the failure are returned first, and `failure` tells of it.
   */
  push(chunk: Uint8Array): Uint8Array[] {
    if (this.#failure) throw this.#failure;
    const frames: Uint8Array[] = [];
    try {
      this.#cut(chunk, frames);
    } catch (error) {
      if (frames.length === 0 || error !== this.#failure) throw error;
    }
    return frames;
  }

  /** Why the parser failed (the error every later `push` throws), or null. */
  get failure(): LogkeeperError | null {
    return this.#failure;
  }

  /** Cuts `chunk` into `frames` (see push). */
  #cut(chunk: Uint8Array, frames: Uint8Array[]): void {
    let at = 0;
    const end = chunk.byteLength;
    while (at < end) {
      if (this.#length < 0) {
        let length: number;
        // Fast path: a whole header (and maybe the whole frame) in this chunk.
        if (this.#headerFill === 0 && end - at >= FRAME_HEADER_BYTES) {
          length = ((chunk[at]! << 24) | (chunk[at + 1]! << 16) | (chunk[at + 2]! << 8) | chunk[at + 3]!) >>> 0;
          this.#check(length);
          at += FRAME_HEADER_BYTES;
          if (end - at >= length) {
            frames.push(chunk.subarray(at, at + length));
            at += length;
            this.#firstDone = true;
            continue;
          }
        } else {
          const take = Math.min(FRAME_HEADER_BYTES - this.#headerFill, end - at);
          this.#header.set(chunk.subarray(at, at + take), this.#headerFill);
          this.#headerFill += take;
          at += take;
          if (this.#headerFill < FRAME_HEADER_BYTES) break;
          const h = this.#header;
          length = ((h[0]! << 24) | (h[1]! << 16) | (h[2]! << 8) | h[3]!) >>> 0;
          this.#headerFill = 0;
          this.#check(length);
          if (length === 0) {
            frames.push(new Uint8Array(0));
            this.#firstDone = true;
            continue;
          }
        }
        this.#length = length;
      }
      const take = Math.min(this.#length - this.#have, end - at);
      const part = chunk.subarray(at, at + take);
      at += take;
      if (this.#have + take === this.#length) frames.push(this.#finish(part));
      else this.#keep(part);
    }
  }

  /** Gives back what the parser holds (call it when the connection closes); later pushes throw CONNECTION_CLOSED. */
  release(): void {
    this.#drop();
    this.#failure ??= new ConnectionClosedError('The frame parser was released');
  }

  #check(length: number): void {
    if (length > this.maxFrameBytes) {
      this.#fail(new FrameTooLargeError(`Incoming frame of ${length} bytes exceeds the limit of ${this.maxFrameBytes}`));
    }
    if (!this.#firstDone && length > this.maxFirstFrameBytes) {
      this.#fail(new FrameTooLargeError(`A first frame of ${length} bytes exceeds the limit of ${this.maxFirstFrameBytes} for first frames`));
    }
  }

  /** Keeps a piece of the unfinished frame (not its last). */
  #keep(part: Uint8Array): void {
    let rest = part;
    const open = this.#open;
    if (open !== null) {
      const n = Math.min(open.byteLength - this.#openFill, rest.byteLength);
      open.set(rest.subarray(0, n), this.#openFill);
      this.#openFill += n;
      this.#have += n;
      rest = rest.subarray(n);
      if (this.#openFill === open.byteLength) this.#seal();
    }
    if (rest.byteLength === 0) return;
    if (rest.byteLength >= VIEW_MIN_BYTES && rest.byteLength * 2 >= rest.buffer.byteLength) {
      this.#take(rest.byteLength);
      this.#pieces.push(rest);
      this.#have += rest.byteLength;
      return;
    }
    const remaining = this.#length - this.#have;
    const size = Math.min(remaining, Math.max(OWN_MIN_BYTES, Math.min(this.#have, OWN_MAX_BYTES), rest.byteLength));
    this.#take(size);
    const own = new Uint8Array(size);
    own.set(rest);
    this.#open = own;
    this.#openFill = rest.byteLength;
    this.#have += rest.byteLength;
    if (this.#openFill === size) this.#seal();
  }

  #seal(): void {
    this.#pieces.push(this.#open!);
    this.#open = null;
    this.#openFill = 0;
  }

  /** The unfinished frame, completed by its last piece. */
  #finish(last: Uint8Array): Uint8Array {
    let frame: Uint8Array;
    const open = this.#open;
    if (this.#have === 0) frame = last; // the header came before, the whole body in this chunk
    else if (this.#pieces.length === 0 && open !== null && open.byteLength === this.#length) {
      open.set(last, this.#openFill);
      frame = open;
    } else {
      frame = new Uint8Array(this.#length);
      let at = 0;
      for (const piece of this.#pieces) {
        frame.set(piece, at);
        at += piece.byteLength;
      }
      if (open !== null) {
        frame.set(open.subarray(0, this.#openFill), at);
        at += this.#openFill;
      }
      frame.set(last, at);
    }
    this.#drop();
    this.#firstDone = true;
    return frame;
  }

  #take(bytes: number): void {
    const budget = this.#budget;
    if (budget !== null && !budget.tryTake(bytes)) {
      this.#fail(new OverloadedError(`Unfinished frames already hold ${budget.used} of the receiver's ${budget.limit} budgeted bytes`));
    }
    this.#held += bytes;
  }

  /** Forgets the unfinished frame and gives its bytes back. */
  #drop(): void {
    this.#budget?.give(this.#held);
    this.#held = 0;
    this.#pieces = [];
    this.#open = null;
    this.#openFill = 0;
    this.#length = -1;
    this.#have = 0;
    this.#headerFill = 0;
  }

  #fail(error: LogkeeperError): never {
    this.#drop();
    this.#failure = error;
    throw error;
  }
}
