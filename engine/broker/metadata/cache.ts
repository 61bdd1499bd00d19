import type { Keeper } from '../../coordination/client.js';
import { Emitter } from '../../coordination/emitter.js';
import { codeOf } from '../../coordination/recipes/common.js';
import { AddWatchMode, EventType, type WatchedEvent } from '../../coordination/types.js';
import { ConnectionClosedError, OperationTimeoutError, type LogkeeperError } from '../../errors/index.js';
import { silentLogger, type LogLogger } from '../../log/partition-log-types.js';
import type { Clock, Timer } from '../../time/clock.js';
import type { DescribeClusterResponse, MetadataRequest, MetadataResponse } from '../api/types.js';
import { describeClusterResponse, metadataResponse } from './responses.js';
import type { BrokerSession } from './session.js';
import { MetadataStore, type MetadataChanges, type Read } from './store.js';
import { ROOT_PATHS, targetOf, type Target } from './targets.js';
import { PATHS, type BrokerRegistration, type ClusterView, type PartitionView, type TopicView } from './types.js';

/*
 * How this works. The cache holds what a broker knows of the cluster and keeps it current
 * with four watches that stay: persistent-recursive on /brokers (registrations, assignments,
 * partition states) and /config/topics, persistent on /controller and /cluster/id. A watch
 * event only says which path changed, so each event marks its path dirty, and a drain loop
 * reads the dirty paths again, in rounds: all reads of a round are sent at once (one session
 * answers them in order) and applied in the order they were sent, and a round starts only
 * when the one before is applied. So every read applied is at least as new as everything
 * applied before it, and the cache never goes back in time. Reading a list (the broker ids,
 * the topics, the configs) marks the entries it does not know; reading a topic marks the
 * states of its partitions the cache has not read. Loading is marking the roots.
 *
 * A round's reads go to the store (store.ts), which says what changed, and the cache tells:
 * brokersChanged, controllerChanged, topicDeleted (gone, or re-created under a new id),
 * topicChanged (new, or its replicas or configs changed) and partitionChanged.
 *
 * Persistent watches are put back by the Keeper when it reconnects, but changes made while it
 * was away fire nothing, so a reconnect reloads everything (marks the roots and every path
 * known); a new session (BrokerSession `renewed`) adds the watches again and reloads. Adding
 * them may fail without the connection breaking (a request that timed out): then it is tried
 * again every `retryMs`, as no reconnect would come to do it.
 *
 * Waiting for a zxid. The server sends a session the watch events of a change before any
 * answer that follows it, and the Keeper hands events over before the answers that came
 * after them. So once a `sync` answers, every change up to the zxid it returns has marked
 * its path here, and when the drain is next idle the cache has it.
 *
 * A znode with bad data is logged and skipped: the cache keeps what it had for it.
 */

export interface MetadataCacheOptions {
  session: BrokerSession;
  logger?: LogLogger;
  /** Wait before reading again after a failed round; default 500. */
  retryMs?: number;
}

export interface MetadataCacheEvents {
  /** A partition's state or replicas changed (or it is new). */
  partitionChanged: [PartitionView];
  /** A topic is new, or its replica lists or config overrides changed. */
  topicChanged: [TopicView];
  /** A topic is gone (or was re-created under a new id): its data can go. */
  topicDeleted: [name: string, id: string];
  brokersChanged: [ReadonlyMap<number, BrokerRegistration>];
  /** The controller's broker id (-1: none). */
  controllerChanged: [number];
}

const LISTS = new Set<Target['kind']>(['brokerList', 'topicList', 'configList']);

export class MetadataCache extends Emitter<MetadataCacheEvents> {
  readonly #session: BrokerSession;
  readonly #logger: LogLogger;
  readonly #retryMs: number;

  readonly #store = new MetadataStore((path) => this.#mark(path));

  readonly #dirty = new Map<string, Target>();
  #draining = false;
  #retry: Timer | null = null;
  #idle: Array<() => void> = [];
  #seenZxid = 0;
  #ready = false;
  #closed = false;
  /** The Keeper whose `reconnected` reloads, and the one whose server has the watches. */
  #listening: Keeper | null = null;
  #watching: Keeper | null = null;

