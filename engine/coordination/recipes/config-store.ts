import type { Keeper } from '../client.js';
import { Emitter } from '../emitter.js';
import { isWithin, joinPath, parentOf } from '../path.js';
import { AddWatchMode, CreateMode, EventType, Op, WatcherType, type WatchedEvent } from '../types.js';
import { codeOf, ensurePath, utf8 } from './common.js';

/*
 * A config store under `/config`: every key is a znode below the root, its value the
 * znode's data (an empty value reads as absent: znodes without data are directories, made
 * as containers, so they go once their last key is deleted). `start` loads the whole subtree into a local copy and keeps it current
 * with one persistent recursive watch, so `get` is a local read and every app server learns
 * of a change as it is made (the `/config/...` example). A value is only ever replaced by a
 * newer one (by mzxid), whatever order the reads come back in.
 */

export interface ConfigStoreEvents {
  /** `value` null: the key was deleted. */
  change: [key: string, value: Uint8Array | null];
}

export class ConfigStore extends Emitter<ConfigStoreEvents> {
  readonly keeper: Keeper;
  readonly root: string;
  readonly #values = new Map<string, { value: Uint8Array; mzxid: number }>();
  /** zxid of the newest deletion seen per key, so a late read does not bring it back. */
  readonly #deleted = new Map<string, number>();
  #started = false;
  readonly #onReconnected = () => void this.#load();

  constructor(keeper: Keeper, root = '/config') {
    super();
    this.keeper = keeper;
    this.root = root;
  }

  /** Loads the subtree and starts following it. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    await ensurePath(this.keeper, this.root);
    await this.keeper.addWatch(this.root, this.#watcher, AddWatchMode.PERSISTENT_RECURSIVE);
    this.keeper.on('reconnected', this.#onReconnected);
    await this.#load();
  }

  async close(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    this.keeper.off('reconnected', this.#onReconnected);
    await this.keeper.removeWatches(this.root, this.#watcher, WatcherType.PersistentRecursive).catch(() => {});
  }

  /** The value of `key` ('db/primary' is the znode `${root}/db/primary`), from the local copy. */
  get(key: string): Uint8Array | undefined {
    return this.#values.get(this.#path(key))?.value;
  }

  /** Every key and value, from the local copy. */
  entries(): Array<[string, Uint8Array]> {
    return [...this.#values].map(([path, v]) => [this.#key(path), v.value]);
  }

  /**
   * Writes `key`, creating it (and its missing parents, in the same multi, so that nobody
   * sees a parent without its key) if needed; with `version`, only if unchanged since.
   */
  async set(key: string, value: Uint8Array | string, version = -1): Promise<void> {
    const path = this.#path(key);
    for (;;) {
      try {
        await this.keeper.setData(path, utf8(value), version);
        return;
      } catch (error) {
        if (codeOf(error) !== 'NO_NODE' || version !== -1) throw error;
      }
      const missing: string[] = [path];
      for (let p = parentOf(path); p !== '/' && !(await this.keeper.exists(p)); p = parentOf(p)) missing.unshift(p);
      try {
        await this.keeper.multi(missing.map((p) => (p === path ? Op.create(p, utf8(value)) : Op.create(p, new Uint8Array(0), CreateMode.CONTAINER))));
        return;
      } catch (error) {
        if (codeOf(error) !== 'NODE_EXISTS') throw error; // raced with another writer: go again
      }
    }
  }

  async delete(key: string, version = -1): Promise<void> {
    await this.keeper.delete(this.#path(key), version);
  }

  readonly #watcher = (event: WatchedEvent) => {
    if (event.type === EventType.NodeDeleted) this.#remove(event.path, event.zxid);
    else if (event.type === EventType.NodeCreated || event.type === EventType.NodeDataChanged) void this.#refresh(event.path);
  };

  async #load(): Promise<void> {
    const stack = [this.root];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const path = stack.pop()!;
      try {
        const children = await this.keeper.getChildren(path);
        for (const child of children) stack.push(joinPath(path, child));
        if (path !== this.root) {
          seen.add(path);
          await this.#refresh(path);
        }
      } catch (error) {
        if (codeOf(error) !== 'NO_NODE') return; // disconnected: reload on reconnect
      }
    }
    for (const path of [...this.#values.keys()]) if (!seen.has(path)) this.#remove(path, this.keeper.lastZxid);
  }

  async #refresh(path: string): Promise<void> {
    if (path === this.root || !isWithin(path, this.root)) return;
    try {
      const { data, stat } = await this.keeper.getData(path);
      if (stat.dataLength === 0) {
        // A directory (or an emptied value): not a key.
        this.#remove(path, stat.mzxid);
        return;
      }
      const current = this.#values.get(path);
      if ((current && current.mzxid >= stat.mzxid) || (this.#deleted.get(path) ?? 0) > stat.mzxid) return;
      this.#values.set(path, { value: data, mzxid: stat.mzxid });
      this.emit('change', this.#key(path), data);
    } catch (error) {
      if (codeOf(error) === 'NO_NODE') this.#remove(path, this.keeper.lastZxid);
    }
  }

  #remove(path: string, zxid: number): void {
    this.#deleted.set(path, Math.max(zxid, this.#deleted.get(path) ?? 0));
    if (this.#values.delete(path)) this.emit('change', this.#key(path), null);
  }

  #path(key: string): string {
    return joinPath(this.root, key.replace(/^\/+/, ''));
  }

  #key(path: string): string {
    return path.slice(this.root === '/' ? 1 : this.root.length + 1);
  }
}
