import { MemoryLevel } from 'memory-level';

/*
 * A memory-level database that can lose power, for simulations: what it holds is what a
 * process reads, and a second database ("the disk") holds what would survive. A write with
 * `sync: true` makes itself and every write before it durable, as an fsync of a write-ahead
 * log does; `crash()` returns the database a restarted process finds — the disk's state only,
 * everything written since the last sync lost — and this one goes dead: its pending and later
 * operations never complete, so the crashed process's code does not run on.
 *
 * Syncs reach the disk one after another, in the order the writes were made, as a log file's
 * appends do: a synced write resolves only once it and every write before it are on the disk,
 * and an older write never lands after a newer one (two syncs in flight at once used to apply
 * their writes interleaved, so that an older unsynced value could overwrite a newer synced one
 * on the disk). A crash stops the disk writes not yet made: the synced writes still in flight
 * are lost, as a crash during an fsync may lose them, and never complete.
 */

type Op = (db: MemoryLevel<Uint8Array, Uint8Array>) => Promise<void>;

const OPTIONS = { keyEncoding: 'view', valueEncoding: 'view' } as const;

/* eslint-disable @typescript-eslint/no-explicit-any -- abstract-level's private hooks (_put, _batch…) are not in its types */
const base = MemoryLevel.prototype as any;

export class CrashableLevel extends MemoryLevel<Uint8Array, Uint8Array> {
  readonly #disk: MemoryLevel<Uint8Array, Uint8Array>;
  #unsynced: Op[] = [];
  /** The syncs in flight, one after another. */
  #flushing: Promise<void> = Promise.resolve();
  #dead = false;

  constructor(disk?: MemoryLevel<Uint8Array, Uint8Array>) {
    super(OPTIONS);
    this.#disk = disk ?? new MemoryLevel<Uint8Array, Uint8Array>(OPTIONS);
  }

  /** Writes since the last sync (they would be lost by a crash now). */
  get unsyncedWrites(): number {
    return this.#unsynced.length;
  }

  /** The power goes: the database a restart finds (synced writes only). This one is dead. */
  crash(): CrashableLevel {
    this.#dead = true;
    this.#unsynced = [];
    return new CrashableLevel(this.#disk);
  }

  async _open(options: any): Promise<void> {
    await base._open.call(this, options);
    if (this.#disk.status !== 'open') await this.#disk.open();
    const ops: Array<{ type: 'put'; key: Uint8Array; value: Uint8Array }> = [];
    for await (const [key, value] of this.#disk.iterator()) ops.push({ type: 'put', key, value });
    if (ops.length > 0) await base._batch.call(this, ops, {});
  }

  async _put(key: any, value: any, options: any): Promise<void> {
    await this.#alive();
    await base._put.call(this, key, value, options);
    await this.#record((db) => db.put(key, value), options);
  }

  async _del(key: any, options: any): Promise<void> {
    await this.#alive();
    await base._del.call(this, key, options);
    await this.#record((db) => db.del(key), options);
  }

  async _batch(operations: any, options: any): Promise<void> {
    await this.#alive();
    await base._batch.call(this, operations, options);
    const copy = (operations as Array<{ type: 'put' | 'del'; key: Uint8Array; value?: Uint8Array }>).map((op) => ({ ...op }));
    await this.#record((db) => db.batch(copy as any), options);
  }

  async _clear(options: any): Promise<void> {
    await this.#alive();
    await base._clear.call(this, options);
    const { gt, gte, lt, lte, limit, reverse } = options;
    const range = Object.fromEntries(Object.entries({ gt, gte, lt, lte, limit, reverse }).filter(([, v]) => v !== undefined));
    await this.#record((db) => db.clear(range as any), options);
  }

  async #record(op: Op, options: { sync?: boolean } | undefined): Promise<void> {
    this.#unsynced.push(op);
    if (!options?.sync) return;
    const ops = this.#unsynced;
    this.#unsynced = [];
    const flush = this.#flushing.then(async () => {
      for (const apply of ops) {
        if (this.#dead) return this.#alive();
        await apply(this.#disk);
      }
    });
    this.#flushing = flush.catch(() => {}); // a failed write fails its own sync, not the next ones
    await flush;
  }

  /** A dead database's operations never complete. */
  #alive(): Promise<void> {
    return this.#dead ? new Promise(() => {}) : Promise.resolve();
  }
}
