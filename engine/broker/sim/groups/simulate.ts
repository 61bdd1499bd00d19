import { InvariantError } from '../../../consensus/sim/checker.js';
import { Random } from '../../../time/random.js';
import { createBrokerClient } from '../../client/index.js';
import { coordinatorPartition, OFFSETS_TOPIC } from '../../groups/placement.js';
import { BrokerChecker, type FinalLog } from '../checker.js';
import { SimBrokerCluster } from '../cluster.js';
import { Nemesis } from '../nemesis.js';
import { liveReplicas, settled } from '../observe.js';
import { ProducerWorkload } from '../producers.js';
import { describeStatus } from '../report.js';
import { staticBounce } from './bounce.js';
import { membershipChange } from './membership-change.js';
import { GroupChecker } from './checker.js';
import type { GroupInvariant } from './failures.js';
import { GroupNemesis, type GroupFaultKind } from './group-nemesis.js';
import { SimMember } from './member.js';
import { readCommits } from './offsets-log.js';
import { OffsetsWatcher } from './offsets-watcher.js';
import { notExactlyOneOwner } from './ownership.js';
import { coordinatorUnsettled } from './coordinator-view.js';
import { drawPlan, GROUP_IDS, TOPIC, type GroupProtocolFamily, type GroupRunPlan } from './plan.js';
import { brokersReady, createSimTopic } from '../setup.js';

/*
 * How this works. One run of consumer groups on a whole simulated cluster, decided by its
 * seed and protocol family (KIP-848's 'consumer' or 'classic'):
 *
 *   1. three brokers (each an ensemble voter) start; the topic is created (replication 3,
 *      min.insync.replicas 2), and `__consumer_offsets` through FindCoordinator, as a first
 *      consumer would;
 *   2. for `durationMs`, idempotent producers write to the topic while two groups (plan.ts)
 *      consume it, each member a process of its own (member.ts), committing after
 *      processing; an outside client watches the committed offsets (offsets-watcher.ts); the
 *      broker nemesis and the group nemesis (group-nemesis.ts) strike;
 *   3. everything heals; within `settleLimitMs` the brokers must settle (every send answered,
 *      every replica in sync), then each group: each partition owned by exactly one live
 *      member, every record of the final log processed, and committed up to the log's end;
 *   4. the final logs are checked: the topic's against what each group processed, the
 *      commits in `__consumer_offsets` in their order;
 *   5. in the quiet that follows: if the plan says so, a static member is bounced (bounce.ts),
 *      and the group must settle again; then a member leaves and comes back
 *      (membership-change.ts), and its group must settle within a bound after each change
 *      while the other group sees nothing of it.
 *
 * The invariants (failures.ts) are checked all along; the first violation ends the run.
 * Everything is drawn from the seed; a run replays exactly (the trace hash).
 */

export interface GroupSimulationOptions {
  seed: number | string;
  family: GroupProtocolFamily;
  /** The fault phase, in simulated ms; default 1000 (short: 400 seeds run in npm test). */
  durationMs?: number;
  /** Bound on settling after healing (brokers, then groups), in simulated ms; default 8000 (about twice the slowest seen). */
  settleLimitMs?: number;
  noFaults?: boolean;
  /** Invariants not checked (to show that the others catch a broken rule). */
  skip?: GroupInvariant[];
  verbose?: boolean;
}

export interface GroupSimulationResult {
  seed: number | string;
  family: GroupProtocolFamily;
  ok: boolean;
  error?: string;
  invariant?: string;
  plan: GroupRunPlan;
  trace: string[];
  traceHash: string;
  stats: {
    simulatedMs: number;
    /** Simulated ms from healing to settled groups. */
    settleMs: number;
    acked: number;
    processed: number;
    commits: number;
    rebalances: number;
    memberStarts: number;
    brokerFaults: number;
    groupFaults: number;
    /** The group faults that struck, by kind (group-nemesis.ts). */
    groupFaultKinds: Partial<Record<GroupFaultKind, number>>;
    /** A static member bounced in the quiet phase (bounce.ts). */
    staticBounces: number;
    offsetFetches: number;
    events: number;
  };
}

const REPLICATION = 3;

