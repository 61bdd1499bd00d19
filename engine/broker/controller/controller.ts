import type { Keeper } from '../../coordination/client.js';
import { Emitter } from '../../coordination/emitter.js';
import { ensurePath } from '../../coordination/recipes/common.js';
import { MasterElection, type MasterTerm } from '../../coordination/recipes/master.js';
import type { StaleControllerEpochError } from '../../errors/index.js';
import { DEFAULT_CONFIG as DEFAULT_LOG_CONFIG, type LogConfig } from '../../log/config.js';
import { silentLogger, type LogLogger } from '../../log/partition-log-types.js';
import type { Timer } from '../../time/clock.js';
import type { Random } from '../../time/random.js';
import type {
  AlterConfigsRequest,
  AlterConfigsResponse,
  CreatePartitionsRequest,
  CreatePartitionsResponse,
  CreateTopicsRequest,
  CreateTopicsResponse,
  DeleteTopicsRequest,
  DeleteTopicsResponse,
  DescribeConfigsRequest,
  DescribeConfigsResponse,
  IncrementalAlterConfigsRequest,
} from '../api/types.js';
import type { BrokerConfig } from '../config.js';
import type { MetadataCache } from '../metadata/cache.js';
import { controllerCodec } from '../metadata/layout.js';
import type { BrokerSession } from '../metadata/session.js';
import { PATHS, topicPartitionKey, type PartitionView } from '../metadata/types.js';
import { resolveTopicConfig } from '../topic-config.js';
import { notControllerAnswers } from './answers.js';
import { alterConfigs, describeConfigs, incrementalAlterConfigs } from './configs.js';
import type { AdminContext } from './context.js';
import { createPartitions } from './create-partitions.js';
import { createTopics } from './create-topics.js';
import { deleteTopics } from './delete-topics.js';
import { settlePartition } from './failover.js';
import { bumpControllerEpoch, type ControllerFence } from './fence.js';
import { decideLeadership, type LeadershipDecision } from './leadership.js';

/*
 * How this works. Every broker runs a Controller; one is active. They campaign with the
 * master-election recipe on /controller (data {"version":1,"brokerId":N}); the winner bumps
 * /controller_epoch and holds the fence of its epoch (fence.ts): every write of its term
 * goes through it, so a controller that has been replaced changes nothing. It is active from
 * then until its term ends (its session ends, its znode goes, or a write finds the epoch
 * stale: then it resigns and campaigns again), except while it is out of touch with the
 * ensemble (the recipe's `suspended`): then it cannot know it still is the controller, so
 * it stops, and takes up the same term (and fence) if the recipe says the term is still its.
 *
 * Its work runs one task at a time, in order, like Kafka's controller event loop: admin
 * requests (topics, partitions, configs) and leadership passes. A pass applies the
 * leadership rule (leadership.ts) to partitions: all of them when the controller takes office
 * (anything may have happened while there was none) and when the set of live brokers
 * changes (a registration came or went, or a restarted broker's replaced its old one); one
 * partition when the cache shows it in need (its state changed, e.g. its leader just put a
 * dead broker back in the ISR). Requests for passes coalesce: a pass takes everything asked
 * for until it starts. After each task the controller waits until its own cache holds what it
 * wrote, so the next decision starts from it and a metadata answer on this broker right after
 * createTopics includes the topic.
 *
 * A broker's death reaches the controller as the deletion of its /brokers/ids znode when its
 * session expires: leaderships move within the session timeout plus a few round trips.
 */

export interface ControllerOptions {
  session: BrokerSession;
  cache: MetadataCache;
  config: BrokerConfig;
  /** Placement and topic ids. */
  random: Random;
  /** The partition log's defaults, for topic configs without an override. */
  logDefaults?: Readonly<LogConfig>;
  logger?: LogLogger;
  /** Wait before campaigning again after resigning, or retrying a failed pass; default 1000. */
  retryMs?: number;
}

