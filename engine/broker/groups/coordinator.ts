import { NotCoordinatorError, toLogkeeperError } from '../../errors/index.js';
import type { Clock } from '../../time/clock.js';
import type { Random } from '../../time/random.js';
import { startSessions } from './classic/rebalance.js';
import type { GroupConfig } from './config.js';
import { startTimers } from './consumer/membership.js';
import type { GroupContext } from './context.js';
import type { OffsetsLog } from './log.js';
import { scheduleOffsetsExpiry } from './offsets/expiry.js';
import { coordinatorPartition, OFFSETS_TOPIC } from './placement.js';
import { loadPartition } from './runtime/loader.js';
import type { NoticeChannel } from './notify.js';
import { Shard, type RunOptions } from './runtime/shard.js';
import { GroupState } from './state.js';
import type { TopicsView } from './topics.js';

/*
 * How this works: the group coordinator of one broker. A group lives in partition
 * `coordinatorPartition(groupId, n)` of `__consumer_offsets`; whoever leads that partition
 * coordinates the group. This broker holds one Shard per partition it leads, told by its
 * replica manager (`onLeadership`): a new leadership loads the partition's groups from the
 * log (COORDINATOR_LOAD_IN_PROGRESS until then), a lost one drops them (NOT_COORDINATOR),
 * and a failed write loads the partition again at the same leader epoch. A load that fails
 * while the leadership holds is tried again after LOAD_RETRY_MS; one that finds this broker
 * no longer leads waits for the next leadership. A loaded shard expires old offsets
 * periodically (offsets/expiry.ts).
 */

export interface GroupCoordinatorOptions {
  config: GroupConfig;
  /** `__consumer_offsets`' partition count before the topic exists (the broker's offsetsTopicPartitions). */
  offsetsTopicPartitions: number;
  clock: Clock;
  random: Random;
  log: OffsetsLog;
  topics: TopicsView;
  logger?: { warn(message: string, fields?: object): void };
}

const LOAD_RETRY_MS = 500;
const silent = { warn() {} };

export class GroupCoordinator {
  readonly #o: GroupCoordinatorOptions;
  readonly #shards = new Map<number, Shard>();
  #closed = false;

  constructor(options: GroupCoordinatorOptions) {
    this.#o = options;
  }

  /** This broker now leads `partition` of `__consumer_offsets` at `leaderEpoch` (null: it does not lead it). */
  onLeadership(partition: number, leaderEpoch: number | null): void {
    if (this.#closed) return;
    const shard = this.#shards.get(partition);
    if (shard && shard.leaderEpoch === leaderEpoch && shard.status !== 'closed') return;
    shard?.close(new NotCoordinatorError(`This broker no longer coordinates partition ${partition}'s groups`));
    this.#shards.delete(partition);
    if (leaderEpoch !== null) this.#load(partition, leaderEpoch);
  }

  /** The `__consumer_offsets` partition of a group. */
  partitionFor(groupId: string): number {
    return coordinatorPartition(groupId, this.#o.topics.topic(OFFSETS_TOPIC)?.partitions ?? this.#o.offsetsTopicPartitions);
  }

  /** Runs `task` on the shard of `groupId` (NOT_COORDINATOR or COORDINATOR_LOAD_IN_PROGRESS when there is none ready here). */
  run<T>(groupId: string, task: (ctx: GroupContext) => T | Promise<T>, options?: RunOptions): Promise<T> {
    const shard = this.#shards.get(this.partitionFor(groupId));
    if (!shard) return Promise.reject(new NotCoordinatorError(`This broker does not coordinate group ${groupId}`));
    return this.#runOn(shard, task, options);
  }

  /** A request of `memberId` came on `channel`: its "heartbeat now" notices go there (notify.ts). */
  seen(groupId: string, memberId: string, channel: NoticeChannel): void {
    const shard = this.#shards.get(this.partitionFor(groupId));
    if (shard?.status === 'active') shard.notices.seen(groupId, memberId, channel);
  }

  /** The state of the shard that serves `groupId` here, while it serves, with its leader epoch: read only, for observers (the simulation). */
  serving(groupId: string): { state: GroupState; leaderEpoch: number } | undefined {
    const shard = this.#shards.get(this.partitionFor(groupId));
    return shard?.status === 'active' ? { state: shard.state, leaderEpoch: shard.leaderEpoch } : undefined;
  }

  /** Runs `task` on every shard that serves; `loading` says whether some shard is still loading. */
  async everyShard<T>(task: (ctx: GroupContext) => T): Promise<{ results: T[]; loading: boolean }> {
    const shards = [...this.#shards.values()];
    const results = await Promise.all(shards.filter((s) => s.status === 'active').map((s) => this.#runOn(s, task).catch(() => undefined)));
    return { results: results.filter((r): r is Awaited<T> => r !== undefined) as T[], loading: shards.some((s) => s.status === 'loading') };
  }

  /** Stops every shard (requests waiting in them get NOT_COORDINATOR). */
  close(): void {
    this.#closed = true;
    for (const shard of this.#shards.values()) shard.close(new NotCoordinatorError('The broker is stopping'));
    this.#shards.clear();
  }

  #runOn<T>(shard: Shard, task: (ctx: GroupContext) => T | Promise<T>, options?: RunOptions): Promise<T> {
    const { config, topics } = this.#o;
    return shard.run((op) => task({ op, config, topics, state: shard.state }), options);
  }

  #load(partition: number, leaderEpoch: number): void {
    const o = this.#o;
    const logger = o.logger ?? silent;
    const shard = new Shard({
      partition,
      leaderEpoch,
      clock: o.clock,
      random: o.random,
      log: o.log,
      logger,
      onFailure: (failed) => {
        if (this.#shards.get(partition) !== failed) return;
        this.#shards.delete(partition);
        this.#load(partition, leaderEpoch);
      },
    });
    this.#shards.set(partition, shard);
    const state = new GroupState();
    loadPartition(o.log, partition, leaderEpoch, (record) => state.replay(record), logger).then(
      () => {
        if (this.#shards.get(partition) !== shard) return;
        shard.activate(state);
        void this.#runOn(shard, (ctx) => {
          for (const group of state.groups.values()) {
            if (group.type === 'classic') startSessions(ctx, group);
            else startTimers(ctx, group);
          }
          scheduleOffsetsExpiry(ctx);
        });
      },
      (error: unknown) => {
        if (this.#shards.get(partition) !== shard) return;
        const e = toLogkeeperError(error);
        if (e.code === 'NOT_LEADER_OR_FOLLOWER' || e.code === 'UNKNOWN_TOPIC_OR_PARTITION') {
          this.#shards.delete(partition);
          shard.close(new NotCoordinatorError(`This broker no longer leads partition ${partition} of the offsets topic`));
          return;
        }
        logger.warn('Loading the groups of an offsets partition failed; trying again', { partition, code: e.code, error: e.message });
        o.clock.setTimer(LOAD_RETRY_MS, () => {
          if (this.#shards.get(partition) === shard && !this.#closed) this.#load(partition, leaderEpoch);
        });
      },
    );
  }
}
