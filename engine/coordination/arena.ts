/*
 * Where znode data lives: large chunks with bump allocation, so that a znode's data costs
 * no object of its own (a Uint8Array is ~100 bytes of heap before its first byte). A znode
 * holds (chunk, offset, length). Freed space is counted per chunk; a chunk with nothing
 * live is dropped, and a chunk mostly garbage is reported so that the owner moves its live
 * pieces to the current chunk (the owner knows which znodes point where; the arena does not).
 * Data larger than a quarter chunk gets a chunk of its own.
 */

export const CHUNK_BYTES = 1 << 22;
const LARGE = CHUNK_BYTES >> 2;

export class ByteArena {
  #chunks: Array<Uint8Array | null> = [];
  #used: number[] = [];
  #live: number[] = [];
  #spare: number[] = [];
  #current = -1;
  /** A chunk worth compacting (less than a quarter live), or -1. */
  candidate = -1;
  /** Where the last `allocate` put its bytes. */
  chunk = -1;
  offset = 0;

  /** Copies `bytes` in; the place is left in `chunk` and `offset`. Empty data takes no place (chunk -1). */
  allocate(bytes: Uint8Array): void {
    const length = bytes.length;
    if (length === 0) {
      this.chunk = -1;
      this.offset = 0;
      return;
    }
    let c: number;
    if (length > LARGE) {
      c = this.#newChunk(length);
    } else {
      c = this.#current;
      if (c < 0 || this.#used[c]! + length > this.#chunks[c]!.length) {
        const previous = c;
        c = this.#newChunk(CHUNK_BYTES);
        this.#current = c;
        if (previous >= 0) this.free(previous, 0, true);
      }
    }
    const at = this.#used[c]!;
    this.#chunks[c]!.set(bytes, at);
    this.#used[c] = at + length;
    this.#live[c]! += length;
    this.chunk = c;
    this.offset = at;
  }

  free(chunk: number, length: number, recheck = false): void {
    if (chunk < 0 || (length === 0 && !recheck)) return;
    const live = (this.#live[chunk]! -= length);
    if (chunk === this.#current) return;
    if (live === 0) {
      this.#chunks[chunk] = null;
      this.#spare.push(chunk);
      if (this.candidate === chunk) this.candidate = -1;
    } else if (live * 4 < this.#used[chunk]! && this.candidate < 0) {
      this.candidate = chunk;
    }
  }

  /** A view of stored bytes; valid until the next allocate or free. */
  view(chunk: number, offset: number, length: number): Uint8Array {
    if (chunk < 0) return EMPTY;
    return this.#chunks[chunk]!.subarray(offset, offset + length);
  }

  /** Bytes held in chunks (live and garbage). */
  get reservedBytes(): number {
    let total = 0;
    for (const c of this.#chunks) if (c) total += c.length;
    return total;
  }

  #newChunk(size: number): number {
    const c = this.#spare.pop() ?? this.#chunks.length;
    this.#chunks[c] = new Uint8Array(size);
    this.#used[c] = 0;
    this.#live[c] = 0;
    return c;
  }
}

const EMPTY = new Uint8Array(0);
