import { AbstractLevel, type AbstractSublevel, type AbstractBatchOperation } from 'abstract-level';
import { MemoryLevel } from 'memory-level';
import { BadArgumentsError } from '../errors/index.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the storage format differs per database */
export type Database = AbstractLevel<any, any, any>;
/** A named area of the database: keys and values are bytes. */
export type Area = AbstractSublevel<any, any, Uint8Array, Uint8Array>;
export type BatchOperation = AbstractBatchOperation<Database, Uint8Array, Uint8Array>;

export interface StorageOptions {
  /** A database to use as is (browser-level in a tab, or one the app already has). */
  db?: Database;
  /** A directory for classic-level (LevelDB on disk). Without `db` or `directory`: memory-level. */
  directory?: string;
}

const SYNC_KEY = new TextEncoder().encode('synced');
const SYNC_VALUE = new Uint8Array(0);
const noop = (): void => undefined;

// Sublevel names may not contain '!' (the separator) or characters sorting below it.
const AREA_NAME = /^[\x22-\x7e]+$/;

/**
 * Any abstract-level database, opened for logkeeper, with its keys split into areas (one
 * sublevel per concern: the Raft log, the state-machine snapshot, each partition's
 * segments...). Areas hold bytes; `batch` writes to several areas atomically.
 */
export class Storage {
  readonly db: Database;
  /**
   * Whether the database's chained batch copies a value as soon as it is put, so that the
   * caller may change its buffer right after: classic-level's does (into LevelDB's native
   * write batch); memory-level's keeps the reference, and so may a database given to open().
   */
  readonly copiesOnPut: boolean;
  #areas = new Map<string, Area>();
  /** The synced write in flight, and the one queued behind it that sync() calls made meanwhile share. */
  #syncing: Promise<void> | undefined;
  #nextSync: Promise<void> | undefined;

  private constructor(db: Database, copiesOnPut: boolean) {
    this.db = db;
    this.copiesOnPut = copiesOnPut;
  }

  static async open(options: StorageOptions = {}): Promise<Storage> {
    let db = options.db;
    if (db !== undefined && !(db instanceof AbstractLevel)) throw new BadArgumentsError('db must be an abstract-level database');
    let copiesOnPut = false;
    if (db === undefined && options.directory !== undefined) {
      if (typeof options.directory !== 'string' || options.directory.length === 0) {
        throw new BadArgumentsError('directory must be a non-empty string');
      }
      // Imported only when asked for, so that browser bundles need not include it.
      const { ClassicLevel } = await import('classic-level');
      db = new ClassicLevel(options.directory, { keyEncoding: 'view', valueEncoding: 'view' }) as unknown as Database;
      copiesOnPut = true;
    }
    db ??= new MemoryLevel({ keyEncoding: 'view', valueEncoding: 'view' });
    await db.open();
    return new Storage(db, copiesOnPut);
  }

  /** The area at `path` (nested sublevels), created on first use. */
  area(...path: string[]): Area {
    if (path.length === 0) throw new BadArgumentsError('An area needs a name');
    const key = path.join('!');
    let area = this.#areas.get(key);
    if (area) return area;
    // abstract-level's generics do not follow a chain of sublevels; each step is a Database.
    let parent: Database = this.db;
    for (const name of path) {
      if (!AREA_NAME.test(name) || name.includes('!')) throw new BadArgumentsError(`Invalid area name '${name}'`);
      parent = parent.sublevel(name, { keyEncoding: 'view', valueEncoding: 'view' }) as unknown as Database;
    }
    area = parent as unknown as Area;
    this.#areas.set(key, area);
    return area;
  }

  /**
   * Applies every operation or none; each names its area with `sublevel`. With `sync: true`
   * the write is on disk before the promise resolves (classic-level; memory-level ignores it).
   */
  batch(operations: BatchOperation[], options: { sync?: boolean } = {}): Promise<void> {
    // classic-level reads `sync`; abstract-level passes options through but does not type it.
    return this.db.batch(operations, options as object);
  }

  /**
   * Makes every write completed before the call durable: one small synced write, which on
   * LevelDB syncs its write-ahead log and so every write before it, whatever its area. A
   * synced write holds up every write behind it for as long as the disk takes (ms), so the
   * logs of a database share them: calls made while one is in flight share the next, which
   * starts when it ends (one already in flight may have been queued before their writes).
   */
  sync(): Promise<void> {
    if (this.#syncing) {
      return (this.#nextSync ??= this.#syncing.then(noop, noop).then(() => {
        this.#nextSync = undefined;
        return this.sync();
      }));
    }
    const write = this.db.batch([{ type: 'put', key: SYNC_KEY, value: SYNC_VALUE, sublevel: this.area('storage') }], { sync: true } as object);
    this.#syncing = write.finally(() => (this.#syncing = undefined));
    return this.#syncing;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
