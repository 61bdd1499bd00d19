import type { Area } from '../storage/index.js';
import type { Clock } from '../time/index.js';
import { readInt64 } from './bytes.js';
import { KIND_BATCH, batchKey, kindEnd } from './layout.js';
import { batchBefore, batchEnd } from './stored-batches.js';

/*
 * Read cursors: a consumer reading on from where its last read ended continues the same
 * storage iterator instead of seeking again (what a file's read position gives Kafka).
 * A cursor is found by the offset its next read must ask for. Any change other than an
 * append (truncation, compaction, recovery) bumps the generation, which retires every
 * cursor, since an iterator sees the data as it was when it opened. At most MAX_CURSORS are
 * kept, the least recently used going first; every CURSOR_SWEEP_READS reads a sweep closes
 * those idle for CURSOR_IDLE_MS (measured from the last sweep that found them used, so that
 * a read costs no clock reading).
 *
 * The read loop itself is PartitionLog.readBytes; it fills a cursor (fill) and takes from it
 * (takeBuffered), fetching as much at a time as fetchSize says.
 */

export interface ReadCursor {
  it: { nextv(size: number): Promise<Uint8Array[]>; close(): Promise<void> };
  /** Values taken from the iterator; those from `head` on are not returned yet. */
  buffered: Uint8Array[];
  head: number;
  /** One past the last offset taken from the iterator. */
  position: number;
  generation: number;
  /** The offset a read must ask for to continue this cursor. */
  next: number;
  /** Whether a read used it since the last sweep. */
  used: boolean;
  /** Clock time of the last sweep that found it used. */
  seenAt: number;
  /** Average stored batch size seen, to size the next fetch. */
  averageSize: number;
}

const MAX_CURSORS = 16;
/** How far a read fetches ahead for the next one: bytes, and batches beyond its own. */
const READ_AHEAD_BYTES = 2 * 1024 * 1024;
const READ_AHEAD_MORE = 256;
/** The most batches one fetch takes from the iterator. */
const MAX_READ_AHEAD = 16384;
const CURSOR_IDLE_MS = 60_000;
/** Reads between two sweeps for idle cursors. */
const CURSOR_SWEEP_READS = 64;

/**
 * How many batches to fetch when the cursor's buffer is used up and the read still wants
 * `wantedBytes`: what this read still needs, going by the sizes seen so far, and some more for
 * the next read (kept in the cursor): up to READ_AHEAD_BYTES, but at most READ_AHEAD_MORE
 * batches more, since batches fetched long before they are returned have gone cold in the
 * CPU's cache. (classic-level returns at most 16 KiB per call anyway.)
 */
export function fetchSize(cursor: ReadCursor, wantedBytes: number): number {
  const needed = Math.ceil(wantedBytes / cursor.averageSize);
  const ahead = Math.min(Math.floor(READ_AHEAD_BYTES / cursor.averageSize), needed + READ_AHEAD_MORE);
  return Math.max(1, Math.min(MAX_READ_AHEAD, Math.max(needed, ahead)));
}

/**
 * Takes the cursor's buffered batches while they fit in `maxBytes` (the first one of a read
 * always does) and end at or below `limit`, moving its head past them; returns how many bytes
 * were taken. Offsets only grow, so when the last batch buffered ends below the limit, so do
 * all; otherwise each is checked. Stops early (leaving the head short of the end) when the
 * next one does not fit.
 */
export function takeBuffered(cursor: ReadCursor, first: boolean, bytes: number, maxBytes: number, limit: number): number {
  const buffered = cursor.buffered;
  const checkEach = cursor.position > limit;
  let head = cursor.head;
  let taken = 0;
  if (first && head < buffered.length && !(checkEach && batchEnd(buffered[head]!) > limit)) {
    taken += buffered[head++]!.length;
  }
  while (head < buffered.length && bytes + taken < maxBytes) {
    const value = buffered[head]!;
    if (bytes + taken + value.length > maxBytes || (checkEach && batchEnd(value) > limit)) break;
    head++;
    taken += value.length;
  }
  cursor.head = head;
  return taken;
}

/** Puts freshly fetched values in the cursor. */
export function fill(cursor: ReadCursor, values: Uint8Array[]): void {
  cursor.buffered = values;
  cursor.head = 0;
  cursor.position = batchEnd(values[values.length - 1]!);
}

/** The cursors of one log, idle between reads. */
export class ReadCursors {
  #area: Area;
  #clock: Clock;
  /** Idle cursors, least recently used first. */
  #cursors: ReadCursor[] = [];
  #generation = 0;
  #reads = 0;
  #closed = false;

  constructor(area: Area, clock: Clock) {
    this.#area = area;
    this.#clock = clock;
  }

  /** Takes the idle cursor whose next read starts at `offset`, if there is a current one. */
  take(offset: number): ReadCursor | undefined {
    const cursors = this.#cursors;
    for (let i = cursors.length - 1; i >= 0; i--) {
      const cursor = cursors[i]!;
      if (cursor.next !== offset) continue;
      cursors.splice(i, 1);
      if (cursor.generation === this.#generation) return cursor;
      void cursor.it.close().catch(() => undefined);
      return undefined;
    }
    return undefined;
  }

  /** A new cursor at `offset`, holding the batch that contains it (which may start before it). */
  async open(offset: number): Promise<ReadCursor> {
    const it = this.#area.values({ gte: batchKey(offset), lt: kindEnd(KIND_BATCH) });
    const cursor: ReadCursor = {
      it,
      buffered: [],
      head: 0,
      position: offset,
      generation: this.#generation,
      next: offset,
      used: true,
      seenAt: 0,
      averageSize: 1024,
    };
    const first = await it.nextv(1);
    const values: Uint8Array[] = [];
    if (first.length === 0 || readInt64(first[0]!, 0) !== offset) {
      // The batch holding `offset` starts before it.
      const before = await batchBefore(this.#area, offset);
      if (before && batchEnd(before) > offset) values.push(before);
    }
    if (first.length > 0) {
      values.push(first[0]!);
      cursor.averageSize = Math.max(1, first[0]!.length);
    }
    if (values.length > 0) fill(cursor, values);
    return cursor;
  }

  /** Keeps a cursor after a read, for the read that asks for `next` (or closes it if it is stale). */
  keep(cursor: ReadCursor, next: number): void {
    const cursors = this.#cursors;
    let keep = !this.#closed && cursor.generation === this.#generation;
    for (let i = 0; keep && i < cursors.length; i++) if (cursors[i]!.next === next) keep = false;
    if (!keep) {
      void cursor.it.close().catch(() => undefined);
      return;
    }
    cursor.next = next;
    cursor.used = true;
    cursors.push(cursor);
    if (cursors.length > MAX_CURSORS) void cursors.shift()!.it.close().catch(() => undefined);
    if (++this.#reads % CURSOR_SWEEP_READS === 0) this.#sweep();
  }

  #sweep(): void {
    const now = this.#clock.now();
    this.#cursors = this.#cursors.filter((c) => {
      if (c.used) {
        c.used = false;
        c.seenAt = now;
        return true;
      }
      if (now - c.seenAt < CURSOR_IDLE_MS) return true;
      void c.it.close().catch(() => undefined);
      return false;
    });
  }

  /** Closes every cursor, and makes those of reads in progress stale: the data changed under them. */
  retire(): void {
    this.#generation++;
    for (const c of this.#cursors) void c.it.close().catch(() => undefined);
    this.#cursors = [];
  }

  /** Retires every cursor and keeps none from now on (the log is closing). */
  close(): void {
    this.#closed = true;
    this.retire();
  }
}
