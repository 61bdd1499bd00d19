import { readInt64 } from './bytes.js';
import { batchEnd } from './stored-batches.js';

/*
 * How this works: the newest batches of a log, kept in memory, so that the reads that follow
 * the log's end (a follower replicating its leader, a consumer tailing a topic) are answered
 * without a storage read, as Kafka's are from the OS page cache. A storage read is a round
 * trip through the database's thread pool, and a read at the end first finds its iterator's
 * snapshot used up and opens another: two or three wake-ups of other threads per fetch, on
 * the path of every acks=all write.
 *
 * The cache holds a suffix of the committed log: every batch from its first one to the log
 * end, in offset order, at most `limit` bytes (the oldest leave first). A read from an offset
 * at or past its first batch's base offset is answered from it alone (no batch can lie
 * between); an earlier one goes to storage. Anything but an append that changes what is
 * stored (truncation, compaction) empties it, and it is a suffix again from the next append
 * on. It holds the stored bytes as readBytes returns them: read-only.
 */

export class TailCache {
  readonly limit: number;
  /** The cached batches are `#batches[#head..]`, oldest first. */
  #batches: Uint8Array[] = [];
  #head = 0;
  #bytes = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Adds the next committed batch (its offsets follow those of the last one added). */
  add(batch: Uint8Array): void {
    if (batch.length > this.limit) {
      // It cannot be held, so nothing before it is a suffix any more.
      this.clear();
      return;
    }
    this.#batches.push(batch);
    this.#bytes += batch.length;
    while (this.#bytes > this.limit) this.#bytes -= this.#batches[this.#head++]!.length;
    if (this.#head > 1024 && this.#head * 2 > this.#batches.length) {
      this.#batches = this.#batches.slice(this.#head);
      this.#head = 0;
    }
  }

  clear(): void {
    this.#batches = [];
    this.#head = 0;
    this.#bytes = 0;
  }

  /** Whether a read from `offset` is answered here. */
  covers(offset: number): boolean {
    return this.#head < this.#batches.length && offset >= readInt64(this.#batches[this.#head]!, 0);
  }

  /**
   * What PartitionLog.readBytes returns for a covered `offset`: the batches from the one
   * holding it (or the first after it) on, the first whole, then while they fit in `maxBytes`,
   * all ending at or below `limit`.
   */
  read(offset: number, maxBytes: number, limit: number): Uint8Array[] {
    const batches = this.#batches;
    // The last batch whose base offset is at or below `offset`.
    let lo = this.#head;
    let hi = batches.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (readInt64(batches[mid]!, 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    if (batchEnd(batches[lo]!) <= offset) lo++;
    const out: Uint8Array[] = [];
    let bytes = 0;
    for (let i = lo; i < batches.length; i++) {
      const batch = batches[i]!;
      if (batchEnd(batch) > limit || (out.length > 0 && bytes + batch.length > maxBytes)) break;
      out.push(batch);
      bytes += batch.length;
    }
    return out;
  }
}
