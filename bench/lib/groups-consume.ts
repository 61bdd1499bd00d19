import { createBrokerClient } from '../../engine/broker/client/index.js';
import { consumeRate } from './broker-consumer.js';
import { benchClient, recordsIn, type BrokerDeployment } from './broker-deployment.js';
import { produceInChildren } from './broker-producers.js';
import { MemberProcess, type MemberLine } from './groups-members.js';
import { GroupOwnership } from './groups-ownership.js';
import { epochNow } from './latency-consumer.js';

/*
 * What a group of 3 consumes: the topic is filled first (two producers in processes of their
 * own, acks=1, until it holds `fillRecords`), then the baseline, one PartitionConsumer in this
 * process reading every partition from the start (broker-consumer.ts: its clock starts after
 * its first poll, so the topic must hold many fetches' worth), then the group: three members, each in
 * a process of its own (KIP-848, the default protocol), subscribed from the beginning with
 * the topic paused until the group has settled (the partitions balanced among them), then
 * resumed together. The group's rate: the records there were over the time from the resume
 * to the last member's last batch.
 */

export interface ConsumeRates {
  records: number;
  group: number;
  single: number;
  /** Each member's records, and when it read its first and last ones, in ms after the resume. */
  members: Array<{ records: number; firstMs: number; lastMs: number }>;
}

/** Fills `topic` with at least `records` records: two producers, each in a process of its own, in rounds of 2 s. */
async function fill(deployment: BrokerDeployment, topic: string, atLeast: number): Promise<number> {
  const client = benchClient(deployment, createBrokerClient, 'bench-groups-admin');
  try {
    const admin = client.admin();
    await admin.connect();
    let records = await recordsIn(admin, topic);
    while (records < atLeast) {
      await produceInChildren(deployment.clientOptions().brokers, 2, { topic, acks: 1, warmupMs: 0, ms: 2000 });
      records = await recordsIn(admin, topic);
    }
    return records;
  } finally {
    await client.close();
  }
}

export async function measureGroupConsume(deployment: BrokerDeployment, topic: string, partitions: number, fillRecords: number, groupId: string): Promise<ConsumeRates> {
  const brokers = deployment.clientOptions().brokers;
  const records = await fill(deployment, topic, fillRecords);
  const single = await consumeRate(deployment, topic, partitions, 60_000);

  const group = new GroupOwnership(partitions);
  const counted = new Map<string, Extract<MemberLine, { type: 'counted' }>>();
  const onLine = (line: MemberLine) => (line.type === 'counted' ? counted.set(line.member, line) : group.onLine(line));
  const settings = { brokers, topic, options: { groupId }, eager: false };
  const members = Array.from({ length: 3 }, () => new MemberProcess(settings, onLine));
  try {
    await Promise.all(members.map((m) => m.ready));
    await Promise.all(members.map(async (m, i) => {
      await m.send({ cmd: 'add', member: `c${i}`, fromBeginning: true, paused: true, run: true });
      group.live.add(`c${i}`);
    }));
    const deadline = performance.now() + 60_000;
    while (group.balancedOwners() === null || performance.now() - group.lastChange < 1000) {
      if (performance.now() > deadline) throw new Error(`the consuming group did not settle (${group.describe()})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const goAt = epochNow();
    await Promise.all(members.map((m) => m.send({ cmd: 'resume' })));
    const total = () => [...counted.values()].reduce((sum, c) => sum + c.records, 0);
    while (total() < records) {
      if (performance.now() > deadline + 120_000) throw new Error(`the group read ${total()} of ${records} records`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await Promise.all(members.map((m) => m.send({ cmd: 'count' })));
    }
    const last = Math.max(...[...counted.values()].map((c) => c.last));
    const perMember = [...counted.values()].map((c) => ({ records: c.records, firstMs: c.first - goAt, lastMs: c.last - goAt }));
    return { records, group: records / ((last - goAt) / 1000), single, members: perMember };
  } finally {
    await Promise.all(members.map((m) => m.stop()));
  }
}
