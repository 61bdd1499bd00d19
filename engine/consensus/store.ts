import { StorageError, toLogkeeperError } from '../errors/index.js';
import { decodeU64, encodeU64, type Area, type BatchOperation, type Storage } from '../storage/index.js';
import {
  decodeEntry,
  decodeHardState,
  decodeSnapshot,
  encodeEntry,
  encodeHardState,
  encodeSnapshot,
} from './codec.js';
import type { Entry, HardState, Snapshot } from './types.js';

/*
 * Where a Raft node keeps what must survive a crash. The driver writes each Ready's hard
 * state, entries and snapshot with one `save` (atomic, and synced when asked), and reads it
 * all back with `load` on restart.
 *
 * Layout in an abstract-level database (engine/storage), under one area (default `raft`):
 *   <area>!meta   'hard' -> HardState, 'snap' -> Snapshot (metadata and state-machine bytes)
 *   <area>!log    u64 index (big-endian) -> Entry
 *
 * Writing entries from index i replaces everything stored from i on: the entries past the
 * new last index are deleted in the same batch, so a restart never finds the tail of a
 * log that was truncated.
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

export class LevelRaftStore implements RaftStore {
  readonly storage: Storage;
  readonly meta: Area;
  readonly log: Area;
  /** The range of indexes that may be stored (a superset; deletes of absent keys are harmless). */
  #first = 1;
  #last = 0;

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
      const entries: Entry[] = [];
      let first = 0;
      let last = 0;
      for await (const [key, value] of this.log.iterator()) {
        const index = decodeU64(key);
        if (first === 0) first = index;
        last = index;
        if (index <= after) continue;
        const entry = decodeEntry(value);
        const expected = entries.length === 0 ? after + 1 : entries[entries.length - 1]!.index + 1;
        if (entry.index !== index || index !== expected) {
          throw new StorageError(`The stored Raft log has a gap or a bad key at index ${index} (expected ${expected})`);
        }
        entries.push(entry);
      }
      this.#first = first || after + 1;
      this.#last = Math.max(last, after);
      return { hardState, snapshot, entries };
    } catch (err) {
      throw err instanceof StorageError ? err : new StorageError(`Could not load the Raft state: ${toLogkeeperError(err).message}`, { cause: err });
    }
  }

  async save(update: RaftSave): Promise<void> {
    const ops: BatchOperation[] = [];
    const snapshot = update.snapshot;
    let last = this.#last;
    if (snapshot) {
      // A snapshot from the leader replaces the whole log.
      for (let i = this.#first; i <= this.#last; i++) ops.push({ type: 'del', key: encodeU64(i), sublevel: this.log });
      ops.push({ type: 'put', key: SNAP, value: encodeSnapshot(snapshot), sublevel: this.meta });
      last = snapshot.meta.index;
      this.#first = last + 1;
    }
    const entries = update.entries ?? [];
    if (entries.length > 0) {
      const firstNew = entries[0]!.index;
      const lastNew = entries[entries.length - 1]!.index;
      for (let i = Math.max(lastNew + 1, this.#first); i <= last; i++) ops.push({ type: 'del', key: encodeU64(i), sublevel: this.log });
      for (const e of entries) ops.push({ type: 'put', key: encodeU64(e.index), value: encodeEntry(e), sublevel: this.log });
      if (firstNew < this.#first) this.#first = firstNew;
      last = lastNew;
    }
    if (update.hardState) ops.push({ type: 'put', key: HARD, value: encodeHardState(update.hardState), sublevel: this.meta });
    if (ops.length === 0) return;
    try {
      await this.storage.db.batch(ops, { sync: update.sync ?? true } as object);
    } catch (err) {
      throw new StorageError(`Could not write the Raft log: ${toLogkeeperError(err).message}`, { cause: err });
    }
    this.#last = last;
  }

  async saveSnapshot(snapshot: Snapshot, sync: boolean): Promise<void> {
    try {
      await this.storage.db.batch([{ type: 'put', key: SNAP, value: encodeSnapshot(snapshot), sublevel: this.meta }], { sync } as object);
    } catch (err) {
      throw new StorageError(`Could not write a snapshot: ${toLogkeeperError(err).message}`, { cause: err });
    }
  }

  async compact(index: number): Promise<void> {
    if (index < this.#first) return;
    try {
      // Not atomic with the snapshot, and need not be: entries at or below the snapshot's
      // index are ignored on load.
      await this.log.clear({ lte: encodeU64(index) });
    } catch (err) {
      throw new StorageError(`Could not compact the Raft log: ${toLogkeeperError(err).message}`, { cause: err });
    }
    this.#first = index + 1;
  }
}
