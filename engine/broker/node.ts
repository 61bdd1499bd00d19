import { codeOf } from '../coordination/recipes/common.js';
import type { Keeper } from '../coordination/client.js';
import { toLogkeeperError, type LogkeeperError } from '../errors/index.js';
import type { LogConfig } from '../log/index.js';
import type { Router } from '../rpc/index.js';
import type { Storage } from '../storage/index.js';
import type { Clock, Timer } from '../time/clock.js';
import type { Random } from '../time/random.js';
import { serveBrokerApi, serveGroupApi } from './api/server.js';
import { NO_BROKER } from './api/types.js';
import type { BrokerConfig } from './config.js';
import { Controller, ProducerIdManager } from './controller/index.js';
import { serveControllerApis } from './controller-forwarding.js';
import { GroupService } from './groups/service.js';
import { BrokerHandlers } from './handlers.js';
import { BrokerRegistrar, BrokerSession, MetadataCache, partitionStateCodec, PATHS, type PartitionView } from './metadata/index.js';
import type { BrokerPeers } from './peers.js';
import { ReplicaManager, type IsrWriter, type LeaderLink } from './replica/replica-manager.js';
import type { TopicSettings } from './replica/types.js';
import { resolveTopicConfig } from './topic-config.js';
import { maxPayloadBytes } from '../../transports/envelope.js';

/*
 * How this works: one broker, assembled from its parts (each in a folder of its own).
 *
 *   session      metadata/session.ts   the coordination session, replaced when it expires
 *   registrar    metadata/registration.ts   the ephemeral /brokers/ids/<id>: the broker is live
 *   cache        metadata/cache.ts     the cluster's metadata, kept by watches
 *   controller   controller/           every broker campaigns; the elected one decides
 *   producer ids controller/producer-ids.ts
 *   replicas     replica/              the partitions hosted here, and the data-plane APIs
 *   handlers     handlers.ts           the BrokerApi served on the router (and forwarding)
 *   groups       groups/               the group coordinator and the GroupApi it serves
 *
 * `start` opens the replicas (local storage only) and serves the API at once, then joins the
 * cluster in the background: the cache loads, the broker registers, the controller
 * campaigns — each retried until it works or the broker closes. Until then requests are
 * answered with what is known (retriable errors for partitions not led here). The cache
 * drives the replicas: each partition's state that names this broker (or a replica of it
 * still held here) is applied to the ReplicaManager, and a deleted topic's replicas go.
 *
 * A state that names this broker leader under another registration than its current one
 * (another broker epoch, registration.ts) was decided for an earlier process or session of
 * this broker — one that may have acknowledged records this process lost in a crash — or by
 * a controller that has not seen the current registration yet. It is applied with no
 * leader: the replica neither leads nor follows until the controller decides again for the
 * current registration (controller/leadership.ts). Before the broker has registered, no
 * state names its epoch. Each registration applies every state again.
 */

export interface BrokerNodeOptions {
  config: BrokerConfig;
  /** Where clients and other brokers dial this broker. */
  address: string;
  listeners: Record<string, string>;
  keeper: Keeper;
  /** A new, connected Keeper after the session expired. */
  reconnect: () => Promise<Keeper>;
  peers: BrokerPeers;
  storage: Storage;
  clock: Clock;
  random: Random;
  router: Router;
  /** The largest frame the broker's transport carries: bounds its fetch answers. Default: unbounded (config.fetchMaxBytes only). */
  maxFrameBytes?: number;
  /** The partition log's defaults (topic configs override them). */
  logDefaults?: Readonly<LogConfig>;
  logger?: { warn(message: string, fields?: Record<string, unknown>): void; info?(message: string, fields?: Record<string, unknown>): void };
  /** An unexpected failure the broker cannot go on after. */
  onError?: (error: LogkeeperError) => void;
}

const silent = { warn() {} };
const JOIN_RETRY_MS = 500;

