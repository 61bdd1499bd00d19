import { BadArgumentsError, InvalidStateError } from '../../errors/index.js';
import { PeriodicTasks } from '../../log/periodic-tasks.js';
import type {
  DeleteRecordsRequest,
  DeleteRecordsResponse,
  FetchRequest,
  FetchResponse,
  ListOffsetsRequest,
  ListOffsetsResponse,
  OffsetForLeaderEpochRequest,
  OffsetForLeaderEpochResponse,
  ProduceRequest,
  ProduceResponse,
} from '../api/types.js';
import { topicPartitionKey, type PartitionView } from '../metadata/types.js';
import { serveDeleteRecords } from './delete-records.js';
import { serveFetch } from './fetch.js';
import { ReplicaFetcher, type FetcherContext } from './fetcher.js';
import { HighWatermarkCheckpoints } from './hw-checkpoint.js';
import { appendAsLeader, readAsLeader, waitForHighWatermark } from './leader-io.js';
import { serveListOffsets, serveOffsetForLeaderEpoch } from './offsets.js';
import { serveProduce } from './produce.js';
import { Purgatory } from './purgatory.js';
import { Replica, replicaPath, type ReplicaContext } from './replica.js';
import type { ServeContext } from './serving.js';
import type { LeadershipListener, ReplicaLogger, ReplicaManagerOptions, ReplicaStatus } from './types.js';

export type * from './types.js';

/*
 * How this works, for the next reader.
 *
 * A ReplicaManager holds every partition replica one broker hosts (Kafka's ReplicaManager)
 * and serves the data-plane APIs on them. This file keeps the map of replicas, applies the
 * controller's decisions to them, and routes requests; the work is in one file per job:
 *
 *   replica.ts            one replica: its log, leader and follower rules, HW, ISR changes
 *   follower-progress.ts  what a leader knows of each follower (log end, caught-up time)
 *   producer-state.ts     the idempotent producer's state (producer-recovery.ts rebuilds it)
 *   hw-checkpoint.ts      each replica's high watermark, kept in storage
 *   fetcher.ts            a follower's fetch loop per leader broker;
 *                         truncation-point.ts, where it cuts its log (KIP-101/279)
 *   purgatory.ts          requests that wait (long-poll fetch, acks=-1, DeleteRecords)
 *   serving.ts            the checks every request's partitions share
 *   leader-io.ts          the broker's own reads and writes as leader (the group coordinator's)
 *   produce.ts, batch-check.ts, fetch.ts, offsets.ts, delete-records.ts   the APIs
 *
 * Each replica's log lives at ['partitions', topicId, partition] in the broker's storage: a
 * re-created topic (a new id) never meets the old one's data. The controller's decisions for
 * one partition apply one at a time, in the order given; a view older than what the replica
 * has seen (lower leader epoch, or the same epoch at an older znode version) is ignored.
 * Timers on the injected clock drive the ISR check (every replicaLagTimeMs / 2) and producer
 * expiry.
 */

const DEFAULT_CHECKPOINT_INTERVAL_MS = 5000;
const DEFAULT_PRODUCER_EXPIRATION_CHECK_MS = 10 * 60 * 1000;
const DEFAULT_SOCKET_TIMEOUT_MS = 30_000;

const silent: ReplicaLogger = { warn() {} };

export class ReplicaManager {
  #options: ReplicaManagerOptions;
  #brokerId: number;
  #replicas = new Map<string, Replica>();
  #fetchers = new Map<number, ReplicaFetcher>();
  /** Which leader each followed partition is fetched from. */
  #following = new Map<string, ReplicaFetcher>();
  #stopping = new Set<Promise<void>>();
  /** The tail of each partition's queue of controller decisions. */
  #decisions = new Map<string, Promise<void>>();
  #purgatory = new Purgatory();
  #leadershipListeners = new Set<LeadershipListener>();
  #checkpoints: HighWatermarkCheckpoints;
  #timers: PeriodicTasks;
  #replicaContext: ReplicaContext;
  #fetcherContext: FetcherContext;
  #serve: ServeContext;
  #closed = false;

