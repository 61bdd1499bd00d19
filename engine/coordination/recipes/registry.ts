import type { Keeper } from '../client.js';
import { joinPath } from '../path.js';
import { CreateMode, EventType, KeeperState, type WatchedEvent } from '../types.js';
import { codeOf, ensurePath, utf8 } from './common.js';

/*
 * A service registry: each live instance of a service holds an ephemeral znode
 * `/services/<service>/<instance>` with its address; it is there exactly as long as the
 * instance's session lives. Clients list the instances and watch the service's children,
 * so they learn of arrivals and departures as they happen.
 */

export interface Instance {
  id: string;
  data: Uint8Array;
}

export class ServiceRegistry {
  readonly keeper: Keeper;
  readonly root: string;

  constructor(keeper: Keeper, root = '/services') {
    this.keeper = keeper;
    this.root = root;
  }

  /** Registers this instance; returns its znode's path. */
  async register(service: string, id: string, data: Uint8Array | string = new Uint8Array(0)): Promise<string> {
    const dir = joinPath(this.root, service);
    await ensurePath(this.keeper, dir);
    const path = joinPath(dir, id);
    try {
      return await this.keeper.create(path, utf8(data), CreateMode.EPHEMERAL);
    } catch (error) {
      // Ours already (a retried create whose first reply was lost)? Then fine.
      const stat = codeOf(error) === 'NODE_EXISTS' ? await this.keeper.exists(path) : null;
      if (stat && stat.ephemeralOwner === this.keeper.sessionId) return path;
      throw error;
    }
  }

  async unregister(service: string, id: string): Promise<void> {
    await this.keeper.delete(joinPath(joinPath(this.root, service), id));
  }

  /** The live instances of `service` (empty if it has none). */
  async instances(service: string): Promise<Instance[]> {
    const dir = joinPath(this.root, service);
    let ids: string[];
    try {
      ids = await this.keeper.getChildren(dir);
    } catch (error) {
      if (codeOf(error) === 'NO_NODE') return [];
      throw error;
    }
    return this.#read(dir, ids.sort());
  }

  /**
   * Calls `onChange` with the instances now and after every change, until the returned
   * function is called.
   */
  watch(service: string, onChange: (instances: Instance[]) => void): () => void {
    const dir = joinPath(this.root, service);
    let stopped = false;
    let last = '';
    const watcher = (event: WatchedEvent) => {
      if (stopped) return;
      if (event.type !== EventType.None || event.state === KeeperState.SyncConnected) void refresh();
    };
    const refresh = async () => {
      try {
        await ensurePath(this.keeper, dir);
        const ids = (await this.keeper.getChildren(dir, watcher)).sort();
        const instances = await this.#read(dir, ids);
        const key = JSON.stringify(instances.map((i) => [i.id, [...i.data]]));
        if (!stopped && key !== last) {
          last = key;
          onChange(instances);
        }
      } catch {
        // Disconnected: the watch is re-registered on reconnect and fires if anything changed.
      }
    };
    void refresh();
    return () => {
      stopped = true;
    };
  }

  async #read(dir: string, ids: string[]): Promise<Instance[]> {
    const out: Instance[] = [];
    for (const id of ids) {
      try {
        out.push({ id, data: (await this.keeper.getData(joinPath(dir, id))).data });
      } catch (error) {
        if (codeOf(error) !== 'NO_NODE') throw error; // it left meanwhile
      }
    }
    return out;
  }
}