  readonly #watcher = (event: WatchedEvent) => {
    if (event.type >= EventType.NodeCreated && event.type <= EventType.NodeChildrenChanged) this.#mark(event.path);
  };
  readonly #onReconnected = () => void this.#attach(this.#session.keeper);
  readonly #onRenewed = (keeper: Keeper) => void this.#attach(keeper);

  constructor(options: MetadataCacheOptions) {
    super();
    this.#session = options.session;
    this.#logger = options.logger ?? silentLogger;
    this.#retryMs = options.retryMs ?? 500;
    this.#session.on('renewed', this.#onRenewed);
  }

  /** What this broker knows of the cluster now (live maps: read, do not keep). */
  get view(): ClusterView {
    return this.#store.view;
  }

  /** True once the first load is done. */
  get ready(): boolean {
    return this.#ready;
  }

  /** Sets the watches and loads everything; resolves when loaded. */
  async start(): Promise<void> {
    const keeper = this.#session.keeper;
    await this.#attach(keeper, true);
    await this.#whenIdle(keeper.clock, keeper.requestTimeoutMs);
    this.#ready = true;
  }

  /**
   * Resolves once the cache holds every change up to `zxid` (e.g. the zxid of this broker's
   * own write, so that an answer built next includes it). OPERATION_TIMEOUT after `timeoutMs`.
   */
  async waitForZxid(zxid: number, options: { timeoutMs?: number } = {}): Promise<void> {
    if (zxid <= this.#seenZxid) return;
    const keeper = this.#session.keeper;
    const timeoutMs = options.timeoutMs ?? keeper.requestTimeoutMs;
    const started = keeper.clock.now();
    await keeper.sync('/', { timeoutMs });
    const at = keeper.lastZxid;
    await this.#whenIdle(keeper.clock, Math.max(1, timeoutMs - (keeper.clock.now() - started)));
    if (at > this.#seenZxid) this.#seenZxid = at;
  }

  metadataResponse(request: MetadataRequest): MetadataResponse {
    return metadataResponse(this.view, request);
  }

  describeCluster(): DescribeClusterResponse {
    return describeClusterResponse(this.view);
  }

  /** Stops following (removes its watches when connected). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#session.off('renewed', this.#onRenewed);
    const keeper = this.#watching;
    this.#watching = null;
    this.#listening?.off('reconnected', this.#onReconnected);
    this.#listening = null;
    if (this.#retry) this.#session.keeper.clock.cancel(this.#retry);
    for (const resolve of this.#idle.splice(0)) resolve();
    if (!keeper || keeper.state !== 'connected') return;
    for (const path of ['/brokers', PATHS.topicConfigs, PATHS.controller, PATHS.clusterId]) {
      await keeper.removeWatches(path, this.#watcher).catch(() => {});
    }
  }

  // ---- watching ----

  /** Adds the watches on `keeper` if not yet there, then reloads. */
  async #attach(keeper: Keeper, rethrow = false): Promise<void> {
    if (this.#closed || keeper !== this.#session.keeper) return;
    if (this.#listening !== keeper) {
      this.#listening?.off('reconnected', this.#onReconnected);
      this.#listening = keeper;
      keeper.on('reconnected', this.#onReconnected);
    }
    if (this.#watching !== keeper) {
      try {
        await keeper.addWatch('/brokers', this.#watcher, AddWatchMode.PERSISTENT_RECURSIVE);
        await keeper.addWatch(PATHS.topicConfigs, this.#watcher, AddWatchMode.PERSISTENT_RECURSIVE);
        await keeper.addWatch(PATHS.controller, this.#watcher, AddWatchMode.PERSISTENT);
        await keeper.addWatch(PATHS.clusterId, this.#watcher, AddWatchMode.PERSISTENT);
        this.#watching = keeper;
      } catch (error) {
        this.#logger.warn('The metadata cache could not set its watches; trying again', { error: String(error) });
        if (rethrow) throw error;
        keeper.clock.setTimer(this.#retryMs, () => void this.#attach(keeper));
        return;
      }
    }
    for (const path of [...ROOT_PATHS, ...this.#store.knownPaths()]) this.#mark(path);
  }

  #mark(path: string): void {
    const target = targetOf(path);
    if (!target || this.#closed) return;
    this.#dirty.set(path, target);
    if (!this.#draining) void this.#drain();
  }

  #whenIdle(clock: Clock, timeoutMs: number): Promise<void> {
    if (this.#closed) return Promise.reject(new ConnectionClosedError('The metadata cache is closed'));
    if (!this.#draining && this.#dirty.size === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = () => {
        clock.cancel(timer);
        resolve();
      };
      const timer = clock.setTimer(timeoutMs, () => {
        this.#idle = this.#idle.filter((r) => r !== done);
        reject(new OperationTimeoutError(`The metadata cache did not catch up within ${timeoutMs} ms`));
      });
      this.#idle.push(done);
    });
  }

  // ---- reading ----

  async #drain(): Promise<void> {
    this.#draining = true;
    if (this.#retry) this.#session.keeper.clock.cancel(this.#retry);
    this.#retry = null;
    let failed = false;
    try {
      while (this.#dirty.size > 0 && !this.#closed && !failed) {
        const batch = [...this.#dirty];
        this.#dirty.clear();
        const keeper = this.#session.keeper;
        const results = await Promise.allSettled(batch.map(([path, target]) => read(keeper, path, target)));
        const applied: Array<[string, Target, Read]> = [];
        results.forEach((result, i) => {
          const [path, target] = batch[i]!;
          if (result.status === 'fulfilled') applied.push([path, target, result.value]);
          else {
            failed = true;
            if (!this.#dirty.has(path)) this.#dirty.set(path, target);
          }
        });
        this.#publish(this.#store.apply(applied, (message, details) => this.#logger.warn(message, details)));
      }
    } finally {
      this.#draining = false;
    }
    if (failed && !this.#closed) {
      const keeper = this.#session.keeper;
      if (keeper.state !== 'expired' && keeper.state !== 'closed') {
        this.#retry = keeper.clock.setTimer(this.#retryMs, () => {
          this.#retry = null;
          if (!this.#draining) void this.#drain();
        });
      }
    } else if (this.#dirty.size === 0) {
      for (const resolve of this.#idle.splice(0)) resolve();
    }
  }

  /** Tells of a round's changes (see the top). */
  #publish(changes: MetadataChanges): void {
    const view = this.#store.view;
    if (changes.brokers) this.emit('brokersChanged', view.brokers);
    if (changes.controller) this.emit('controllerChanged', view.controllerId);
    for (const [name, id] of changes.deleted) this.emit('topicDeleted', name, id);
    for (const topic of changes.topics) this.emit('topicChanged', topic);
    for (const partition of changes.partitions) this.emit('partitionChanged', partition);
  }
}

async function read(keeper: Keeper, path: string, target: Target): Promise<Read> {
  try {
    if (LISTS.has(target.kind)) return { children: await keeper.getChildren(path) };
    return await keeper.getData(path);
  } catch (error) {
    if (codeOf(error) === 'NO_NODE') return null;
    throw error as LogkeeperError;
  }
}
