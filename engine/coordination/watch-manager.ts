import { ancestorsOf } from './path.js';
import { EventType } from './types.js';

/*
 * One server's watches (they are not replicated: each server keeps those its own clients
 * set). It turns the state machine's change reports into notifications, with ZooKeeper's
 * rules:
 *
 *   NodeCreated, NodeDataChanged  data watches of the path (one-shot: getData, exists)
 *   NodeDeleted                   data and child watches of the path (one-shot)
 *   NodeChildrenChanged           child watches of the path (one-shot: getChildren)
 *   every one of them             persistent watches of the path (addWatch PERSISTENT)
 *   all but NodeChildrenChanged   persistent-recursive watches of the path or an ancestor
 *
 * A watcher (one client connection) gets one notification per change however many of its
 * watches match; the client sorts it out to its own watcher functions, as ZooKeeper's does.
 */

export interface WatchSink {
  notify(type: EventType, path: string, zxid: number): void;
}

export const WatchKind = { Data: 0, Child: 1, Persistent: 2, Recursive: 3 } as const;
export type WatchKind = (typeof WatchKind)[keyof typeof WatchKind];

export class WatchManager<W extends WatchSink> {
  readonly #tables: Array<Map<string, Set<W>>> = [new Map(), new Map(), new Map(), new Map()];
  /** Each watcher's watches, to drop them when it goes. */
  readonly #byWatcher = new Map<W, Array<Set<string>>>();

  /** Watches registered, all kinds. */
  get size(): number {
    let n = 0;
    for (const table of this.#tables) for (const set of table.values()) n += set.size;
    return n;
  }

  add(kind: WatchKind, path: string, watcher: W): void {
    const table = this.#tables[kind]!;
    let set = table.get(path);
    if (!set) table.set(path, (set = new Set()));
    set.add(watcher);
    let mine = this.#byWatcher.get(watcher);
    if (!mine) this.#byWatcher.set(watcher, (mine = [new Set(), new Set(), new Set(), new Set()]));
    mine[kind]!.add(path);
  }

  has(kind: WatchKind, path: string, watcher: W): boolean {
    return this.#tables[kind]!.get(path)?.has(watcher) ?? false;
  }

  /** Removes one watch; false if it was not there. */
  remove(kind: WatchKind, path: string, watcher: W): boolean {
    const table = this.#tables[kind]!;
    const set = table.get(path);
    if (!set?.delete(watcher)) return false;
    if (set.size === 0) table.delete(path);
    this.#byWatcher.get(watcher)?.[kind]!.delete(path);
    return true;
  }

  /** Drops every watch of a watcher (its connection closed). */
  removeWatcher(watcher: W): void {
    const mine = this.#byWatcher.get(watcher);
    if (!mine) return;
    this.#byWatcher.delete(watcher);
    mine.forEach((paths, kind) => {
      const table = this.#tables[kind]!;
      for (const path of paths) {
        const set = table.get(path);
        if (set?.delete(watcher) && set.size === 0) table.delete(path);
      }
    });
  }

  /** Notifies every watcher that the change concerns, once each. */
  trigger(type: EventType, path: string, zxid: number): void {
    const [data, child, persistent, recursive] = this.#tables as [Map<string, Set<W>>, Map<string, Set<W>>, Map<string, Set<W>>, Map<string, Set<W>>];
    if (data.size === 0 && child.size === 0 && persistent.size === 0 && recursive.size === 0) return;
    const targets = new Set<W>();
    if (type === EventType.NodeChildrenChanged) {
      this.#take(targets, child, WatchKind.Child, path);
    } else {
      this.#take(targets, data, WatchKind.Data, path);
      if (type === EventType.NodeDeleted) this.#take(targets, child, WatchKind.Child, path);
      if (recursive.size > 0) {
        this.#take(targets, recursive, -1, path);
        for (const ancestor of ancestorsOf(path)) this.#take(targets, recursive, -1, ancestor);
      }
    }
    this.#take(targets, persistent, -1, path);
    for (const w of targets) w.notify(type, path, zxid);
  }

  /** Adds the watchers of `at` to `targets`; a one-shot kind (Data, Child) is consumed; -1: kept. */
  #take(targets: Set<W>, table: Map<string, Set<W>>, oneShot: number, at: string): void {
    const set = table.get(at);
    if (!set) return;
    for (const w of set) {
      targets.add(w);
      if (oneShot >= 0) this.#byWatcher.get(w)?.[oneShot]!.delete(at);
    }
    if (oneShot >= 0) table.delete(at);
  }
}
