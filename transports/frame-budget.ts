import { BadArgumentsError } from '../engine/errors/index.js';

/**
 * The bytes of unfinished incoming frames that the parsers sharing it (the connections of one
 * transport) may hold together. A peer that announces a large frame and sends it slowly, or
 * never finishes it, holds memory until the frame completes or its connection closes; the
 * budget bounds what all such peers hold at once, so that many of them cannot exhaust the
 * process. A parser takes from it before it keeps a byte and gives back when the frame
 * completes or the parser is released.
 */
export class FrameBudget {
  readonly limit: number;
  #used = 0;

  constructor(limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 0) throw new BadArgumentsError('A frame budget must be an integer >= 0');
    this.limit = limit;
  }

  /** Bytes taken and not given back. */
  get used(): number {
    return this.#used;
  }

  /** Takes `bytes` if they fit under the limit; false (and nothing taken) otherwise. */
  tryTake(bytes: number): boolean {
    if (this.#used + bytes > this.limit) return false;
    this.#used += bytes;
    return true;
  }

  give(bytes: number): void {
    this.#used -= bytes;
  }
}