export async function simulateGroups(options: GroupSimulationOptions): Promise<GroupSimulationResult> {
  const { seed, family } = options;
  const plan = drawPlan(seed, family);
  const random = new Random(`group-run:${family}:${seed}`);
  const durationMs = options.durationMs ?? 1000;
  const settleLimitMs = options.settleLimitMs ?? 8000;
  const partitions = plan.partitions;
  const cluster = await SimBrokerCluster.start({
    seed: `groups:${family}:${seed}`,
    nodes: 3,
    verbose: options.verbose,
    broker: {
      offsetsTopicPartitions: plan.offsetsPartitions,
      offsetsCommitTimeoutMs: 1000,
      groupConsumerSessionTimeoutMs: plan.sessionTimeoutMs,
      groupConsumerHeartbeatIntervalMs: plan.heartbeatIntervalMs,
      groupMinSessionTimeoutMs: 100,
      groupInitialRebalanceDelayMs: plan.initialRebalanceDelayMs,
    },
  });
  const clock = cluster.clock;
  const label = `${seed} (${family})`;
  const events = new BrokerChecker(label, TOPIC, partitions);
  const offsetsTopic = new BrokerChecker(label, OFFSETS_TOPIC, plan.offsetsPartitions);
  const offsetsPartitionOf = (groupId: string) => coordinatorPartition(groupId, plan.offsetsPartitions);
  const checker = new GroupChecker({
    seed: label,
    groupIds: GROUP_IDS,
    skip: options.skip,
    excused: (invariant, groupId, partition) => {
      if (invariant === 'at-least-once' && partition !== null) return events.exposed.get(partition);
      if (invariant === 'offsets-monotonic' || invariant === 'groups-independent') return offsetsTopic.exposed.get(offsetsPartitionOf(groupId));
      return undefined;
    },
  });
  for (const c of [events, offsetsTopic]) c.onExposed = (p, why) => cluster.log(`${c.topic}-${p} exposed: ${why}; what rests on it is not checked from now on`);
  let error: Error | null = null;
  const violation = () => checker.violation ?? events.violation ?? offsetsTopic.violation;
  // Many timers fire at one instant: the cluster is looked at, and conditions checked, once per instant.
  let lookedAt = -1;
  const step = (): boolean => {
    const now = clock.now();
    if (now === lookedAt) return false;
    lookedAt = now;
    events.sample(cluster);
    offsetsTopic.sample(cluster);
    checker.view.sample(cluster);
    for (const groupId of GROUP_IDS) {
      const running = members.filter((m) => m.groupId === groupId && m.status === 'running');
      checker.ownership.held(groupId, running.map((m) => ({ label: m.ref.label, memberId: m.memberId, epoch: m.epoch, partitions: m.assignment() })), cluster.elapsed());
    }
    return violation() !== null || error !== null;
  };
  const run = async (condition: () => boolean, limitMs: number, what: string) => {
    let checkedAt = -1;
    await cluster.runUntil(() => {
      if (step()) return true;
      if (clock.now() === checkedAt) return false;
      checkedAt = clock.now();
      return condition();
    }, limitMs, what);
    if (violation()) throw violation();
    if (error) throw error;
  };
  const until = async (condition: () => boolean, limitMs: number) => {
    try {
      await run(condition, limitMs, 'a condition');
      return true;
    } catch (e) {
      if (violation() || error || cluster.failure) throw e;
      return false;
    }
  };

  const stats: GroupSimulationResult['stats'] = {
    simulatedMs: 0, settleMs: 0, acked: 0, processed: 0, commits: 0, rebalances: 0, memberStarts: 0, brokerFaults: 0, groupFaults: 0, groupFaultKinds: {}, staticBounces: 0, offsetFetches: 0, events: 0,
  };
  const members: SimMember[] = [];
  const workloads: ProducerWorkload[] = [];
  let watcher: OffsetsWatcher | undefined;
  let nemesis: Nemesis | undefined;
  let groupNemesis: GroupNemesis | undefined;
  try {
    await run(() => brokersReady(cluster), 20_000, 'the cluster ready');
    const tools = createBrokerClient({ brokers: cluster.addresses, transport: cluster.transport('admin'), clock, random: random.fork('admin'), requestTimeoutMs: 1000, retry: { retries: 50, initialRetryTimeMs: 50, maxRetryTimeMs: 500 } });
    const admin = tools.admin();
    await createSimTopic(cluster, admin, TOPIC, partitions, REPLICATION);
    // A group's first FindCoordinator creates __consumer_offsets; asked again until it is led.
    for (let i = 0; !settled(cluster, OFFSETS_TOPIC, plan.offsetsPartitions, REPLICATION); i++) {
      if (i === 20) throw new Error(`${OFFSETS_TOPIC} was not created and led in time`);
      await cluster.settle(admin.describeGroups([...GROUP_IDS]).catch(() => {}), 10_000);
      await until(() => settled(cluster, OFFSETS_TOPIC, plan.offsetsPartitions, REPLICATION), 500);
    }
    await cluster.settle(tools.close(), 5_000);
    cluster.log(`topic ${TOPIC}: ${partitions} partitions; ${OFFSETS_TOPIC}: ${plan.offsetsPartitions}; ${describePlan(plan)}`);

    const start = clock.now();
    const faultsEnd = start + durationMs;
    const producerNames = ['producer-1', 'producer-2'];
    for (const name of producerNames) {
      const client = createBrokerClient({ clientId: name, brokers: cluster.addresses, transport: cluster.transport(name), clock, random: random.fork(name), requestTimeoutMs: 800 });
      workloads.push(new ProducerWorkload({
        cluster, client, checker: events, random: random.fork(`${name}:workload`), name, topic: TOPIC,
        keys: 2 * partitions, concurrency: 1 + random.int(3), until: faultsEnd, deliveryTimeoutMs: 4000, ackTimeoutMs: 600,
      }));
    }
    for (const group of plan.groups) {
      for (const member of group.members) {
        members.push(new SimMember({ cluster, checker, run: plan, group, member, random: random.fork(member.name), onCrash: (e) => void (error ??= e) }));
      }
    }
    watcher = new OffsetsWatcher({ cluster, transport: cluster.transport('offsets-watcher'), checker, random: random.fork('offsets-watcher'), groupIds: GROUP_IDS, partitions });
    const clients = [...producerNames, 'offsets-watcher', ...members.map((m) => m.name)];
    nemesis = new Nemesis({
      cluster, checker: events, random: random.fork('nemesis'), topic: TOPIC, partitions, from: start, until: faultsEnd, clients,
      guarded: [{ checker: offsetsTopic, topic: OFFSETS_TOPIC, partitions: plan.offsetsPartitions }],
    });
    groupNemesis = new GroupNemesis({ cluster, nemesis, members, random: random.fork('group-nemesis'), sessionTimeoutMs: plan.sessionTimeoutMs, offsetsPartitions: plan.offsetsPartitions, from: start, until: faultsEnd });
    if (!options.noFaults) {
      nemesis.schedule();
      groupNemesis.schedule();
    }

    let producing = workloads.length;
    for (const w of workloads) w.run().catch((e: unknown) => void (error ??= e as Error)).finally(() => producing--);
    for (const m of members) m.start();
    const watched = watcher.run().catch((e: unknown) => void (error ??= e as Error));

    await run(() => clock.now() >= faultsEnd, durationMs + 1000, 'the end of the fault phase');
    cluster.log('heal everything');
    groupNemesis.heal();
    nemesis.heal();
    const healedAt = clock.now();
    await run(
      () => producing === 0 && settled(cluster, TOPIC, partitions, REPLICATION) && settled(cluster, OFFSETS_TOPIC, plan.offsetsPartitions, REPLICATION),
      settleLimitMs,
      'a settled cluster after healing (every send answered; every partition of both topics led, all replicas in sync and equal)',
    );
    const logs = await cluster.settle(events.final(cluster), 10_000);
    if (violation()) throw violation();
    await settleGroups(logs, settleLimitMs - (clock.now() - healedAt), 'after healing');
    stats.settleMs = Math.round(clock.now() - healedAt);
    for (const group of plan.groups) for (const log of logs) checker.delivery.final(group.groupId, log.partition, log.records);
    await checkOffsetsLogs();
    if (violation()) throw violation();
    if (plan.bounce) {
      stats.staticBounces++;
      await staticBounce({ cluster, checker, plan, bounce: plan.bounce, members, until, settle: (p) => cluster.settle(p, 10_000) });
      if (violation()) throw violation();
      await settleGroups(logs, plan.changeBoundMs, 'after the static bounce');
      if (violation()) throw violation();
    }
    await membershipChange({ cluster, checker, plan, change: plan.change, members, settle: (limitMs, when) => settleGroups(logs, limitMs, when), await: (p) => cluster.settle(p, 10_000) });
    watcher.stop();
    await cluster.settle(watched, 5_000);
    if (violation()) throw violation();
  } catch (e) {
    error = violation() ?? (e as Error);
  }

  /**
   * Each group: every partition owned by exactly one running member, everything processed,
   * and (auto-commit) committed to the end; explicit commits that failed are not made again.
   */
  async function settleGroups(logs: FinalLog[], limitMs: number, when: string): Promise<void> {
    const ends = logs.map((l) => (l.records.length === 0 ? 0 : l.records.at(-1)!.offset + 1));
    const problem = () => {
      for (const group of plan.groups) {
        const live = members.filter((m) => m.groupId === group.groupId && m.status === 'running').map((m) => ({ label: m.ref.label, partitions: m.assignment() }));
        const owners = notExactlyOneOwner(live, partitions);
        if (owners) return { invariant: 'one-owner' as const, groupId: group.groupId, partition: owners.partition, why: owners.why };
        const running = members.filter((m) => m.groupId === group.groupId && m.status === 'running');
        const unsettled = coordinatorUnsettled(cluster, group.groupId, new Map(running.map((m) => [m.memberId, m.epoch])));
        if (unsettled) return { invariant: 'one-owner' as const, groupId: group.groupId, partition: null, why: unsettled };
        for (let p = 0; p < partitions; p++) {
          const missing = checker.delivery.missing(group.groupId, p, ends[p]!);
          if (missing !== null) return { invariant: 'at-least-once' as const, groupId: group.groupId, partition: p, why: `offset ${missing} of the final log (end ${ends[p]}) is not processed yet` };
          const committed = checker.offsets.lastFetched(group.groupId, p);
          if (group.commit.mode !== 'explicit' && Math.max(committed, 0) !== ends[p]) return { invariant: 'at-least-once' as const, groupId: group.groupId, partition: p, why: `the committed offset is ${committed}, not the log's end ${ends[p]}` };
        }
      }
      return null;
    };
    if (await until(() => problem() === null, Math.max(limitMs, 1000))) return;
    const p = problem();
    if (p) {
      const owners = members.filter((m) => m.groupId === p.groupId).map((m) => `${m.ref.label} ${m.status} owns [${m.assignment().join(',')}]`).join('; ');
      checker.fail(p.invariant, p.groupId, p.partition, `${when}, not settled within ${limitMs} ms (at ${cluster.elapsed().toFixed(0)} ms): ${p.why} (${owners})`);
    }
  }

  /** Every offsets partition's commits, in log order, per group and partition of the topic. */
  async function checkOffsetsLogs(): Promise<void> {
    for (let k = 0; k < plan.offsetsPartitions; k++) {
      const replica = liveReplicas(cluster, OFFSETS_TOPIC, k).find((r) => r.replica.isLeader)?.replica;
      if (!replica) continue;
      const commits = await cluster.settle(readCommits(replica.log), 10_000);
      for (const groupId of GROUP_IDS) {
        for (let p = 0; p < partitions; p++) {
          const records = commits
            .filter((c) => c.groupId === groupId && c.topic === TOPIC && c.partition === p)
            .map((c) => ({ offset: c.offset, logOffset: c.logOffset, writtenBefore: c.commitTimestamp + 1 - cluster.startedAt }));
          if (records.length > 0) checker.offsets.logged(groupId, p, records, `${OFFSETS_TOPIC}-${k}`);
        }
      }
    }
  }

  watcher?.stop();
  for (const w of workloads) stats.acked += w.acked;
  for (const m of members) {
    stats.memberStarts += m.incarnation;
    stats.processed += m.totals.processed;
    stats.commits += m.totals.commits;
    stats.rebalances += m.totals.rebalances;
  }
  stats.brokerFaults = nemesis?.faults ?? 0;
  stats.groupFaults = groupNemesis?.faults ?? 0;
  stats.groupFaultKinds = Object.fromEntries(groupNemesis?.kinds ?? []);
  stats.offsetFetches = watcher?.answers ?? 0;
  stats.simulatedMs = Math.round(cluster.elapsed());
  stats.events = cluster.trace.events;
  if (error && !(error instanceof InvariantError)) cluster.log(`status: ${describeStatus(cluster, TOPIC, partitions)}`);
  const traceHash = cluster.trace.hash;
  for (const m of members) if (m.status !== 'down') m.crash();
  cluster.stopAll();
  const result: GroupSimulationResult = { seed, family, ok: error === null, plan, trace: cluster.trace.lines.slice(-60), traceHash, stats };
  if (error) {
    result.error = (error as Error).message;
    if (error instanceof InvariantError) result.invariant = error.invariant;
  }
  return result;
}

/** The plan in one line, for the trace. */
export function describePlan(plan: GroupRunPlan): string {
  return plan.groups
    .map((g) => `group ${g.groupId}: ${g.protocol} ${g.assignor}, members ${g.members.map((m) => (m.instanceId ? `${m.name} (static)` : m.name)).join(', ')}, commits ${JSON.stringify(g.commit)}`)
    .join('; ');
}
