import { cpus, loadavg } from 'node:os';
import { createBrokerClient } from '../engine/broker/client/index.js';
import { benchClient, createTopic } from './lib/broker-deployment.js';
import type { ProcessDeployment } from './lib/broker-processes.js';
import { startGroupCluster } from './lib/groups-cluster.js';
import { measureCommits } from './lib/groups-commit.js';
import { measureGroupConsume } from './lib/groups-consume.js';
import { measureRebalances, TICK_MS, type Protocol } from './lib/groups-rebalance.js';
import { groupsRows, type GroupsRun } from './lib/groups-report.js';
import { report } from './lib/report.js';

/*
 * npm run bench -- groups [--quick] [--runs N] [--sizes 3,10,50] [--heartbeat-ms N] [--only=<protocol name part>] [--parts rebalance,consume,commit]
 *
 * Consumer groups (issue 12), on three `logkeeper start` processes over TCP:
 *   - rebalance time after a clean leave, a join and a crash (groups-rebalance.ts), for
 *     groups of 3, 10 and 50 members over a topic of 100 partitions, with the classic protocol
 *     (eager: range; incremental: cooperative-sticky) and KIP-848's server-side protocol;
 *   - records/s consumed by a group of 3, members in processes of their own, from a topic
 *     filled beforehand with 100-byte records (groups-consume.ts), against one
 *     PartitionConsumer reading the same topic in the same run;
 *   - offset commits/s of one member and of several at once (groups-commit.ts), against
 *     Produce round trips (acks=all, replication factor 3) in the same run.
 *
 * Every run starts its own cluster and measures its own baselines; rows show min..max over
 * the runs, ratios taken within a run.
 */

const PARTITIONS = 100;
/** The consume rate's topic: 4 partitions a member and a broker (with more, a default fetch can outgrow the RPC's 16 MiB message limit: see the notes). */
const CONSUME_PARTITIONS = 12;
const SESSION_TIMEOUT_MS = 6000;

function flagValue(flags: string[], name: string): string | undefined {
  const flag = flags.find((f) => f === name || f.startsWith(`${name}=`));
  if (flag === undefined) return undefined;
  return flag.includes('=') ? flag.slice(name.length + 1) : '';
}

function protocols(heartbeatMs: number): Protocol[] {
  const classic = { groupId: '', groupProtocol: 'classic' as const, sessionTimeout: SESSION_TIMEOUT_MS, heartbeatInterval: heartbeatMs };
  return [
    { name: 'classic, eager (range)', options: { ...classic, partitionAssigners: ['range'] }, eager: true },
    { name: 'classic, cooperative-sticky', options: { ...classic, partitionAssigners: ['cooperative-sticky'] }, eager: false },
    { name: 'server-side (KIP-848, uniform)', options: { groupId: '', groupProtocol: 'consumer' }, eager: false },
  ];
}

async function createGroupTopic(deployment: ProcessDeployment, topic: string, partitions: number): Promise<void> {
  const client = benchClient(deployment, createBrokerClient, 'bench-admin');
  try {
    const admin = client.admin();
    await admin.connect();
    await createTopic(admin, topic, partitions, 3);
  } finally {
    await client.close();
  }
}

