import { kafkaCodeOf } from '../../errors/index.js';
import type { Clock, Timer } from '../../time/index.js';
import type { FetchRequest, FetchResponse, OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse } from '../api/types.js';
import type { BrokerConfig } from '../config.js';
import type { Replica } from './replica.js';
import { truncationPoint } from './truncation-point.js';
import type { LeaderLink, ReplicaLogger } from './types.js';

/*
 * How this works: one fetcher per leader broker (Kafka's ReplicaFetcherThread) replicates
 * every partition this broker follows from that leader, as a loop of rounds:
 *
 *   - Partitions that have just started following (or were told FENCED_LEADER_EPOCH or
 *     OFFSET_OUT_OF_RANGE) first truncate: one OffsetForLeaderEpoch request for all of them,
 *     asking the end of each one's latest epoch, and a cut where truncation-point.ts says,
 *     repeated while it says so. Only then do they fetch: nothing fetched may land on a
 *     divergent tail.
 *   - The others are fetched in one FetchRequest from their log ends (replicaFetchWaitMaxMs,
 *     replicaFetchMaxBytes per partition, replicaFetchResponseMaxBytes in all). The leader
 *     holds it until it has data; each partition's answer is appended as it came
 *     (Replica.appendFromLeader), and the leader's high watermark and log start are taken.
 *   - A failed request backs off every partition it carried, a partition's error that one,
 *     for replicaFetchBackoffMs; with nothing due the loop sleeps until the first backoff
 *     ends or a partition is added.
 *
 * A partition's answer is applied through its replica's `serial` and only if it still
 * follows this leader at the same request (the target object is the same) and its log end
 * is still the offset fetched: a role change in between makes it drop the answer.
 *
 * OFFSET_OUT_OF_RANGE above the leader's log, after the epoch exchange: the leader was elected
 * without records this replica has (an unclean election, or every replica that held them
 * lost them in crashes) and lacks even an epoch to compare ours with. As Kafka's followers
 * do, the replica cuts its log to where the leader's is certain (the leader's high
 * watermark, which the answer carries) and fetches from there: those records are gone.
 */

export interface FetcherContext {
  brokerId: number;
  config: BrokerConfig;
  clock: Clock;
  link: LeaderLink;
  logger: ReplicaLogger;
  socketTimeoutMs: number;
}

interface Target {
  replica: Replica;
  leaderEpoch: number;
  truncating: boolean;
  /** Clock time before which the partition waits (a backoff). */
  retryAt: number;
}

const OFFSET_OUT_OF_RANGE = kafkaCodeOf('OFFSET_OUT_OF_RANGE');
const FENCED_LEADER_EPOCH = kafkaCodeOf('FENCED_LEADER_EPOCH');

export class ReplicaFetcher {
  readonly leaderId: number;
  #ctx: FetcherContext;
  #targets = new Map<string, Target>();
  #abort = new AbortController();
  #stopped = false;
  #wake: (() => void) | undefined;
  #running: Promise<void>;

  constructor(leaderId: number, ctx: FetcherContext) {
    this.leaderId = leaderId;
    this.#ctx = ctx;
    this.#running = this.#run();
  }

  get size(): number {
    return this.#targets.size;
  }

  /** Starts (or restarts, truncating first) replicating `replica` at `leaderEpoch`. */
  add(replica: Replica, leaderEpoch: number): void {
    this.#targets.set(replica.key, { replica, leaderEpoch, truncating: true, retryAt: 0 });
    this.#wake?.();
  }