export interface UncleanElection {
  topic: string;
  partition: number;
  leader: number;
  leaderEpoch: number;
  /** The ISR before: the replicas that may have had records the new leader lacks. */
  previousIsr: number[];
}

export interface ControllerEvents {
  /** This broker became the active controller, with this epoch. */
  activated: [epoch: number];
  /** It no longer is. */
  deactivated: [];
  /** A partition got a leader from outside its ISR: records may have been lost. */
  uncleanElection: [UncleanElection];
}

export class Controller extends Emitter<ControllerEvents> {
  readonly brokerId: number;
  readonly #options: ControllerOptions;
  readonly #logger: LogLogger;
  readonly #logDefaults: Readonly<LogConfig>;
  #election: MasterElection | null = null;
  #fence: ControllerFence | null = null;
  /** The fence of a term held while out of touch (suspended). */
  #held: ControllerFence | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #asked: Set<string> | 'all' | null = null;
  #passQueued = false;
  #timers = new Set<Timer>();
  #started = false;
  #closed = false;

  readonly #onBrokers = () => this.#ask('all');
  readonly #onPartition = (view: PartitionView) => {
    const fence = this.#fence;
    if (fence && decideLeadership(view, this.#options.cache.view.brokerEpochs, this.#uncleanAllowed(view.topic), fence.epoch)) {
      this.#ask(topicPartitionKey(view.topic, view.partition));
    }
  };
  readonly #onRenewed = (keeper: Keeper) => {
    const old = this.#election;
    this.#election = null;
    this.#held = null;
    this.#deactivate();
    void old?.close();
    if (!this.#closed) this.#join(keeper);
  };

  constructor(options: ControllerOptions) {
    super();
    this.#options = options;
    this.brokerId = options.config.brokerId;
    this.#logger = options.logger ?? silentLogger;
    this.#logDefaults = options.logDefaults ?? DEFAULT_LOG_CONFIG;
  }

  /** True while this broker is the controller (from `activated` to `deactivated`). */
  get isActive(): boolean {
    return this.#fence !== null;
  }

  /** The active term's epoch; -1 when not active. */
  get epoch(): number {
    return this.#fence?.epoch ?? -1;
  }