  private constructor(options: ReplicaManagerOptions) {
    const { config, storage, clock, link, isr } = options;
    this.#options = options;
    this.#brokerId = config.brokerId;
    const logger = options.logger ?? silent;
    this.#checkpoints = new HighWatermarkCheckpoints(storage, clock, options.highWatermarkCheckpointIntervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS, (err) =>
      logger.warn('Writing high watermark checkpoints failed', { error: String(err) }),
    );
    this.#replicaContext = {
      brokerId: this.#brokerId, config, storage, clock, isr, logger, purgatory: this.#purgatory, checkpoints: this.#checkpoints,
      brokerAlive: (id) => options.brokerAlive?.(id) ?? true,
    };
    this.#fetcherContext = { brokerId: this.#brokerId, config, clock, link, logger, socketTimeoutMs: options.replicaSocketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS };
    this.#serve = {
      brokerId: this.#brokerId,
      clock,
      logger,
      purgatory: this.#purgatory,
      replica: (topic, partition) => this.#replicas.get(topicPartitionKey(topic, partition)),
      minInsyncReplicas: (topic) => options.topicSettings(topic).minInsyncReplicas,
      fetchMaxBytes: config.fetchMaxBytes,
      maxFetchResponseBytes: options.maxFetchResponseBytes ?? Number.MAX_SAFE_INTEGER,
    };
    this.#timers = new PeriodicTasks(clock, (what, err) => logger.warn(`${what} failed`, { error: String(err) }));
    this.#timers.every(Math.max(1, Math.floor(config.replicaLagTimeMs / 2)), 'ISR check', async () => {
      for (const replica of this.#replicas.values()) replica.checkIsr();
    });
    this.#timers.every(options.producerIdExpirationCheckIntervalMs ?? DEFAULT_PRODUCER_EXPIRATION_CHECK_MS, 'Producer expiration', async () => {
      for (const replica of this.#replicas.values()) replica.producers.expire(clock.now(), config.producerIdExpirationMs);
    });
  }

  static async open(options: ReplicaManagerOptions): Promise<ReplicaManager> {
    if (typeof options !== 'object' || options === null) throw new BadArgumentsError('ReplicaManager.open needs options');
    for (const name of ['config', 'storage', 'clock', 'link', 'isr'] as const) {
      if (typeof options[name] !== 'object' || options[name] === null) throw new BadArgumentsError(`options.${name} is required`);
    }
    if (typeof options.topicSettings !== 'function') throw new BadArgumentsError('options.topicSettings must be a function');
    return new ReplicaManager(options);
  }

  #checkOpen(): void {
    if (this.#closed) throw new InvalidStateError('The replica manager is closed');
  }

  // ---------------------------------------------------------------- the controller's decisions

  /**
   * The controller's decision for one partition this broker is a replica of (or was): become
   * leader, follower, or (not in replicas) drop the replica and its data. Idempotent; a stale
   * view (lower leaderEpoch than known) is ignored.
   */
  async applyPartitionState(view: PartitionView, topicId: string): Promise<void> {
    this.#checkOpen();
    checkView(view, topicId);
    const key = topicPartitionKey(view.topic, view.partition);
    return this.#inOrder(key, async () => {
      let replica = this.#replicas.get(key);
      if (replica && replica.topicId !== topicId) {
        // The topic was deleted and created again without our being told: the old data goes.
        await this.#drop(replica);
        replica = undefined;
      }
      if (replica && isStale(view, replica)) return;
      if (!view.replicas.includes(this.#brokerId)) {
        if (replica) await this.#drop(replica);
        else await this.#deleteData(topicId, view.partition);
        return;
      }
      if (!replica) {
        replica = await Replica.open(this.#replicaContext, view.topic, view.partition, topicId, this.#options.topicSettings(view.topic).log);
        this.#replicas.set(key, replica);
      } else {
        replica.log.updateConfig(this.#options.topicSettings(view.topic).log);
      }
      const r = replica;
      await r.serial.run(async () => {
        if (view.leader === this.#brokerId) {
          this.#unfollow(r);
          r.becomeLeader(view);
          return;
        }
        const sameLeadership = r.role === 'follower' && r.leader === view.leader && r.leaderEpoch === view.leaderEpoch;
        await r.becomeFollower(view);
        if (sameLeadership) return;
        this.#unfollow(r);
        if (view.leader >= 0) this.#follow(r, view.leader, view.leaderEpoch);
      });
      this.#announce(r.topic, r.partition, r.isLeader ? r.leaderEpoch : null);
    });
  }

  /** The topic was deleted: drop its replica and delete its data. */
  async deletePartition(topic: string, partition: number, topicId: string): Promise<void> {
    this.#checkOpen();
    if (typeof topic !== 'string' || !Number.isSafeInteger(partition) || partition < 0 || typeof topicId !== 'string') {
      throw new BadArgumentsError('deletePartition needs a topic, a partition number and a topic id');
    }
    const key = topicPartitionKey(topic, partition);
    return this.#inOrder(key, async () => {
      const replica = this.#replicas.get(key);
      if (replica && replica.topicId === topicId) await this.#drop(replica);
      else await this.#deleteData(topicId, partition);
    });
  }

  /** Re-reads a topic's settings (its config changed) into its replicas' logs. */
  refreshTopicSettings(topic: string): void {
    this.#checkOpen();
    const settings = this.#options.topicSettings(topic).log;
    for (const replica of this.#replicas.values()) if (replica.topic === topic) replica.log.updateConfig(settings);
  }

  #inOrder(key: string, task: () => Promise<void>): Promise<void> {
    const run = (this.#decisions.get(key) ?? Promise.resolve()).then(task);
    const tail = run.catch(() => undefined);
    this.#decisions.set(key, tail);
    void tail.then(() => {
      if (this.#decisions.get(key) === tail) this.#decisions.delete(key);
    });
    return run;
  }

  #follow(replica: Replica, leaderId: number, leaderEpoch: number): void {
    let fetcher = this.#fetchers.get(leaderId);
    if (!fetcher) this.#fetchers.set(leaderId, (fetcher = new ReplicaFetcher(leaderId, this.#fetcherContext)));
    fetcher.add(replica, leaderEpoch);
    this.#following.set(replica.key, fetcher);
  }

  /** Stops fetching for `replica` (not waiting for its fetcher: that may be queued on the replica). */
  #unfollow(replica: Replica): void {
    const fetcher = this.#following.get(replica.key);
    if (!fetcher) return;
    this.#following.delete(replica.key);
    fetcher.remove(replica);
    if (fetcher.size > 0) return;
    this.#fetchers.delete(fetcher.leaderId);
    const stopping = fetcher.stop().finally(() => this.#stopping.delete(stopping));
    this.#stopping.add(stopping);
  }

  /** Stops and closes a replica, and deletes its data. */
  async #drop(replica: Replica): Promise<void> {
    this.#replicas.delete(replica.key);
    this.#announce(replica.topic, replica.partition, null);
    this.#unfollow(replica);
    await replica.close();
    await this.#deleteData(replica.topicId, replica.partition);
  }

  async #deleteData(topicId: string, partition: number): Promise<void> {
    await this.#checkpoints.remove(topicId, partition);
    await this.#options.storage.area(...replicaPath(topicId, partition)).clear();
  }

  // ---------------------------------------------------------------- requests (produce.ts, fetch.ts, offsets.ts, delete-records.ts)

  async produce(request: ProduceRequest): Promise<ProduceResponse> {
    this.#checkOpen();
    return serveProduce(this.#serve, request);
  }

  async fetch(request: FetchRequest, options: { signal?: AbortSignal } = {}): Promise<FetchResponse> {
    this.#checkOpen();
    return serveFetch(this.#serve, request, options?.signal);
  }

  async listOffsets(request: ListOffsetsRequest): Promise<ListOffsetsResponse> {
    this.#checkOpen();
    return serveListOffsets(this.#serve, request);
  }

  async offsetForLeaderEpoch(request: OffsetForLeaderEpochRequest): Promise<OffsetForLeaderEpochResponse> {
    this.#checkOpen();
    return serveOffsetForLeaderEpoch(this.#serve, request);
  }

  async deleteRecords(request: DeleteRecordsRequest): Promise<DeleteRecordsResponse> {
    this.#checkOpen();
    return serveDeleteRecords(this.#serve, request);
  }

  // ---------------------------------------------------------------- the broker's own partitions (leader-io.ts)

  /**
   * Calls `listener` after each decision applied to a replica: with the leader epoch when
   * this broker leads it, null when it does not (or no longer hosts it). Returns the way to
   * stop. The group coordinator follows `__consumer_offsets` with it.
   */
  onLeadershipChange(listener: LeadershipListener): () => void {
    this.#leadershipListeners.add(listener);
    return () => this.#leadershipListeners.delete(listener);
  }

  /** Appends a batch of the broker's own as leader at `leaderEpoch` (handed to the log at once); resolves as an acks=-1 produce would. */
  async appendAsLeader(topic: string, partition: number, leaderEpoch: number, batch: Uint8Array, timeoutMs: number): Promise<void> {
    this.#checkOpen();
    return appendAsLeader(this.#serve, topic, partition, leaderEpoch, batch, timeoutMs);
  }

  /** Stored batches from `offset` up to the log end, as leader at `leaderEpoch`. */
  async readAsLeader(topic: string, partition: number, leaderEpoch: number, offset: number, maxBytes: number): Promise<{ batches: Uint8Array[]; logEndOffset: number }> {
    this.#checkOpen();
    return readAsLeader(this.#serve, topic, partition, leaderEpoch, offset, maxBytes);
  }

  /** Resolves once the high watermark reaches `offset`, while leading at `leaderEpoch`. */
  async waitForHighWatermark(topic: string, partition: number, leaderEpoch: number, offset: number): Promise<void> {
    this.#checkOpen();
    return waitForHighWatermark(this.#serve, topic, partition, leaderEpoch, offset);
  }

  #announce(topic: string, partition: number, leaderEpoch: number | null): void {
    for (const listener of this.#leadershipListeners) listener(topic, partition, leaderEpoch);
  }

  // ---------------------------------------------------------------- status and close

  /** For metadata answers and the dashboard. */
  status(topic: string, partition: number): ReplicaStatus | undefined {
    return this.#replicas.get(topicPartitionKey(topic, partition))?.status();
  }

  /** The hosted replica itself, for inspection only (the cluster simulation's checkers read its log). */
  replica(topic: string, partition: number): Replica | undefined {
    return this.#replicas.get(topicPartitionKey(topic, partition));
  }

  /** Stops the fetchers and timers, answers waiting requests, closes every log and writes the high watermarks. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#timers.stop();
    await Promise.all([...this.#decisions.values()]);
    const fetchers = [...this.#fetchers.values()];
    this.#fetchers.clear();
    this.#following.clear();
    await Promise.all([...fetchers.map((f) => f.stop()), ...this.#stopping]);
    await Promise.all([...this.#replicas.values()].map((r) => r.close()));
    this.#purgatory.notifyAll();
    await this.#checkpoints.close();
  }
}

function checkView(view: PartitionView, topicId: string): void {
  const ints = (list: unknown): boolean => Array.isArray(list) && list.every((id) => Number.isSafeInteger(id));
  if (
    typeof view !== 'object' || view === null || typeof view.topic !== 'string' || view.topic.length === 0 ||
    !Number.isSafeInteger(view.partition) || view.partition < 0 || !Number.isSafeInteger(view.leader) ||
    !Number.isSafeInteger(view.leaderEpoch) || !Number.isSafeInteger(view.zkVersion) || !ints(view.replicas) || !ints(view.isr)
  ) {
    throw new BadArgumentsError('applyPartitionState needs a PartitionView');
  }
  if (typeof topicId !== 'string' || topicId.length === 0) throw new BadArgumentsError('applyPartitionState needs the topic id');
}

/** Older than what the replica has seen: a lower leader epoch, or the same epoch at an older (or the same) znode version. */
function isStale(view: PartitionView, replica: Replica): boolean {
  if (view.leaderEpoch !== replica.leaderEpoch) return view.leaderEpoch < replica.leaderEpoch;
  return view.zkVersion <= replica.zkVersion && view.leader === replica.leader;
}
