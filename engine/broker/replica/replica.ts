import { StorageError } from '../../errors/index.js';
import { readInt64 } from '../../log/bytes.js';
import { PartitionLog, type AppendResult, type LogConfig } from '../../log/index.js';
import { Serial } from '../../log/serial.js';
import { batchEnd } from '../../log/stored-batches.js';
import type { Storage } from '../../storage/index.js';
import type { Clock } from '../../time/index.js';
import type { BrokerConfig } from '../config.js';
import { topicPartitionKey, type PartitionView } from '../metadata/types.js';
import type { CheckedBatch } from './batch-check.js';
import { FollowerProgress, UNKNOWN } from './follower-progress.js';
import type { HighWatermarkCheckpoints } from './hw-checkpoint.js';
import { rebuildProducerState } from './producer-recovery.js';
import { ProducerStateTable, producerBatch, type WrittenBatch } from './producer-state.js';
import type { Purgatory } from './purgatory.js';
import type { IsrWriter, ReplicaLogger, ReplicaRole, ReplicaStatus } from './types.js';

/*
 * How this works: one partition replica hosted by this broker — its log, its role, and the
 * rules that keep replicas consistent.
 *
 * As leader it appends producers' batches stamped with its leader epoch, learns each
 * follower's log end from its fetches (follower-progress.ts), and moves the high watermark
 * (HW) to the smallest log end over the ISR, never back. The ISR changes only through the
 * IsrWriter, conditional on the state znode's version last seen: a follower that has not
 * caught up for replicaLagTimeMs leaves, one whose log end reached the HW (and the start of
 * this leadership) joins if it is registered (a dead broker would be taken out again by the
 * controller at once, and back in at its next fetch, for as long as it stays unregistered).
 * While a change is in flight the HW counts the larger of the two sets, so it never runs
 * ahead of a replica that might still be in the ISR. If the write finds the znode changed,
 * someone else (the controller) decided: the replica stops acting as leader (`fenced`) until
 * the next state it is given.
 *
 * As follower it appends what its fetcher brings (the leader's bytes, offsets and epochs
 * unchanged), sets HW = min(leader's HW, own log end), follows the leader's log start, and
 * truncates where its fetcher's leader-epoch exchange says (fetcher.ts).
 *
 * Every change a waiting operation may care about (an append, the HW, the ISR, the role, the
 * log start) notifies the partition's key in the purgatory. Role changes, follower appends
 * and truncations run one at a time through `serial`; a leader's appends do not (they are
 * ordered by the log itself), nor do reads.
 */

export interface ReplicaContext {
  brokerId: number;
  config: BrokerConfig;
  storage: Storage;
  clock: Clock;
  isr: IsrWriter;
  logger: ReplicaLogger;
  purgatory: Purgatory;
  checkpoints: HighWatermarkCheckpoints;
  /** Whether a broker is registered (a follower joins the ISR only then). */
  brokerAlive(brokerId: number): boolean;
}

/**
 * The newest bytes of each replica's log kept in memory: twice what one follower fetch takes
 * of a partition (replicaFetchMaxBytes' default), so that readers a fetch or two behind the
 * end still read from memory.
 */
const TAIL_CACHE_BYTES = 2 * 1024 * 1024;

/** A leader's appends: either the writes, or the earlier batch they duplicate (nothing written). */
export type LeaderAppend = { writes: Array<Promise<AppendResult>> } | { duplicate: WrittenBatch };

export class Replica {
  readonly topic: string;
  readonly partition: number;
  readonly topicId: string;
  readonly key: string;
  readonly log: PartitionLog;
  readonly producers = new ProducerStateTable();
  readonly followers = new FollowerProgress();
  /** Role changes, follower appends and truncations, one at a time. */
  readonly serial = new Serial();

  role: ReplicaRole = 'follower';
  leader = -1;
  leaderEpoch = -1;
  replicas: number[] = [];
  isr: number[] = [];
  zkVersion = -1;
  controllerEpoch = 0;
  /** The leader's broker epoch the state names (kept through this leader's ISR changes). */
  leaderBrokerEpoch = -1;
  /** A leader whose ISR write met a newer state: not acting as leader until it is given one. */
  fenced = false;
  /** Bumped whenever the replica is given a state (or closes), so that late results of older work are dropped. */
  generation = 0;
  closed = false;

  #ctx: ReplicaContext;
  #hw: number;
  #pendingIsr: number[] | undefined;
  /** Appends taken as leader that the log has not finished writing. */
  #leaderWrites = new Set<Promise<void>>();
  #producersStale = false;
  #rebuilding: Promise<void> | undefined;

