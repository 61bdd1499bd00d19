import { StorageError, toLogkeeperError } from '../errors/index.js';
import { decodeU64, encodeU64, type Area, type BatchOperation, type Storage } from '../storage/index.js';
import {
  decodeEntryBatch,
  decodeHardState,
  decodeSnapshot,
  encodeEntryBatch,
  encodeHardState,
  encodeSnapshot,
} from './codec.js';
import type { Entry, HardState, Snapshot } from './types.js';

/*
 * Where a Raft node keeps what must survive a crash. The driver writes each Ready's hard
 * state, entries and snapshot with one `save` (one atomic batch, synced when asked), and
 * reads it all back with `load` on restart.
 *
 * Layout in an abstract-level database (engine/storage), under one area (default `raft`):
 *   <area>!meta   'hard' -> HardState, 'snap' -> Snapshot (metadata and state-machine bytes)
 *   <area>!log    u64 first index (big-endian) -> EntryBatch (the consecutive entries of one write)
 *
 * One value per write rather than one per entry: under load a Ready carries dozens of
 * entries, and each database operation costs far more than the bytes it holds.
 *
 * Writing entries from index i truncates the log at i: the same batch deletes every stored
 * batch that starts after i, and on load a batch that starts at i cuts whatever an older
 * batch held from i on. So a restart never finds the tail of a log that was truncated.
 */

export interface PersistedState {
  hardState: HardState | undefined;
  snapshot: Snapshot | null;
  entries: Entry[];
}

export interface RaftSave {
  hardState?: HardState | null;
  entries?: Entry[];
  snapshot?: Snapshot | null;
  /** fsync before resolving (classic-level); default true. */
  sync?: boolean;
}

/** The storage a RaftNode needs; LevelRaftStore is the real one, tests may wrap it. */
export interface RaftStore {
  load(): Promise<PersistedState>;
  save(update: RaftSave): Promise<void>;
  /** Saves a snapshot taken locally (the state machine at `snapshot.meta.index`). */
  saveSnapshot(snapshot: Snapshot, sync: boolean): Promise<void>;
  /** Deletes entries up to `index` (they are covered by a saved snapshot). */
  compact(index: number): Promise<void>;
}

const HARD = new TextEncoder().encode('hard');
const SNAP = new TextEncoder().encode('snap');

interface Stored {
  first: number;
  last: number;
}

export class LevelRaftStore implements RaftStore {
  readonly storage: Storage;
  readonly meta: Area;
  readonly log: Area;
  /** The batches on disk, by first index, ascending. */
  #batches: Stored[] = [];

  constructor(storage: Storage, area = 'raft') {
    this.storage = storage;
    this.meta = storage.area(area, 'meta');
    this.log = storage.area(area, 'log');
  }

  async load(): Promise<PersistedState> {
    try {
      const [hard, snap] = await this.meta.getMany([HARD, SNAP]);
      const hardState = hard ? decodeHardState(hard) : undefined;
      const snapshot = snap ? decodeSnapshot(snap) : null;
      const after = snapshot?.meta.index ?? 0;
      let entries: Entry[] = [];
      const batches: Stored[] = [];
      for await (const [key, value] of this.log.iterator()) {
        const first = decodeU64(key);
        const batch = decodeEntryBatch(value);
        if (batch.length === 0 || batch[0]!.index !== first) throw new StorageError(`The stored Raft batch at ${first} is malformed`);
        for (let i = 1; i < batch.length; i++) {
          if (batch[i]!.index !== first + i) throw new StorageError(`The stored Raft batch at ${first} is not consecutive`);
        }
        batches.push({ first, last: first + batch.length - 1 });
        // A later batch starting at `first` truncated the log there when it was written.
        const keep = entries.length === 0 ? 0 : first - entries[0]!.index;
        if (entries.length > 0 && keep < 0) entries = [];
        else if (entries.length > 0) {
          if (keep > entries.length) throw new StorageError(`The stored Raft log has a gap before index ${first}`);
          entries.length = keep;
        }
        for (const e of batch) entries.push(e);
      }
      entries = entries.filter((e) => e.index > after);
      if (entries.length > 0 && entries[0]!.index !== after + 1) {
        throw new StorageError(`The stored Raft log starts at ${entries[0]!.index}, after the snapshot at ${after}`);
      }
      this.#batches = batches;
      return { hardState, snapshot, entries };
    } catch (err) {
      throw err instanceof StorageError ? err : new StorageError(`Could not load the Raft state: ${toLogkeeperError(err).message}`, { cause: err });
    }
  }

  async save(update: RaftSave): Promise<void> {
    const ops: BatchOperation[] = [];
    let batches = this.#batches;
    const snapshot = update.snapshot;
    if (snapshot) {
      // A snapshot from the leader replaces the whole log.
      for (const b of batches) ops.push({ type: 'del', key: encodeU64(b.first), sublevel: this.log });
      ops.push({ type: 'put', key: SNAP, value: encodeSnapshot(snapshot), sublevel: this.meta });
      batches = [];
    }
    const entries = update.entries ?? [];
    if (entries.length > 0) {
      const first = entries[0]!.index;
      const last = entries[entries.length - 1]!.index;
      // Batches starting after `first` are cut off by this write (one starting at `first` is overwritten).
      let cut = batches.length;
      while (cut > 0 && batches[cut - 1]!.first >= first) cut--;
      for (let i = cut; i < batches.length; i++) {
        if (batches[i]!.first > first) ops.push({ type: 'del', key: encodeU64(batches[i]!.first), sublevel: this.log });
      }
      ops.push({ type: 'put', key: encodeU64(first), value: encodeEntryBatch(entries), sublevel: this.log });
      batches = batches.slice(0, cut);
      if (batches.length > 0 && batches[batches.length - 1]!.last >= first) {
        const b = batches[batches.length - 1]!;
        batches[batches.length - 1] = { first: b.first, last: first - 1 };
      }
      batches.push({ first, last });
    }
    if (update.hardState) ops.push({ type: 'put', key: HARD, value: encodeHardState(update.hardState), sublevel: this.meta });
    if (ops.length === 0) return;
    try {
      await this.storage.db.batch(ops, { sync: update.sync ?? true } as object);
    } catch (err) {
      throw new StorageError(`Could not write the Raft log: ${toLogkeeperError(err).message}`, { cause: err });
    }
    this.#batches = batches;
  }

  async saveSnapshot(snapshot: Snapshot, sync: boolean): Promise<void> {
    try {
      await this.storage.db.batch([{ type: 'put', key: SNAP, value: encodeSnapshot(snapshot), sublevel: this.meta }], { sync } as object);
    } catch (err) {
      throw new StorageError(`Could not write a snapshot: ${toLogkeeperError(err).message}`, { cause: err });
    }
  }

  async compact(index: number): Promise<void> {
    // Whole batches at or below `index` go; one that straddles it stays (load skips what the snapshot covers).
    let n = 0;
    while (n < this.#batches.length && this.#batches[n]!.last <= index) n++;
    if (n === 0) return;
    const lastKey = this.#batches[n - 1]!.first;
    try {
      // Need not be atomic with the snapshot: entries at or below its index are ignored on load.
      await this.log.clear({ lte: encodeU64(lastKey) });
    } catch (err) {
      throw new StorageError(`Could not compact the Raft log: ${toLogkeeperError(err).message}`, { cause: err });
    }
    this.#batches = this.#batches.slice(n);
  }
}