export default async function groupsBench(flags: string[]): Promise<void> {
  const quick = flags.includes('--quick');
  const runs = Number(flagValue(flags, '--runs') ?? (quick ? 1 : 3));
  const sizes = (flagValue(flags, '--sizes') ?? '3,10,50').split(',').map(Number);
  const heartbeatMs = Number(flagValue(flags, '--heartbeat-ms') ?? 100);
  const only = flagValue(flags, '--only');
  const log = (line: string) => console.error(line);
  const groupConfig = { groupConsumerHeartbeatIntervalMs: heartbeatMs, groupConsumerSessionTimeoutMs: SESSION_TIMEOUT_MS };
  const protos = protocols(heartbeatMs).filter((p) => !only || p.name.includes(only));
  const quietMs = Math.max(1000, 3 * heartbeatMs);
  const parts = (flagValue(flags, '--parts') ?? 'rebalance,consume,commit').split(',');
  const fillRecords = quick ? 1_000_000 : 2_000_000;
  const commitMs = quick ? 1000 : 2000;

  const results: GroupsRun[] = [];
  for (let run = 1; run <= runs; run++) {
    const before = loadavg();
    log(`groups, run ${run}/${runs} (load ${before.map((v) => v.toFixed(2)).join(' ')})`);
    const result: GroupsRun = { rebalances: {}, failures: [], load: { before, after: before } };
    const deployment = await startGroupCluster(groupConfig, SESSION_TIMEOUT_MS);
    try {
      if (parts.includes('consume') || parts.includes('commit')) await createGroupTopic(deployment, 'consume', CONSUME_PARTITIONS);
      if (parts.includes('consume')) {
        const c = result.consume = { ...(await measureGroupConsume(deployment, 'consume', CONSUME_PARTITIONS, fillRecords, `bench-${run}-consume`)), load: loadavg()[0]! };
        log(`  consume: a group of 3 ${Math.round(c.group).toLocaleString('en-US')} records/s, one PartitionConsumer ${Math.round(c.single).toLocaleString('en-US')} (${c.records.toLocaleString('en-US')} records; load ${c.load.toFixed(2)})`);
      }
      if (parts.includes('commit')) {
        const c = result.commits = { ...(await measureCommits(deployment, 'consume', CONSUME_PARTITIONS, `bench-${run}-commits`, 4, commitMs)), load: loadavg()[0]! };
        log(`  commits: 1 member ${Math.round(c.one)}/s, ${c.members} members ${Math.round(c.several)}/s; produce round trips ${Math.round(c.produceRoundTrips)}/s (load ${c.load.toFixed(2)})`);
      }
      if (parts.includes('rebalance')) await createGroupTopic(deployment, 'rebalance', PARTITIONS);
      for (const protocol of parts.includes('rebalance') ? protos : []) {
        for (const size of sizes) {
          const name = `${protocol.name}, ${size} members`;
          let measured;
          try {
            measured = await measureRebalances(deployment, `bench-${run}-${protocol.options.groupProtocol}-${protocol.eager ? 'eager' : 'incremental'}-${size}`, protocol, size, {
              topic: 'rebalance',
              partitions: PARTITIONS,
              quietMs,
              limitMs: 60_000 + SESSION_TIMEOUT_MS,
            });
          } catch (error) {
            result.failures.push({ case: name, error: (error as Error).message, load: loadavg()[0]! });
            log(`  ${name}: FAILED: ${(error as Error).message}`);
            continue;
          }
          const r = (result.rebalances[protocol.name] ??= {})[size] = { ...measured, load: loadavg()[0]! };
          log(`  ${name}: leave ${r.leave.toFixed(0)} ms, join ${r.join.toFixed(0)} ms, crash ${r.crash.toFixed(0)} ms (load ${r.load.toFixed(2)})`);
        }
      }
    } finally {
      await deployment.stop();
    }
    result.load.after = loadavg();
    results.push(result);
  }

  const { rows, targets } = groupsRows(results, { protocols: protos, sizes, heartbeatMs, sessionTimeoutMs: SESSION_TIMEOUT_MS });
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  report({
    name: only || sizes.join(',') !== '3,10,50' ? 'groups-partial' : 'groups',
    workload:
      `Three \`logkeeper start\` processes over TCP (member + broker, classic-level); topic of ${PARTITIONS} partitions, replication factor 3, a producer writing one 100-byte record to every partition every ${TICK_MS} ms. ` +
      `Heartbeats every ${heartbeatMs} ms (classic: the consumers' heartbeatInterval; KIP-848: the brokers' groupConsumerHeartbeatIntervalMs), session timeout ${SESSION_TIMEOUT_MS} ms (classic: sessionTimeout; KIP-848: groupConsumerSessionTimeoutMs), other settings defaults (Kafka's). ` +
      `Members: all but one in one process, one in a process of its own, each a group consumer with its own client (eachBatch). ` +
      `Rebalance time: from the event (leave: disconnect(); join: run(); crash: SIGKILL of the member's process) until every partition is owned by exactly one member, the shares are balanced, and each owner has processed a batch of it since the event and since it got it. ` +
      `Consume: a topic of ${CONSUME_PARTITIONS} partitions (rf 3) filled with at least ${fillRecords.toLocaleString('en-US')} 100-byte records (two producers, acks=1), read from the start by one PartitionConsumer in the bench process (the baseline; its clock starts after its first poll) and then by a group of 3 KIP-848 members, a process each, default consumer settings, eachBatch, auto-commit; the group's clock starts when its members, paused until the partitions are balanced among them, resume. ` +
      `Commits: commitOffsets of one partition's offset, one after another, for ${commitMs} ms, by 1 member and by 4 members of one group at once (KIP-848, this process); baseline: Produce round trips of 1 record, acks=all, rf=3, linger 0. ${runs} run(s), min..max.`,
    rows,
    targets,
    details: results,
    notes: [
      ...results.flatMap((r, i) => r.failures.map((f) => `run ${i + 1}, ${f.case}: not measured, ${f.error} (load ${f.load.toFixed(2)})`)),
      `machine: ${cpus().length} cores; load (1, 5, 15-minute averages) before and after each run: ${results.map((r, i) => `#${i + 1} ${load(r.load.before)} -> ${load(r.load.after)}`).join('; ')}`,
    ],
  });
}