  remove(replica: Replica): void {
    if (this.#targets.get(replica.key)?.replica === replica) this.#targets.delete(replica.key);
  }

  /** Stops the loop (aborting a request in flight) and resolves when it has. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#abort.abort();
    this.#wake?.();
    await this.#running;
  }

  #current(t: Target): boolean {
    return !this.#stopped && !t.replica.closed && this.#targets.get(t.replica.key) === t;
  }

  #backoff(t: Target): void {
    t.retryAt = this.#ctx.clock.now() + this.#ctx.config.replicaFetchBackoffMs;
  }

  #warn(message: string, fields: object): void {
    if (!this.#stopped) this.#ctx.logger.warn(message, { leader: this.leaderId, ...fields });
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      const now = this.#ctx.clock.now();
      const due = [...this.#targets.values()].filter((t) => t.retryAt <= now);
      const truncating = due.filter((t) => t.truncating);
      const fetching = due.filter((t) => !t.truncating);
      if (truncating.length > 0) await this.#truncate(truncating);
      else if (fetching.length > 0) await this.#fetch(fetching);
      else await this.#sleep();
    }
  }

  /** Until the first backoff ends, a partition is added, or stop(). */
  #sleep(): Promise<void> {
    const clock = this.#ctx.clock;
    let next = Infinity;
    for (const t of this.#targets.values()) next = Math.min(next, t.retryAt);
    return new Promise<void>((resolve) => {
      let timer: Timer | undefined;
      this.#wake = () => {
        this.#wake = undefined;
        if (timer) clock.cancel(timer);
        resolve();
      };
      if (next !== Infinity) timer = clock.setTimer(next - clock.now(), this.#wake);
    });
  }

  // ---------------------------------------------------------------- truncation by leader epoch

  async #truncate(targets: Target[]): Promise<void> {
    const asked = new Map<Target, number>();
    for (const t of targets) asked.set(t, t.replica.log.latestLeaderEpoch);
    // With no epoch to ask about, there is nothing to compare: keep what is below the HW.
    const withEpoch = targets.filter((t) => asked.get(t)! >= 0);
    await Promise.all(
      targets.filter((t) => asked.get(t)! < 0).map((t) =>
        this.#inSerial(t, 'Truncation', async () => {
          await t.replica.truncate(t.replica.highWatermark);
          t.truncating = false;
        }),
      ),
    );
    if (withEpoch.length === 0) return;
    const request: OffsetForLeaderEpochRequest = {
      replicaId: this.#ctx.brokerId,
      topics: byTopic(withEpoch, (t) => ({ partition: t.replica.partition, currentLeaderEpoch: t.leaderEpoch, leaderEpoch: asked.get(t)! })),
    };
    let response: OffsetForLeaderEpochResponse;
    try {
      response = await this.#ctx.link.offsetForLeaderEpoch(this.leaderId, request, { signal: this.#abort.signal, timeoutMs: this.#ctx.socketTimeoutMs });
    } catch (err) {
      this.#warn('OffsetForLeaderEpoch to the leader failed', { error: String(err) });
      for (const t of withEpoch) this.#backoff(t);
      return;
    }
    await Promise.all(
      withEpoch.map((t) =>
        this.#inSerial(t, 'Truncation', async () => {
          const answer = response.topics.find((x) => x.name === t.replica.topic)?.partitions.find((x) => x.partition === t.replica.partition);
          if (!answer || answer.errorCode !== 0) {
            this.#warn('The leader refused OffsetForLeaderEpoch', { topic: t.replica.topic, partition: t.replica.partition, errorCode: answer?.errorCode });
            this.#backoff(t);
            return;
          }
          const log = t.replica.log;
          const point = truncationPoint({ epoch: answer.leaderEpoch, endOffset: answer.endOffset }, {
            logEndOffset: log.logEndOffset,
            highWatermark: t.replica.highWatermark,
            endOffsetForEpoch: (epoch) => log.endOffsetForEpoch(epoch),
          });
          await t.replica.truncate(point.offset);
          // Another round only if this one dropped an epoch (it always should: a guard against looping).
          t.truncating = !point.done && log.latestLeaderEpoch < asked.get(t)!;
        }),
      ),
    );
  }

  // ---------------------------------------------------------------- fetching

  async #fetch(targets: Target[]): Promise<void> {
    const cfg = this.#ctx.config;
    const offsets = new Map<Target, number>();
    for (const t of targets) offsets.set(t, t.replica.log.logEndOffset);
    const request: FetchRequest = {
      replicaId: this.#ctx.brokerId,
      maxWaitMs: cfg.replicaFetchWaitMaxMs,
      minBytes: 1,
      maxBytes: cfg.replicaFetchResponseMaxBytes,
      isolationLevel: 0,
      topics: byTopic(targets, (t) => ({
        partition: t.replica.partition,
        currentLeaderEpoch: t.leaderEpoch,
        fetchOffset: offsets.get(t)!,
        logStartOffset: t.replica.log.logStartOffset,
        partitionMaxBytes: cfg.replicaFetchMaxBytes,
      })),
    };
    let response: FetchResponse;
    try {
      response = await this.#ctx.link.fetch(this.leaderId, request, {
        signal: this.#abort.signal,
        timeoutMs: cfg.replicaFetchWaitMaxMs + this.#ctx.socketTimeoutMs,
      });
      if (response.errorCode !== 0) throw new Error(`The leader answered with error ${response.errorCode}`);
    } catch (err) {
      this.#warn('Fetching from the leader failed', { error: String(err) });
      for (const t of targets) this.#backoff(t);
      return;
    }
    await Promise.all(
      targets.map((t) =>
        this.#inSerial(t, 'Replication', async () => {
          const replica = t.replica;
          if (t.truncating || replica.log.logEndOffset !== offsets.get(t)) return;
          const answer = response.topics.find((x) => x.name === replica.topic)?.partitions.find((x) => x.partition === replica.partition);
          if (!answer) return this.#backoff(t);
          if (answer.errorCode === 0) return replica.appendFromLeader(answer.records, answer.highWatermark, answer.logStartOffset);
          if (answer.errorCode === OFFSET_OUT_OF_RANGE && answer.logStartOffset > offsets.get(t)!) return replica.restartAt(answer.logStartOffset);
          if (answer.errorCode === OFFSET_OUT_OF_RANGE && answer.highWatermark >= 0 && answer.highWatermark < offsets.get(t)!) {
            this.#warn('Our log runs past the leader\'s: cutting it to the leader\'s high watermark (records the leader lacks are lost)', {
              topic: replica.topic, partition: replica.partition, logEndOffset: offsets.get(t), leaderHighWatermark: answer.highWatermark,
            });
            return replica.truncate(answer.highWatermark);
          }
          if (answer.errorCode === OFFSET_OUT_OF_RANGE || answer.errorCode === FENCED_LEADER_EPOCH) t.truncating = true;
          if (answer.errorCode !== OFFSET_OUT_OF_RANGE) this.#backoff(t);
          this.#warn('The leader refused a partition\'s fetch', { topic: replica.topic, partition: replica.partition, errorCode: answer.errorCode });
        }),
      ),
    );
  }

  /** Runs `work` for a target in its replica's serial, if the target is still current; failures back it off. */
  #inSerial(t: Target, what: string, work: () => Promise<void>): Promise<void> {
    return t.replica.serial
      .run(async () => {
        if (this.#current(t)) await work();
      })
      .catch((err: unknown) => {
        this.#warn(`${what} failed`, { topic: t.replica.topic, partition: t.replica.partition, error: String(err) });
        this.#backoff(t);
      });
  }
}

/** Groups targets' request entries by topic, as Kafka's requests nest them. */
function byTopic<E>(targets: Target[], entry: (t: Target) => E): Array<{ name: string; partitions: E[] }> {
  const topics = new Map<string, E[]>();
  for (const t of targets) {
    let list = topics.get(t.replica.topic);
    if (!list) topics.set(t.replica.topic, (list = []));
    list.push(entry(t));
  }
  return [...topics].map(([name, partitions]) => ({ name, partitions }));
}
