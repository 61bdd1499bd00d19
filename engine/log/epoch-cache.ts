/*
 * The leader epoch cache (Kafka's LeaderEpochFileCache): for each leader epoch that wrote to
 * this log, the offset of its first batch. Follower replication asks the leader for the end
 * offset of the follower's latest epoch and truncates to it, which is how a follower drops a
 * divergent tail that a previous leader wrote but never committed. This class is pure; the
 * log persists the entries it adds and removes in the same storage batch as the data.
 */

export interface EpochEntry {
  epoch: number;
  startOffset: number;
}

export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

export class EpochCache {
  #entries: EpochEntry[];

  constructor(entries: EpochEntry[] = []) {
    this.#entries = entries.map((e) => ({ ...e })).sort((a, b) => a.epoch - b.epoch);
  }

  entries(): EpochEntry[] {
    return this.#entries.map((e) => ({ ...e }));
  }

  get latestEpoch(): number {
    return this.#entries.at(-1)?.epoch ?? UNDEFINED_EPOCH;
  }

  /** Whether a batch of this epoch starting at `offset` opens a new epoch. */
  isNewEpoch(epoch: number): boolean {
    return epoch >= 0 && epoch > this.latestEpoch;
  }

  add(epoch: number, startOffset: number): void {
    this.#entries.push({ epoch, startOffset });
  }

  /**
   * Kafka's OffsetsForLeaderEpoch answer: the largest epoch <= `epoch` this log knows and the
   * offset where the next epoch began (the log end for the latest epoch).
   */
  endOffsetFor(epoch: number, logEndOffset: number): { epoch: number; endOffset: number } {
    const entries = this.#entries;
    if (epoch === UNDEFINED_EPOCH || entries.length === 0) return { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };
    if (epoch === this.latestEpoch) return { epoch, endOffset: logEndOffset };
    const higher = entries.findIndex((e) => e.epoch > epoch);
    if (higher === -1) return { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };
    if (higher === 0) return { epoch, endOffset: entries[0]!.startOffset };
    return { epoch: entries[higher - 1]!.epoch, endOffset: entries[higher]!.startOffset };
  }

  /** The epoch that wrote `offset`, or -1 when unknown. */
  epochForOffset(offset: number): number {
    let found = UNDEFINED_EPOCH;
    for (const e of this.#entries) {
      if (e.startOffset > offset) break;
      found = e.epoch;
    }
    return found;
  }

  /** Drops entries starting at or after `offset` (truncation); returns the dropped epochs. */
  truncateFromEnd(offset: number): number[] {
    const dropped: number[] = [];
    while (this.#entries.length > 0 && this.#entries.at(-1)!.startOffset >= offset) dropped.push(this.#entries.pop()!.epoch);
    return dropped;
  }

  /**
   * The log now starts at `offset`: entries wholly before it go, and the last of them is kept
   * with its start moved up to `offset`. Returns what to delete and what to rewrite.
   */
  truncateFromStart(offset: number): { removed: number[]; moved: EpochEntry | undefined } {
    const removed: number[] = [];
    let moved: EpochEntry | undefined;
    while (this.#entries.length > 0 && this.#entries[0]!.startOffset < offset) {
      const next = this.#entries[1];
      if (next === undefined || next.startOffset > offset) {
        this.#entries[0]!.startOffset = offset;
        moved = { ...this.#entries[0]! };
        break;
      }
      removed.push(this.#entries.shift()!.epoch);
    }
    return { removed, moved };
  }

  clone(): EpochCache {
    return new EpochCache(this.#entries);
  }
}
