import { NotLeaderOrFollowerError, type LogkeeperError } from '../../../engine/errors/index.js';
import { writeInt64 } from '../../../engine/log/bytes.js';
import { RecordBatch } from '../../../engine/log/index.js';
import type { GroupApi } from '../../../engine/broker/api/group-types.js';
import { DEFAULT_GROUP_CONFIG, type GroupConfig } from '../../../engine/broker/groups/config.js';
import { GroupCoordinator } from '../../../engine/broker/groups/coordinator.js';
import { CoordinatorFinder } from '../../../engine/broker/groups/find-coordinator.js';
import { GroupHandlers } from '../../../engine/broker/groups/handlers.js';
import type { OffsetsLog } from '../../../engine/broker/groups/log.js';
import type { TopicsView } from '../../../engine/broker/groups/topics.js';
import { Random, SimulatedClock } from '../../../engine/time/index.js';

/*
 * The coordinator on its own, on simulated time: its `__consumer_offsets` is a MemoryLog —
 * one replicated log that whoever leads a partition (at the partition's current leader epoch)
 * appends to and reads, each batch committed `commitDelayMs` after its append — and its
 * topics a map. Coordinators made on the same log are brokers taking over from one another.
 */

export class MemoryLog implements OffsetsLog {
  readonly clock: SimulatedClock;
  /** Stored batches (base offsets set) by partition. */
  readonly partitions = new Map<number, Uint8Array[]>();
  /** The current leader epoch of each partition. */
  readonly epochs = new Map<number, number>();
  commitDelayMs = 1;
  /** The next append fails with this (nothing is written). */
  failNext: LogkeeperError | null = null;

  constructor(clock: SimulatedClock) {
    this.clock = clock;
  }

  end(partition: number): number {
    const last = this.partitions.get(partition)?.at(-1);
    return last ? new RecordBatch(last).nextOffset : 0;
  }

  append(partition: number, leaderEpoch: number, batch: Uint8Array): Promise<void> {
    if (this.epochs.get(partition) !== leaderEpoch) return Promise.reject(new NotLeaderOrFollowerError(`Epoch ${leaderEpoch} does not lead ${partition}`));
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      return Promise.reject(error);
    }
    const stored = Uint8Array.from(batch);
    writeInt64(stored, 0, this.end(partition));
    const list = this.partitions.get(partition) ?? [];
    list.push(stored);
    this.partitions.set(partition, list);
    return this.#after(this.commitDelayMs);
  }

  async read(partition: number, leaderEpoch: number, offset: number): Promise<{ batches: Uint8Array[]; logEndOffset: number }> {
    if (this.epochs.get(partition) !== leaderEpoch) throw new NotLeaderOrFollowerError(`Epoch ${leaderEpoch} does not lead ${partition}`);
    const batches = (this.partitions.get(partition) ?? []).filter((b) => new RecordBatch(b).nextOffset > offset);
    return { batches, logEndOffset: this.end(partition) };
  }

  committed(): Promise<void> {
    return this.#after(this.commitDelayMs);
  }

  /** Every record of a partition as (key, value) bytes, in order. */
  records(partition: number): Array<{ key: Uint8Array; value: Uint8Array | null }> {
    return (this.partitions.get(partition) ?? []).flatMap((b) => [...new RecordBatch(b).records()].map((r) => ({ key: r.key!, value: r.value })));
  }

  #after(ms: number): Promise<void> {
    return new Promise((resolve) => this.clock.setTimer(ms, resolve));
  }
}

export class Topics implements TopicsView {
  readonly byName = new Map<string, { id: string; partitions: number }>();

  add(name: string, partitions: number): string {
    const id = `${name.padEnd(21, '_').slice(0, 21)}A`;
    this.byName.set(name, { id, partitions });
    return id;
  }

  topic(name: string) {
    return this.byName.get(name);
  }

  names() {
    return this.byName.keys();
  }
}

/** Test settings: short timeouts, no initial rebalance delay, one offsets partition. */
export const TEST_CONFIG: GroupConfig = {
  ...DEFAULT_GROUP_CONFIG,
  groupMinSessionTimeoutMs: 10,
  groupInitialRebalanceDelayMs: 0,
  groupConsumerSessionTimeoutMs: 3000,
  groupConsumerHeartbeatIntervalMs: 500,
};

export interface Broker {
  coordinator: GroupCoordinator;
  api: GroupApi;
}

/** A coordinator ("broker") on `log`, leading nothing until told. */
export function broker(log: MemoryLog, topics: Topics, config: Partial<GroupConfig> = {}, seed = 1, partitions = 1): Broker {
  const coordinator = new GroupCoordinator({
    config: { ...TEST_CONFIG, ...config },
    offsetsTopicPartitions: partitions,
    clock: log.clock,
    random: new Random(`groups:${seed}`),
    log,
    topics,
  });
  const finder = new CoordinatorFinder({
    offsetsTopicPartitions: partitions,
    offsetsTopicReplicationFactor: 1,
    view: () => {
      throw new Error('not in these tests');
    },
    createTopics: () => Promise.reject(new Error('not in these tests')),
  });
  return { coordinator, api: new GroupHandlers({ coordinator, finder }) };
}

/** A log, topics and one coordinator leading partition 0 (loaded). */
export async function fixture(config: Partial<GroupConfig> = {}, startMs = 1_700_000_000_000) {
  const clock = new SimulatedClock(startMs);
  const log = new MemoryLog(clock);
  const topics = new Topics();
  log.epochs.set(0, 0);
  const b = broker(log, topics, config);
  b.coordinator.onLeadership(0, 0);
  await waitLoaded(clock, b);
  const settle = <T>(p: Promise<T>, limitMs = 60_000) => clock.runUntilSettled(p, limitMs);
  return { clock, log, topics, ...b, settle };
}

/** Runs the clock until `b` serves partition 0. */
export async function waitLoaded(clock: SimulatedClock, b: Broker): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await clock.runUntilSettled(b.coordinator.run('any', () => true).catch(() => false), 1000);
    if (ok) return;
    await clock.advance(10);
  }
  throw new Error('The coordinator did not load');
}

/** Whether `p` has settled (after letting the clock's due work run). */
export async function settled(clock: SimulatedClock, p: Promise<unknown>): Promise<boolean> {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  await clock.advance(0);
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  return done;
}
