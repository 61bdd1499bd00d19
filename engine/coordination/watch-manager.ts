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
    let targets: Set<W> | null = null;
    const take = (table: Map<string, Set<W>>, at: string, oneShot: boolean) => {
      const set = table.get(at);
      if (!set) return;
      targets ??= new Set();
      for (const w of set) {
        targets.add(w);
        if (oneShot) this.#byWatcher.get(w)?.[table === data ? WatchKind.Data : WatchKind.Child]!.delete(at);
      }
      if (oneShot) table.delete(at);
    };
    if (type === EventType.NodeChildrenChanged) {
      take(child, path, true);
    } else {
      take(data, path, true);
      if (type === EventType.NodeDeleted) take(child, path, true);
      if (recursive.size > 0) {
        take(recursive, path, false);
        for (const ancestor of ancestorsOf(path)) take(recursive, ancestor, false);
      }
    }
    take(persistent, path, false);
    if (targets === null) return;
    for (const w of targets as Set<W>) w.notify(type, path, zxid);
  }
}