export class BrokerNode {
  readonly config: BrokerConfig;
  readonly session: BrokerSession;
  readonly cache: MetadataCache;
  readonly registrar: BrokerRegistrar;
  readonly controller: Controller;
  readonly producerIds: ProducerIdManager;
  readonly replicas: ReplicaManager;
  readonly groups: GroupService;
  readonly #options: BrokerNodeOptions;
  /** Topics with replicas here: their id and the partitions held. */
  readonly #hosted = new Map<string, { id: string; partitions: Set<number> }>();
  #joinTimer: Timer | null = null;
  #closed = false;
  #joined = false;

  private constructor(options: BrokerNodeOptions, parts: Pick<BrokerNode, 'session' | 'cache' | 'registrar' | 'controller' | 'producerIds' | 'replicas' | 'groups'>) {
    this.#options = options;
    this.config = options.config;
    this.session = parts.session;
    this.cache = parts.cache;
    this.registrar = parts.registrar;
    this.controller = parts.controller;
    this.producerIds = parts.producerIds;
    this.replicas = parts.replicas;
    this.groups = parts.groups;
  }

  static async start(options: BrokerNodeOptions): Promise<BrokerNode> {
    const { config, clock, random } = options;
    const logger = options.logger ?? silent;
    const session = new BrokerSession(options.keeper, { reconnect: options.reconnect, logger });
    const cache = new MetadataCache({ session, logger });
    const registrar = new BrokerRegistrar({
      session, brokerId: config.brokerId, address: options.address, rack: config.rack, listeners: options.listeners, random: random.fork('cluster-id'), logger,
    });
    const controller = new Controller({ session, cache, config, random: random.fork('controller'), logDefaults: options.logDefaults, logger });
    const producerIds = new ProducerIdManager({ session, brokerId: config.brokerId, blockSize: config.producerIdBlockSize });
    const link: LeaderLink = {
      fetch: (brokerId, request, o) => options.peers.call(brokerId, 'fetch', request, o),
      offsetForLeaderEpoch: (brokerId, request, o) => options.peers.call(brokerId, 'offsetForLeaderEpoch', request, o),
    };
    const isr: IsrWriter = {
      async writePartitionState(topic, partition, state, expectedZkVersion) {
        try {
          const stat = await session.keeper.setData(PATHS.partitionState(topic, partition), partitionStateCodec.encode(state), expectedZkVersion);
          return { zkVersion: stat.version };
        } catch (error) {
          const code = codeOf(error);
          if (code === 'BAD_VERSION' || code === 'NO_NODE') return 'conflict';
          throw error;
        }
      },
    };
    // Resolved once per topic config: the cache replaces a changed config with a new object,
    // and the replicas ask on every produce (min.insync.replicas).
    const settingsByConfig = new WeakMap<Readonly<Record<string, string>>, TopicSettings>();
    const replicas = await ReplicaManager.open({
      config,
      storage: options.storage,
      clock,
      link,
      isr,
      replicaSocketTimeoutMs: config.replicaSocketTimeoutMs,
      // A transport that does not say (a user's adapter outside the contract) bounds nothing here.
      maxFetchResponseBytes: Number.isSafeInteger(options.maxFrameBytes) ? maxPayloadBytes(options.maxFrameBytes!) : undefined,
      brokerAlive: (id) => cache.view.brokers.has(id),
      topicSettings: (topic) => {
        const config = cache.view.topics.get(topic)?.config ?? {};
        let settings = settingsByConfig.get(config);
        if (!settings) {
          const resolved = resolveTopicConfig(config, options.logDefaults);
          settings = { log: resolved.log, minInsyncReplicas: resolved.minInsyncReplicas };
          settingsByConfig.set(config, settings);
        }
        return settings;
      },
      logger,
    });
    const groups = new GroupService({ config, clock, random: random.fork('groups'), replicas, view: () => cache.view, createTopics: (request) => handlers.createTopics(request), logger });
    const node = new BrokerNode(options, { session, cache, registrar, controller, producerIds, replicas, groups });
    cache.on('partitionChanged', (view) => node.#apply(view));
    registrar.on('registered', () => {
      for (const view of cache.view.partitions.values()) node.#apply(view);
    });
    cache.on('topicDeleted', (name, id) => node.#deleted(name, id));
    cache.on('topicChanged', (topic) => {
      if (node.#hosted.has(topic.name)) node.replicas.refreshTopicSettings(topic.name);
    });
    const handlers = new BrokerHandlers({ config, cache, controller, producerIds, replicas, peers: options.peers, clock });
    serveBrokerApi(options.router, handlers);
    serveGroupApi(options.router, groups.api);
    serveControllerApis(options.router, controller);
    node.#join();
    return node;
  }

  /** True once the cache has loaded, the broker is registered and its controller campaigns. */
  get joined(): boolean {
    return this.#joined;
  }

  /** A registered broker's address (for connections to it), from the metadata. */
  addressOf(brokerId: number): string | undefined {
    return this.cache.view.brokers.get(brokerId)?.address;
  }

  /** Stops: the controller resigns, the registration goes, the replicas close (high watermarks written). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#joinTimer) this.#options.clock.cancel(this.#joinTimer);
    await this.controller.close().catch(() => {});
    await this.registrar.close().catch(() => {});
    await this.cache.close().catch(() => {});
    this.session.close();
    this.groups.close();
    await this.replicas.close();
  }

  // ---- joining the cluster, in the background ----

  #join(): void {
    const steps = [
      async () => {
        if (!this.cache.ready) await this.cache.start();
        for (const view of this.cache.view.partitions.values()) this.#apply(view);
      },
      async () => void (await this.registrar.start()),
      async () => this.controller.start(),
    ];
    let next = 0;
    const run = (): void => {
      this.#joinTimer = null;
      if (this.#closed) return;
      const step = steps[next];
      if (!step) {
        this.#joined = true;
        return;
      }
      step().then(
        () => {
          next++;
          run();
        },
        (error: unknown) => {
          if (this.#closed) return;
          const e = toLogkeeperError(error);
          if (!e.retriable && e.code !== 'OPERATION_TIMEOUT') (this.#options.logger ?? silent).warn('Joining the cluster failed; trying again', { step: next, code: e.code, error: e.message });
          this.#joinTimer = this.#options.clock.setTimer(JOIN_RETRY_MS, run);
        },
      );
    };
    run();
  }

  // ---- the cache drives the replicas ----

  #apply(view: PartitionView): void {
    if (this.#closed) return;
    const topic = this.cache.view.topics.get(view.topic);
    if (!topic) return;
    const hosted = this.#hosted.get(view.topic);
    const here = view.replicas.includes(this.config.brokerId);
    if (!here && !(hosted?.id === topic.id && hosted.partitions.has(view.partition))) return;
    if (here) {
      let entry = hosted;
      if (!entry || entry.id !== topic.id) {
        entry = { id: topic.id, partitions: new Set() };
        this.#hosted.set(view.topic, entry);
      }
      entry.partitions.add(view.partition);
    } else hosted?.partitions.delete(view.partition);
    const epoch = this.registrar.epoch;
    const granted = view.leader !== this.config.brokerId || (epoch >= 0 && view.leaderBrokerEpoch === epoch);
    const given = granted ? view : { ...view, leader: NO_BROKER };
    this.replicas.applyPartitionState(given, topic.id).catch((error: unknown) => this.#failed('Applying a partition state failed', error, view));
  }

  #deleted(name: string, id: string): void {
    const hosted = this.#hosted.get(name);
    if (!hosted || hosted.id !== id || this.#closed) return;
    this.#hosted.delete(name);
    for (const partition of hosted.partitions) {
      this.replicas.deletePartition(name, partition, id).catch((error: unknown) => this.#failed('Deleting a replica failed', error, { topic: name, partition }));
    }
  }

  #failed(what: string, error: unknown, fields: object): void {
    if (this.#closed) return;
    const e = toLogkeeperError(error);
    if (e.code === 'INVALID_STATE') return; // closing
    (this.#options.logger ?? silent).warn(what, { ...fields, code: e.code, error: e.message });
    if (e.code === 'STORAGE_ERROR' || e.code === 'INTERNAL') this.#options.onError?.(e);
  }
}

