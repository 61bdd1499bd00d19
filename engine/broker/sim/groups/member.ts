import { toLogkeeperError } from '../../../errors/index.js';
import type { Random } from '../../../time/random.js';
import { createBrokerClient, type Consumer, type ConsumerOptions, type RunOptions } from '../../client/index.js';
import { sleep } from '../../client/retry.js';
import type { SimBrokerCluster } from '../cluster.js';
import { ProcessClock } from '../process-clock.js';
import type { GroupChecker } from './checker.js';
import type { MemberRef } from './failures.js';
import { Freezer } from './freezer.js';
import { TOPIC, type GroupPlan, type GroupRunPlan, type MemberPlan } from './plan.js';

/*
 * How this works. One member of a consumer group as an application runs it: a process of its
 * own — its own node in the simulated network (so it can be cut off), its own clock (so a
 * crash stops it dead, and a pause freezes it: freezer.ts) — with a client and a group
 * consumer subscribed to the topic from the beginning, whose eachMessage takes a few ms per
 * message and commits after processing as its group's plan says. A restart is a new process
 * (an incarnation) on the same node, with the same groupInstanceId when the member is static.
 *
 * The member tells the checker what the consumer does: each message it begins and finishes
 * (with the member id and the generation or epoch it has then, from the consumer's
 * group_join and heartbeat events), each commit acknowledged, each rebalance. A consumer that
 * crashes on an error of its own (consumer.crash) fails the run: under faults every error it
 * meets should be one it gets past.
 */

export type MemberStatus = 'down' | 'running' | 'paused';

export interface SimMemberOptions {
  cluster: SimBrokerCluster;
  checker: GroupChecker;
  run: GroupRunPlan;
  group: GroupPlan;
  member: MemberPlan;
  random: Random;
  /** The consumer crashed by itself: the run fails with this. */
  onCrash(error: Error): void;
}

export class SimMember {
  readonly name: string;
  readonly groupId: string;
  readonly instanceId: string | null;
  readonly #o: SimMemberOptions;
  incarnation = 0;
  status: MemberStatus = 'down';
  memberId = '';
  /** The classic generation or the KIP-848 member epoch the consumer has now (-1: none yet). */
  epoch = -1;
  /** This incarnation's rebalances and epoch changes, with their times (the static bounce reads them). */
  rebalances: Array<{ at: number; reason: string }> = [];
  epochs: Array<{ at: number; epoch: number }> = [];
  /** Over every incarnation: messages processed, commits acknowledged, rebalances begun. */
  readonly totals = { processed: 0, commits: 0, rebalances: 0 };
  #process: ProcessClock | null = null;
  #freezer: Freezer | null = null;
  #consumer: Consumer | null = null;

  constructor(options: SimMemberOptions) {
    this.#o = options;
    this.name = options.member.name;
    this.groupId = options.group.groupId;
    this.instanceId = options.member.instanceId;
  }

  get ref(): MemberRef {
    return { groupId: this.groupId, name: this.name, incarnation: this.incarnation, label: `${this.name}#${this.incarnation}` };
  }

  /** The partitions the consumer owns now (none unless running). */
  assignment(): number[] {
    if (this.status !== 'running' || !this.#consumer) return [];
    return this.#consumer.assignment().filter((tp) => tp.topic === TOPIC).map((tp) => tp.partition).sort((a, b) => a - b);
  }

  /** Starts a new incarnation (in the background: the clock must run). */
  start(): void {
    const { cluster, run, group, random } = this.#o;
    this.incarnation++;
    this.memberId = '';
    this.epoch = -1;
    this.rebalances = [];
    this.epochs = [];
    const ref = this.ref;
    const process = new ProcessClock(cluster.clock);
    const freezer = new Freezer(process);
    this.#process = process;
    this.#freezer = freezer;
    this.status = 'running';
    cluster.log(`start consumer ${ref.label} of group ${group.groupId}${this.instanceId ? ` (static ${this.instanceId})` : ''}`);
    const client = createBrokerClient({
      clientId: this.name,
      brokers: cluster.addresses,
      transport: freezer.transport(cluster.transport(this.name)),
      clock: freezer.clock,
      random: random.fork(ref.label),
      requestTimeoutMs: 800,
      retry: { retries: 5, initialRetryTimeMs: 20, maxRetryTimeMs: 200 },
    });
    const options: ConsumerOptions = {
      groupId: group.groupId,
      groupProtocol: group.protocol,
      ...(this.instanceId ? { groupInstanceId: this.instanceId } : {}),
      ...(group.protocol === 'classic' ? { partitionAssigners: [group.assignor as 'range'] } : { groupRemoteAssignor: group.assignor }),
      sessionTimeout: run.sessionTimeoutMs,
      heartbeatInterval: run.heartbeatIntervalMs,
      rebalanceTimeout: run.rebalanceTimeoutMs,
      maxWaitTimeInMs: 100,
    };
    const consumer = client.consumer(options);
    this.#consumer = consumer;
    this.#watch(consumer, ref);
    void this.#run(consumer, ref, freezer, random.fork(`${ref.label}:work`));
  }

  /** The process dies: nothing of it runs again, its connections reset. */
  crash(): void {
    if (this.status === 'down') return;
    this.#o.cluster.log(`crash consumer ${this.ref.label}`);
    this.#end();
    this.#o.cluster.network.crash(this.name);
  }

  /** The process stops running (its timers and what it receives wait) until `resume`. */
  pause(): void {
    if (this.status !== 'running') return;
    this.#o.cluster.log(`pause consumer ${this.ref.label}`);
    this.status = 'paused';
    this.#freezer!.freeze();
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.#o.cluster.log(`resume consumer ${this.ref.label}`);
    this.status = 'running';
    this.#freezer!.thaw();
  }

  /** A clean stop: the consumer commits, leaves (a static member only steps away) and disconnects; then the process ends. */
  async stop(): Promise<void> {
    if (this.status !== 'running') return;
    this.#o.cluster.log(`stop consumer ${this.ref.label}`);
    await this.#consumer!.disconnect();
    this.#o.cluster.log(`consumer ${this.ref.label} stopped`);
    this.#end();
  }

  #end(): void {
    this.#o.checker.ownership.died(this.ref, this.#o.cluster.elapsed());
    this.status = 'down';
    this.#process?.kill();
    this.#process = null;
    this.#freezer = null;
    this.#consumer = null;
  }

