import { ancestorsOf } from './path.js';
import { EventType } from './types.js';

/*
 * One table of watches, ZooKeeper's rules, used on both sides: a server keeps its clients'
 * watches in one (a watcher is a client connection), a Keeper keeps its own watcher
 * functions in one (and re-registers its paths when it moves to another server). A change
 * concerns
 *
 *   NodeCreated, NodeDataChanged  data and exist watches of the path (one-shot: getData, exists)
 *   NodeDeleted                   data, exist and child watches of the path (one-shot)
 *   NodeChildrenChanged           child watches of the path (one-shot: getChildren)
 *   every one of them             persistent watches of the path (addWatch PERSISTENT)
 *   all but NodeChildrenChanged   persistent-recursive watches of the path or an ancestor
 *
 * and `take` hands back each concerned watcher once, consuming the one-shot watches it fired.
 */

export const WatchKind = { Data: 0, Exist: 1, Child: 2, Persistent: 3, Recursive: 4 } as const;
export type WatchKind = (typeof WatchKind)[keyof typeof WatchKind];

const KINDS = [WatchKind.Data, WatchKind.Exist, WatchKind.Child, WatchKind.Persistent, WatchKind.Recursive] as const;

export class WatchTable<W> {
  readonly #tables: Array<Map<string, Set<W>>> = KINDS.map(() => new Map());
  /** Each watcher's paths per kind, to drop them all when it goes. */
  readonly #byWatcher = new Map<W, Array<Set<string>>>();

  /** Watches registered, all kinds (a watcher on a path counts once per kind). */
  get size(): number {
    let n = 0;
    for (const table of this.#tables) for (const set of table.values()) n += set.size;
    return n;
  }

  /** Watchers with at least one watch. */
  get watcherCount(): number {
    return this.#byWatcher.size;
  }

  add(kind: WatchKind, path: string, watcher: W): void {
    const table = this.#tables[kind]!;
    let set = table.get(path);
    if (!set) table.set(path, (set = new Set()));
    set.add(watcher);
    let mine = this.#byWatcher.get(watcher);
    if (!mine) this.#byWatcher.set(watcher, (mine = KINDS.map(() => new Set<string>())));
    mine[kind]!.add(path);
  }

  has(kind: WatchKind, path: string, watcher: W): boolean {
    return this.#tables[kind]!.get(path)?.has(watcher) ?? false;
  }

  /** The watchers of `kind` on `path` (a copy). */
  watchers(kind: WatchKind, path: string): W[] {
    return [...(this.#tables[kind]!.get(path) ?? [])];
  }

  /** The paths with a watch of `kind`. */
  paths(kind: WatchKind): string[] {
    return [...this.#tables[kind]!.keys()];
  }

  /** Every watcher with a watch, each once. */
  allWatchers(): W[] {
    return [...this.#byWatcher.keys()];
  }

  /** Removes one watch; false if it was not there. */
  remove(kind: WatchKind, path: string, watcher: W): boolean {
    const table = this.#tables[kind]!;
    const set = table.get(path);
    if (!set?.delete(watcher)) return false;
    if (set.size === 0) table.delete(path);
    this.#forget(watcher, kind, path);
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

  clear(): void {
    for (const table of this.#tables) table.clear();
    this.#byWatcher.clear();
  }

  /** The watchers a change concerns, each once; the one-shot watches it fires are consumed. */
  take(type: EventType, path: string): Set<W> {
    const targets = new Set<W>();
    if (this.#byWatcher.size === 0) return targets;
    if (type === EventType.NodeChildrenChanged) {
      this.#take(targets, WatchKind.Child, path, true);
    } else {
      this.#take(targets, WatchKind.Data, path, true);
      this.#take(targets, WatchKind.Exist, path, true);
      if (type === EventType.NodeDeleted) this.#take(targets, WatchKind.Child, path, true);
      if (this.#tables[WatchKind.Recursive]!.size > 0) {
        this.#take(targets, WatchKind.Recursive, path, false);
        for (const ancestor of ancestorsOf(path)) this.#take(targets, WatchKind.Recursive, ancestor, false);
      }
    }
    this.#take(targets, WatchKind.Persistent, path, false);
    return targets;
  }

  #take(targets: Set<W>, kind: WatchKind, at: string, oneShot: boolean): void {
    const table = this.#tables[kind]!;
    const set = table.get(at);
    if (!set) return;
    for (const w of set) {
      targets.add(w);
      if (oneShot) this.#forget(w, kind, at);
    }
    if (oneShot) table.delete(at);
  }

  /** Takes `path` off `watcher`'s list of `kind`, and the watcher off the table when that was its last watch. */
  #forget(watcher: W, kind: WatchKind, path: string): void {
    const mine = this.#byWatcher.get(watcher);
    if (!mine) return;
    mine[kind]!.delete(path);
    if (mine.every((paths) => paths.size === 0)) this.#byWatcher.delete(watcher);
  }
}