  /** Joins the election (in the background: `activated` tells when this broker wins). */
  start(): void {
    if (this.#started || this.#closed) return;
    this.#started = true;
    const { cache, session } = this.#options;
    cache.on('brokersChanged', this.#onBrokers);
    cache.on('partitionChanged', this.#onPartition);
    session.on('renewed', this.#onRenewed);
    this.#join(session.keeper);
  }

  /** Leaves the election; an active controller hands over at once (its znode goes). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const { cache, session } = this.#options;
    cache.off('brokersChanged', this.#onBrokers);
    cache.off('partitionChanged', this.#onPartition);
    session.off('renewed', this.#onRenewed);
    for (const timer of this.#timers) session.keeper.clock.cancel(timer);
    this.#timers.clear();
    this.#held = null;
    this.#deactivate();
    const election = this.#election;
    this.#election = null;
    await election?.close();
  }

  // ---- admin APIs (NOT_CONTROLLER unless active) ----

  createTopics(request: CreateTopicsRequest): Promise<CreateTopicsResponse> {
    return this.#admin(() => notControllerAnswers.createTopics(request), (ctx) => createTopics(ctx, request));
  }

  deleteTopics(request: DeleteTopicsRequest): Promise<DeleteTopicsResponse> {
    return this.#admin(() => notControllerAnswers.deleteTopics(request), (ctx) => deleteTopics(ctx, request));
  }

  createPartitions(request: CreatePartitionsRequest): Promise<CreatePartitionsResponse> {
    return this.#admin(() => notControllerAnswers.createPartitions(request), (ctx) => createPartitions(ctx, request));
  }

  alterConfigs(request: AlterConfigsRequest): Promise<AlterConfigsResponse> {
    return this.#admin(() => notControllerAnswers.alterConfigs(request), (ctx) => alterConfigs(ctx, request));
  }

  incrementalAlterConfigs(request: IncrementalAlterConfigsRequest): Promise<AlterConfigsResponse> {
    return this.#admin(() => notControllerAnswers.alterConfigs(request), (ctx) => incrementalAlterConfigs(ctx, request));
  }

  /** Served by any broker (active or not), from its metadata cache. */
  describeConfigs(request: DescribeConfigsRequest): DescribeConfigsResponse {
    return describeConfigs(this.#options.cache.view, this.#options.config, this.#logDefaults, request);
  }

  async #admin<T>(notController: () => T, run: (ctx: AdminContext) => Promise<T>): Promise<T> {
    if (!this.#fence) return notController();
    return this.#enqueue(async () => {
      const fence = this.#fence;
      if (!fence) return notController();
      const { cache, config, random } = this.#options;
      const answer = await run({ fence, view: cache.view, config, random, logDefaults: this.#logDefaults });
      await this.#caughtUp(fence);
      return answer;
    });
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task);
    this.#queue = result.catch(() => {});
    return result;
  }

  /** Waits until this broker's cache holds what the term wrote (a failure only delays others' view). */
  async #caughtUp(fence: ControllerFence): Promise<void> {
    await this.#options.cache.waitForZxid(fence.keeper.lastZxid).catch((error) => {
      this.#logger.warn('The metadata cache did not catch up with the controller', { error: String(error) });
    });
  }

  // ---- the election ----

  #join(keeper: Keeper): void {
    const address = new TextDecoder().decode(controllerCodec.encode({ version: 1, brokerId: this.brokerId }));
    const election = new MasterElection(keeper, { path: PATHS.controller, address });
    this.#election = election;
    // The recipe ends a term on expiry; a closed session ends it as surely.
    keeper.once('closed', () => {
      if (this.#election !== election) return;
      this.#held = null;
      this.#deactivate();
    });
    election.on('elected', (term) => void this.#activate(election, term));
    election.on('lost', () => {
      if (this.#election !== election) return;
      this.#held = null;
      this.#deactivate();
    });
    // Out of touch with the ensemble (disconnected, or on a read-only server) it cannot be
    // sure it still is the controller: it stops acting until the recipe says the term is
    // still its own, then takes up the same term (epoch and fence) with a full pass.
    election.on('suspended', () => {
      if (this.#election !== election || !this.#fence) return;
      this.#held = this.#fence;
      this.#deactivate();
    });
    election.on('resumed', () => {
      const held = this.#held;
      if (this.#election !== election || !held) return;
      this.#held = null;
      this.#takeOffice(held);
    });
    election.on('error', (error) => {
      this.#logger.warn('The controller election failed; trying again', { brokerId: this.brokerId, error: error.message });
      this.#later(() => {
        if (this.#election === election) void election.start();
      });
    });
    void election.start();
  }

  async #activate(election: MasterElection, term: MasterTerm): Promise<void> {
    const current = () => this.#election === election && election.term?.token === term.token && !this.#closed;
    if (!current()) return;
    const keeper = election.keeper;
    try {
      for (const path of [PATHS.brokerIds, PATHS.topics, PATHS.topicConfigs]) await ensurePath(keeper, path);
      const fence = await bumpControllerEpoch(keeper, (stale) => void this.#resign(election, stale));
      if (!current()) return;
      await this.#options.cache.waitForZxid(keeper.lastZxid);
      if (!current()) return;
      if (election.isMaster) this.#takeOffice(fence);
      else this.#held = fence;
    } catch (error) {
      this.#logger.warn('Could not take office as controller; resigning', { brokerId: this.brokerId, error: String(error) });
      await this.#resign(election);
    }
  }

  #takeOffice(fence: ControllerFence): void {
    this.#fence = fence;
    this.#logger.info?.('This broker is the controller', { brokerId: this.brokerId, epoch: fence.epoch });
    this.emit('activated', fence.epoch);
    this.#ask('all');
  }

  #deactivate(): void {
    const fence = this.#fence;
    this.#fence = null;
    this.#asked = null;
    if (!fence) return;
    this.#logger.info?.('This broker is no longer the controller', { brokerId: this.brokerId, epoch: fence.epoch });
    this.emit('deactivated');
  }

  /** Steps down (a newer epoch exists, or taking office failed) and campaigns again later. */
  async #resign(election: MasterElection, stale?: StaleControllerEpochError): Promise<void> {
    if (this.#election !== election) return;
    if (stale) this.#logger.warn('A newer controller epoch exists: stepping down', { brokerId: this.brokerId, error: stale.message });
    this.#election = null;
    this.#held = null;
    this.#deactivate();
    await election.close();
    this.#later(() => {
      if (!this.#closed && !this.#election) this.#join(this.#options.session.keeper);
    });
  }

  #later(action: () => void): void {
    if (this.#closed) return;
    const clock = this.#options.session.keeper.clock;
    const timer = clock.setTimer(this.#options.retryMs ?? 1000, () => {
      this.#timers.delete(timer);
      if (!this.#closed) action();
    });
    this.#timers.add(timer);
  }

  // ---- leadership passes ----

  /** Asks for a pass over `what` ('all', or one partition's key). */
  #ask(what: string): void {
    if (!this.#fence) return;
    if (what === 'all') this.#asked = 'all';
    else if (this.#asked === null) this.#asked = new Set([what]);
    else if (this.#asked !== 'all') this.#asked.add(what);
    if (this.#passQueued) return;
    this.#passQueued = true;
    void this.#enqueue(() => this.#pass()).catch((error) => {
      this.#logger.warn('A leadership pass failed', { error: String(error) });
    });
  }

  async #pass(): Promise<void> {
    this.#passQueued = false;
    const asked = this.#asked;
    this.#asked = null;
    const fence = this.#fence;
    if (!fence || !asked) return;
    const view = this.#options.cache.view;
    const partitions = asked === 'all' ? [...view.partitions.values()] : [...asked].flatMap((key) => view.partitions.get(key) ?? []);
    const unclean = new Map<string, boolean>();
    const options = {
      fence,
      brokers: new Map(view.brokerEpochs),
      uncleanAllowed: (topic: string) => {
        if (!unclean.has(topic)) unclean.set(topic, this.#uncleanAllowed(topic));
        return unclean.get(topic)!;
      },
      onUnclean: (p: PartitionView, decision: LeadershipDecision) => {
        const report: UncleanElection = { topic: p.topic, partition: p.partition, leader: decision.state.leader, leaderEpoch: decision.state.leaderEpoch, previousIsr: [...p.isr] };
        this.#logger.warn('Unclean leader election: a replica outside the ISR leads; records may have been lost', { ...report });
        this.emit('uncleanElection', report);
      },
    };
    const results = await Promise.allSettled(partitions.map((p) => settlePartition(options, p)));
    const failed = partitions.filter((_, i) => results[i]!.status === 'rejected');
    if (failed.length > 0 && this.#fence === fence) {
      const error = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
      this.#logger.warn('Some partitions could not be settled; trying again', { partitions: failed.length, error: String(error) });
      this.#later(() => failed.forEach((p) => this.#ask(topicPartitionKey(p.topic, p.partition))));
    }
    if (partitions.length > 0) await this.#caughtUp(fence);
  }

  #uncleanAllowed(topic: string): boolean {
    const view = this.#options.cache.view.topics.get(topic);
    try {
      return view ? resolveTopicConfig(view.config, this.#logDefaults).uncleanLeaderElection : false;
    } catch {
      return false;
    }
  }
}
