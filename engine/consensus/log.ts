import { InternalError } from '../errors/index.js';
import type { Entry, Snapshot } from './types.js';

/*
 * The Raft log as the core sees it: everything after the last snapshot is held in memory
 * (the driver keeps the log short by compacting behind snapshots), and three marks run
 * through it:
 *
 *   snapshot.index <= applied <= committed <= lastIndex,   stabled <= lastIndex
 *
 * `stabled` is the last index known to be on disk; what lies after it is handed to the
 * driver in the next Ready. A truncation below `stabled` pulls it back, so the driver's
 * next write (which replaces everything from its first index on) repairs the disk.
 */

export class RaftLog {
  /** The index and term of the last entry covered by a snapshot (0, 0 when none). */
  snapshotIndex = 0;
  snapshotTerm = 0;
  /** The latest snapshot this node has (created here or received), for lagging followers. */
  snapshot: Snapshot | null = null;
  /** A snapshot received from the leader that the driver has not written and restored yet. */
  pendingSnapshot: Snapshot | null = null;
  /** entries[k] has index snapshotIndex + 1 + k. */
  entries: Entry[] = [];
  committed = 0;
  applied = 0;
  stabled = 0;

  /** The first index still held (one past the snapshot). */
  firstIndex(): number {
    return this.snapshotIndex + 1;
  }

  lastIndex(): number {
    return this.snapshotIndex + this.entries.length;
  }

  lastTerm(): number {
    return this.entries.length > 0 ? this.entries[this.entries.length - 1]!.term : this.snapshotTerm;
  }

  /** The term of the entry at `index`, or undefined when it is compacted or beyond the end. */
  term(index: number): number | undefined {
    if (index === this.snapshotIndex) return this.snapshotTerm;
    if (index < this.snapshotIndex) return undefined;
    return this.entries[index - this.snapshotIndex - 1]?.term;
  }

  entry(index: number): Entry | undefined {
    if (index <= this.snapshotIndex) return undefined;
    return this.entries[index - this.snapshotIndex - 1];
  }

  matchTerm(index: number, term: number): boolean {
    return this.term(index) === term;
  }