  private constructor(ctx: ReplicaContext, topic: string, partition: number, topicId: string, log: PartitionLog, hw: number) {
    this.#ctx = ctx;
    this.topic = topic;
    this.partition = partition;
    this.topicId = topicId;
    this.key = topicPartitionKey(topic, partition);
    this.log = log;
    this.#hw = hw;
  }

  /** Opens the replica's log (as it was left), its checkpointed HW and its producers' state. */
  static async open(ctx: ReplicaContext, topic: string, partition: number, topicId: string, settings: Partial<LogConfig>): Promise<Replica> {
    const holder: { replica?: Replica } = {};
    const log = await PartitionLog.open({
      ...settings,
      storage: ctx.storage,
      path: replicaPath(topicId, partition),
      clock: ctx.clock,
      logger: ctx.logger,
      // Retention never deletes what a follower may still need.
      deleteBoundary: () => holder.replica?.highWatermark ?? 0,
      // Followers and tailing consumers read the newest batches: from memory (tail-cache.ts).
      tailCacheBytes: TAIL_CACHE_BYTES,
    });
    try {
      const saved = (await ctx.checkpoints.read(topicId, partition)) ?? 0;
      const hw = Math.min(Math.max(saved, log.logStartOffset), log.logEndOffset);
      const replica = (holder.replica = new Replica(ctx, topic, partition, topicId, log, hw));
      await rebuildProducerState(log, replica.producers, ctx.clock.now(), ctx.config.producerIdExpirationMs);
      return replica;
    } catch (err) {
      await log.close().catch(() => undefined);
      throw err;
    }
  }

  get highWatermark(): number {
    return this.#hw;
  }

  /** Where the current leader epoch began (the log end while it has written nothing): a follower joins the ISR only past it. */
  get epochStartOffset(): number {
    return this.log.leaderEpochs().find((e) => e.epoch === this.leaderEpoch)?.startOffset ?? this.log.logEndOffset;
  }

  /**
   * Whether this leader may tell clients its high watermark (Kafka's rule, KAFKA-2334). A new
   * leader learned its HW from its predecessor's fetch answers, so it may lag the HW that
   * predecessor told clients — but only by records below the start of the new leader's
   * epoch, as the new leader was in sync. Until its HW reaches that start, a client told it
   * could see the high watermark move back: ListOffsets and consumer fetches answer
   * OFFSET_NOT_AVAILABLE (retriable) meanwhile, usually one round of follower fetches.
   */
  get highWatermarkAvailable(): boolean {
    return this.#hw >= this.epochStartOffset;
  }

  /** Leading, and not fenced or closed: may take produce requests and serve fetches. */
  get isLeader(): boolean {
    return this.role === 'leader' && !this.fenced && !this.closed;
  }