  #current(ref: MemberRef): boolean {
    return this.incarnation === ref.incarnation && this.status !== 'down';
  }

  #watch(consumer: Consumer, ref: MemberRef): void {
    const { cluster, checker } = this.#o;
    const setEpoch = (memberId: string, epoch: number) => {
      if (!this.#current(ref)) return;
      this.memberId = memberId;
      checker.view.known(this.groupId, memberId);
      if (epoch !== this.epoch) this.epochs.push({ at: cluster.elapsed(), epoch });
      this.epoch = epoch;
    };
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      setEpoch(payload.memberId, payload.generationId);
      cluster.log(`${ref.label} joined as ${payload.memberId} at generation/epoch ${payload.generationId}: owns ${TOPIC} ${JSON.stringify(payload.memberAssignment[TOPIC] ?? [])}`);
    });
    consumer.on(consumer.events.HEARTBEAT, ({ payload }) => setEpoch(payload.memberId, payload.groupGenerationId));
    consumer.on(consumer.events.REBALANCING, ({ payload }) => {
      if (!this.#current(ref)) return;
      this.rebalances.push({ at: cluster.elapsed(), reason: payload.reason });
      this.totals.rebalances++;
      cluster.log(`${ref.label} rebalancing: ${payload.reason}`);
    });
    consumer.on(consumer.events.COMMIT_OFFSETS, ({ payload }) => {
      if (!this.#current(ref)) return;
      const at = cluster.elapsed();
      this.totals.commits++;
      for (const t of payload.topics) {
        if (t.topic !== TOPIC) continue;
        for (const { partition, offset } of t.partitions) {
          const line = `${ref.label} committed ${TOPIC}-${partition}@${offset} as ${payload.memberId} at generation/epoch ${payload.groupGenerationId}`;
          cluster.note(line);
          cluster.trace.debug(at, line);
          checker.delivery.committed(ref, partition, offset, at);
          checker.offsets.acknowledged(ref, partition, offset, at);
        }
      }
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!this.#current(ref)) return;
      const e = toLogkeeperError(payload.error);
      this.#o.onCrash(new Error(`consumer ${ref.label} of group ${this.groupId} crashed: ${e.code}: ${e.message}`));
    });
  }

  async #run(consumer: Consumer, ref: MemberRef, freezer: Freezer, random: Random): Promise<void> {
    const { cluster, checker, group } = this.#o;
    const clock = freezer.clock;
    for (;;) {
      try {
        await consumer.connect();
        break;
      } catch {
        if (!this.#current(ref)) return;
        await sleep(clock, 100);
      }
    }
    await consumer.subscribe({ topics: [TOPIC], fromBeginning: true });
    const commit = group.commit;
    const text = (b: Uint8Array | null) => (b === null ? '<null>' : new TextDecoder().decode(b));
    const options: RunOptions = {
      partitionsConsumedConcurrently: group.concurrency,
      autoCommit: commit.mode !== 'explicit',
      autoCommitInterval: commit.mode === 'interval' || commit.mode === 'threshold' ? commit.ms : null,
      autoCommitThreshold: commit.mode === 'threshold' ? commit.messages : null,
      eachMessage: async ({ partition, message }) => {
        const { offset } = message;
        const begun = cluster.elapsed();
        checker.delivery.begin(ref, partition, offset, `${text(message.key)}=${text(message.value)}`, begun);
        const interval = checker.ownership.begin(ref, this.memberId, this.epoch, partition, offset, begun);
        const line = `${ref.label} processes ${TOPIC}-${partition}@${offset} as ${this.memberId} at generation/epoch ${this.epoch}`;
        cluster.note(line);
        cluster.trace.debug(begun, line);
        const [min, max] = group.processingMs;
        await sleep(clock, random.chance(group.slowChance) ? group.slowMs : min + random.int(max - min + 1));
        checker.ownership.end(interval, partition, cluster.elapsed());
        checker.delivery.finish(ref, partition, offset);
        this.totals.processed++;
        if (commit.mode === 'explicit') await consumer.commitOffsets([{ topic: TOPIC, partition, offset: offset + 1 }]).catch(() => {});
      },
    };
    await consumer.run(options);
  }
}