  /** Raft's "at least as up to date" (§5.4.1). */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const myTerm = this.lastTerm();
    return lastTerm > myTerm || (lastTerm === myTerm && lastIndex >= this.lastIndex());
  }

  /**
   * Appends what the leader sent after (index, logTerm) if that entry matches ours; entries
   * that conflict with ours replace them and everything after. Returns the index of the last
   * new entry, or -1 when (index, logTerm) does not match.
   */
  maybeAppend(index: number, logTerm: number, committed: number, entries: Entry[]): number {
    if (!this.matchTerm(index, logTerm)) return -1;
    const lastNew = index + entries.length;
    const conflict = this.findConflict(entries);
    if (conflict !== 0) {
      if (conflict <= this.committed) {
        throw new InternalError(`Entry ${conflict} conflicts with a committed entry (committed ${this.committed})`);
      }
      this.append(entries.slice(conflict - (index + 1)));
    }
    this.commitTo(Math.min(committed, lastNew));
    return lastNew;
  }

  /** The index of the first entry that is new or has another term than ours; 0 when none. */
  findConflict(entries: Entry[]): number {
    for (const e of entries) {
      const t = this.term(e.index);
      if (t === undefined) {
        // Compacted entries are committed, so they match; beyond the end is new.
        if (e.index > this.lastIndex()) return e.index;
        continue;
      }
      if (t !== e.term) return e.index;
    }
    return 0;
  }

  /**
   * The fast back-tracking probe (etcd's findConflictByTerm): the largest index <= `index`
   * whose term is <= `term`. The leader's entries up to there cannot conflict with ours in
   * a way this probe would miss, so one round trip skips a whole term.
   */
  findConflictByTerm(index: number, term: number): number {
    if (index > this.lastIndex()) return index;
    for (;;) {
      const t = this.term(index);
      if (t === undefined || t <= term) return index;
      index--;
    }
  }

  /** Appends entries whose first index is at most lastIndex + 1, truncating what follows it. */
  append(entries: Entry[]): void {
    if (entries.length === 0) return;
    const first = entries[0]!.index;
    if (first <= this.committed) throw new InternalError(`Cannot overwrite committed entry ${first} (committed ${this.committed})`);
    const last = this.lastIndex();
    if (first > last + 1) throw new InternalError(`Gap in the log: appending ${first} after ${last}`);
    if (first <= last) {
      this.entries.length = first - this.snapshotIndex - 1;
      if (this.stabled >= first) this.stabled = first - 1;
    }
    for (const e of entries) this.entries.push(e);
  }

  commitTo(index: number): void {
    if (index <= this.committed) return;
    if (index > this.lastIndex()) throw new InternalError(`Commit index ${index} is beyond the last index ${this.lastIndex()}`);
    this.committed = index;
  }

  /** Entries in [lo, hi) while their data stays under maxBytes (at least one). Undefined if lo is compacted. */
  slice(lo: number, hi: number, maxBytes = Infinity): Entry[] | undefined {
    if (lo <= this.snapshotIndex) return undefined;
    const from = lo - this.snapshotIndex - 1;
    const to = Math.min(hi, this.lastIndex() + 1) - this.snapshotIndex - 1;
    if (from >= to) return [];
    if (maxBytes === Infinity) return this.entries.slice(from, to);
    const out: Entry[] = [];
    let bytes = 0;
    for (let i = from; i < to; i++) {
      const e = this.entries[i]!;
      bytes += e.data.byteLength + 16;
      if (out.length > 0 && bytes > maxBytes) break;
      out.push(e);
    }
    return out;
  }

  /** Entries the driver has not written yet. */
  unstableEntries(): Entry[] {
    if (this.stabled >= this.lastIndex()) return [];
    return this.entries.slice(Math.max(this.stabled, this.snapshotIndex) - this.snapshotIndex);
  }

  hasNextCommitted(): boolean {
    return this.committed > Math.max(this.applied, this.snapshotIndex);
  }

  /** Committed entries not applied yet, at most `max` of them. */
  nextCommitted(max: number): Entry[] {
    const lo = Math.max(this.applied, this.snapshotIndex) + 1;
    if (lo > this.committed) return [];
    return this.slice(lo, Math.min(this.committed, lo + max - 1) + 1) ?? [];
  }

  /** The driver wrote entries up to (index, term): they are stable unless replaced since. */
  stableTo(index: number, term: number): void {
    if (index > this.stabled && this.matchTerm(index, term)) this.stabled = index;
  }

  appliedTo(index: number): void {
    if (index <= this.applied) return;
    if (index > this.committed) throw new InternalError(`Applied index ${index} is beyond the commit index ${this.committed}`);
    this.applied = index;
  }

  /** Replaces the whole log with a snapshot from the leader. */
  restore(snapshot: Snapshot): void {
    this.entries = [];
    this.snapshotIndex = snapshot.meta.index;
    this.snapshotTerm = snapshot.meta.term;
    this.snapshot = snapshot;
    this.pendingSnapshot = snapshot;
    this.committed = snapshot.meta.index;
    this.stabled = snapshot.meta.index;
  }

  /**
   * Drops entries up to `index` (which must be applied and written), remembering `snapshot`
   * (the state at `snapshot.meta.index >= index`) for followers that fall behind.
   */
  compact(index: number, snapshot: Snapshot): void {
    if (index > this.applied) throw new InternalError(`Cannot compact to ${index}: only ${this.applied} applied`);
    if (index > this.stabled) throw new InternalError(`Cannot compact to ${index}: only ${this.stabled} written`);
    if (snapshot.meta.index < index) throw new InternalError(`The snapshot at ${snapshot.meta.index} does not cover ${index}`);
    if (this.snapshot === null || snapshot.meta.index > this.snapshot.meta.index) this.snapshot = snapshot;
    if (index <= this.snapshotIndex) return;
    const term = this.term(index)!;
    this.entries = this.entries.slice(index - this.snapshotIndex);
    this.snapshotIndex = index;
    this.snapshotTerm = term;
  }
}