  #notify(): void {
    this.#ctx.purgatory.notify(this.key);
  }

  #setHighWatermark(hw: number): void {
    if (hw === this.#hw) return;
    this.#hw = hw;
    this.#ctx.checkpoints.mark(this.topicId, this.partition, hw);
    this.#notify();
  }

  // ---------------------------------------------------------------- states given by the controller

  #take(view: PartitionView): void {
    this.leader = view.leader;
    this.leaderEpoch = view.leaderEpoch;
    this.replicas = [...view.replicas];
    this.isr = [...view.isr];
    this.zkVersion = view.zkVersion;
    this.controllerEpoch = view.controllerEpoch;
    this.leaderBrokerEpoch = view.leaderBrokerEpoch;
    this.fenced = false;
    this.#pendingIsr = undefined;
    this.generation++;
  }

  /** Starts leading at the view's epoch (or, at the same epoch, takes its newer ISR). */
  becomeLeader(view: PartitionView): void {
    const fresh = this.role !== 'leader' || view.leaderEpoch !== this.leaderEpoch;
    this.#take(view);
    this.role = 'leader';
    const followers = view.replicas.filter((id) => id !== this.#ctx.brokerId);
    if (fresh) {
      this.followers.reset(followers, view.isr, this.#ctx.clock.now());
      this.#ctx.logger.info?.('Leading partition', { topic: this.topic, partition: this.partition, leaderEpoch: view.leaderEpoch, logEndOffset: this.log.logEndOffset });
    } else {
      this.followers.retain(followers);
    }
    this.maybeIncrementHighWatermark();
    this.#notify();
  }

  /**
   * Follows `view.leader` (-1: nobody leads now). Resolves once the appends taken as leader
   * have landed: the log writes them in groups, after append() returns, and the truncation
   * that comes next must see them (in Kafka, the partition's lock held through an append
   * gives the same).
   */
  async becomeFollower(view: PartitionView): Promise<void> {
    this.#take(view);
    this.role = 'follower';
    this.#notify();
    await Promise.all(this.#leaderWrites);
  }

  // ---------------------------------------------------------------- leader: appends

  /**
   * Resolves once the producer state is known. A failed write leaves it unknown (the table
   * recorded the batch when the log took it): it is read back from the log, once the writes
   * in flight have landed.
   */
  async producerStateReady(): Promise<void> {
    while (this.#producersStale) {
      this.#rebuilding ??= (async () => {
        while (this.#leaderWrites.size > 0) await Promise.all(this.#leaderWrites);
        await rebuildProducerState(this.log, this.producers, this.#ctx.clock.now(), this.#ctx.config.producerIdExpirationMs);
        this.#producersStale = false;
      })().finally(() => (this.#rebuilding = undefined));
      await this.#rebuilding;
    }
  }

  /**
   * Checks the producer state and hands the batches to the log, synchronously, so that
   * batches are checked in the order the log gives them offsets. Throws a producer error, or
   * a (retriable) StorageError while the producer state is unknown.
   */
  appendAsLeader(batches: readonly CheckedBatch[]): LeaderAppend {
    if (this.#producersStale) throw new StorageError(`A write to ${this.topic}-${this.partition} failed; its producer state is being read back`);
    const duplicate = this.producers.check(batches);
    if (duplicate) return { duplicate };
    const leaderEpoch = this.leaderEpoch;
    const writes = batches.map((b) => {
      const write = this.log.append(b.bytes, { leaderEpoch });
      this.producers.record(b, -1, write);
      return write;
    });
    const landed = Promise.allSettled(writes).then((results) => {
      this.#leaderWrites.delete(landed);
      if (results.some((r) => r.status === 'rejected')) this.#producersStale = true;
      this.#notify();
      this.maybeIncrementHighWatermark();
    });
    this.#leaderWrites.add(landed);
    return { writes };
  }

  /** HW = the smallest log end over the ISR (and a pending ISR change's new members); only up. */
  maybeIncrementHighWatermark(): void {
    if (!this.isLeader) return;
    const members = this.#pendingIsr ? [...new Set([...this.isr, ...this.#pendingIsr])] : this.isr;
    const hw = this.followers.minLogEnd(members, this.#ctx.brokerId, this.log.logEndOffset);
    if (hw !== UNKNOWN && hw > this.#hw) this.#setHighWatermark(hw);
  }

  /** The smallest log start over the leader and the ISR (DeleteRecords' low watermark); -1 while unknown. */
  lowWatermark(): number {
    return this.followers.minLogStart(this.isr, this.#ctx.brokerId, this.log.logStartOffset);
  }

  // ---------------------------------------------------------------- leader: followers and the ISR

  /** A follower's valid fetch at `fetchOffset`: its progress, then maybe the ISR and the HW. */
  followerFetched(id: number, fetchOffset: number, logStartOffset: number): void {
    const logStartBefore = this.followers.get(id)?.logStartOffset;
    this.followers.fetched(id, fetchOffset, logStartOffset, this.log.logEndOffset, this.#ctx.clock.now());
    if (logStartOffset !== logStartBefore) this.#notify(); // a DeleteRecords may wait for it
    if (this.isLeader && !this.isr.includes(id) && !this.#pendingIsr && fetchOffset >= this.#hw && fetchOffset >= this.epochStartOffset && this.#ctx.brokerAlive(id)) {
      void this.#changeIsr([...this.isr, id], `replica ${id} caught up`);
    }
    this.maybeIncrementHighWatermark();
  }

  /** Drops from the ISR the followers that have not caught up for replicaLagTimeMs. */
  checkIsr(): void {
    if (!this.isLeader || this.#pendingIsr) return;
    const me = this.#ctx.brokerId;
    const lagging = this.followers.outOfSync(
      this.isr.filter((id) => id !== me),
      this.#ctx.clock.now(),
      this.#ctx.config.replicaLagTimeMs,
    );
    if (lagging.length > 0) void this.#changeIsr(this.isr.filter((id) => !lagging.includes(id)), `replicas ${lagging.join(', ')} fell behind`);
  }

  async #changeIsr(isr: number[], why: string): Promise<void> {
    const generation = this.generation;
    this.#pendingIsr = isr;
    const fields = { topic: this.topic, partition: this.partition, from: this.isr, to: isr, why };
    let result: { zkVersion: number } | 'conflict';
    try {
      const state = { version: 1 as const, leader: this.#ctx.brokerId, leaderEpoch: this.leaderEpoch, isr, controllerEpoch: this.controllerEpoch, leaderBrokerEpoch: this.leaderBrokerEpoch };
      result = await this.#ctx.isr.writePartitionState(this.topic, this.partition, state, this.zkVersion);
    } catch (err) {
      if (generation === this.generation) this.#pendingIsr = undefined;
      this.#ctx.logger.warn('Could not change the ISR; will try again', { ...fields, error: String(err) });
      return;
    }
    // A state given meanwhile is newer than what this write started from: it decides.
    if (generation !== this.generation) return;
    this.#pendingIsr = undefined;
    if (result === 'conflict') {
      this.fenced = true;
      this.#ctx.logger.warn('The partition state changed under an ISR change: no longer acting as leader until told again', fields);
    } else {
      this.isr = isr;
      this.zkVersion = result.zkVersion;
      this.#ctx.logger.info?.('Changed the ISR', fields);
      this.maybeIncrementHighWatermark();
    }
    this.#notify();
  }

  // ---------------------------------------------------------------- follower (called by the fetcher, in `serial`)

  /** Appends a leader's batches (from our log end on), then takes its HW and log start. */
  async appendFromLeader(batches: readonly Uint8Array[], leaderHw: number, leaderLogStart: number): Promise<void> {
    let from = 0;
    const end = this.log.logEndOffset;
    while (from < batches.length && batchEnd(batches[from]!) <= end) from++;
    const first = batches[from];
    // A batch that straddles our end (we were cut inside it): take it whole, as the leader has it.
    if (first && readInt64(first, 0) < end) await this.truncate(readInt64(first, 0));
    const taken = batches.slice(from);
    const settled = await Promise.allSettled(taken.map((bytes) => this.log.appendAsFollower(bytes)));
    let failure: unknown;
    settled.forEach((r, i) => {
      if (r.status === 'fulfilled') this.producers.record(producerBatch(taken[i]!), r.value.baseOffset);
      else {
        this.#producersStale = true;
        failure ??= r.reason;
      }
    });
    if (failure !== undefined) throw failure;
    await this.followLeader(leaderHw, leaderLogStart);
  }

  /** HW = min(leader's HW, own log end), never back; the log start follows the leader's. */
  async followLeader(leaderHw: number, leaderLogStart: number): Promise<void> {
    const end = this.log.logEndOffset;
    const hw = Math.min(leaderHw, end);
    if (hw > this.#hw) this.#setHighWatermark(hw);
    const start = Math.min(leaderLogStart, end);
    if (start > this.log.logStartOffset) await this.log.deleteRecordsBefore(start);
  }

  /** Drops our log from `offset` on (a divergent tail, KIP-101/279). */
  async truncate(offset: number): Promise<void> {
    if (offset >= this.log.logEndOffset) return;
    const fields = { topic: this.topic, partition: this.partition, offset, logEndOffset: this.log.logEndOffset, highWatermark: this.#hw };
    if (offset < this.#hw) this.#ctx.logger.warn('Truncating below the high watermark', fields);
    else this.#ctx.logger.info?.('Truncating the log', fields);
    await this.log.truncateTo(offset);
    if (!this.producers.truncate(offset)) {
      await rebuildProducerState(this.log, this.producers, this.#ctx.clock.now(), this.#ctx.config.producerIdExpirationMs);
    }
    if (this.#hw > this.log.logEndOffset) this.#setHighWatermark(this.log.logEndOffset);
  }

  /** Empties the log and starts it at `offset` (the leader's log starts past our end). */
  async restartAt(offset: number): Promise<void> {
    this.#ctx.logger.info?.('Restarting the log at the leader\'s log start', { topic: this.topic, partition: this.partition, offset });
    await this.log.truncateFullyAndStartAt(offset);
    this.producers.clear();
    this.#setHighWatermark(offset);
  }

  // ---------------------------------------------------------------- status and close

  status(): ReplicaStatus {
    return {
      role: this.role,
      leaderEpoch: this.leaderEpoch,
      logStartOffset: this.log.logStartOffset,
      logEndOffset: this.log.logEndOffset,
      highWatermark: this.#hw,
      isr: [...this.isr],
      sizeBytes: this.log.size,
    };
  }

  /** Stops serving (waiting operations are told), records the HW and closes the log. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.generation++;
    this.#notify();
    await this.serial.idle();
    this.#ctx.checkpoints.mark(this.topicId, this.partition, this.#hw);
    await this.log.close();
  }
}

export function replicaPath(topicId: string, partition: number): string[] {
  return ['partitions', topicId, String(partition)];
}
