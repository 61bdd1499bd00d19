import { createBrokerClient } from '../../engine/broker/client/index.js';
import type { Consumer } from '../../engine/broker/client/index.js';
import { benchClient, RECORD_BYTES, type BrokerDeployment } from './broker-deployment.js';
import { opsPerSecond } from './report.js';

/*
 * Offset commits: a member's commitOffsets of one partition's offset (a new one each time),
 * one after another, as fast as they are answered: commits/s. A member's commits run one at
 * a time (the consumer chains them, so that they land in order), so "several in flight" is
 * `members` members of one group, each committing its own partitions, all at once: commits/s
 * over all of them. The members are KIP-848 members in this process, each with its own
 * client; the topic is paused (nothing is fetched) and auto-commit is off.
 *
 * The baseline, in the same run: Produce round trips of one 100-byte record, acks=all, to a
 * partition replicated 3 times, one after another (linger 0): a commit is one such write to
 * __consumer_offsets, answered once replicated, plus the coordinator's checks.
 */

export interface CommitRates {
  one: number;
  several: number;
  members: number;
  produceRoundTrips: number;
}

async function startMembers(deployment: BrokerDeployment, topic: string, groupId: string, count: number) {
  const clients = Array.from({ length: count }, (_, i) => benchClient(deployment, createBrokerClient, `bench-committer-${i}`));
  const consumers: Consumer[] = [];
  for (const client of clients) {
    const consumer = client.consumer({ groupId });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic] });
    consumer.pause([{ topic }]);
    await consumer.run({ autoCommit: false, eachBatch: async () => {} });
    consumers.push(consumer);
  }
  return { consumers, close: () => Promise.all(clients.map((c) => c.close())) };
}

async function untilAssigned(consumers: Consumer[], partitions: number): Promise<void> {
  const deadline = performance.now() + 60_000;
  const share = Math.floor(partitions / consumers.length);
  while (!consumers.every((c) => c.assignment().length >= share) || consumers.reduce((sum, c) => sum + c.assignment().length, 0) !== partitions) {
    if (performance.now() > deadline) throw new Error('the committing members did not get their partitions');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function commitRate(consumers: Consumer[], ms: number): Promise<number> {
  const rates = await Promise.all(consumers.map((consumer) => {
    const { topic, partition } = consumer.assignment()[0]!;
    let offset = 0;
    return opsPerSecond(() => consumer.commitOffsets([{ topic, partition, offset: ++offset }]), ms);
  }));
  return rates.reduce((sum, r) => sum + r, 0);
}

async function produceRoundTrips(deployment: BrokerDeployment, topic: string, ms: number): Promise<number> {
  const client = benchClient(deployment, createBrokerClient, 'bench-round-trips');
  try {
    const producer = client.producer({ lingerMs: 0 });
    await producer.connect();
    const messages = [{ value: new Uint8Array(RECORD_BYTES).fill(0x61), partition: 0 }];
    return await opsPerSecond(() => producer.send({ topic, acks: -1, messages }), ms);
  } finally {
    await client.close();
  }
}

export async function measureCommits(deployment: BrokerDeployment, topic: string, partitions: number, groupId: string, members: number, ms: number): Promise<CommitRates> {
  const produce = await produceRoundTrips(deployment, topic, ms);
  const single = await startMembers(deployment, topic, `${groupId}-1`, 1);
  let one: number;
  try {
    await untilAssigned(single.consumers, partitions);
    one = await commitRate(single.consumers, ms);
  } finally {
    await Promise.all(single.consumers.map((c) => c.disconnect()));
    await single.close();
  }
  const many = await startMembers(deployment, topic, `${groupId}-${members}`, members);
  try {
    await untilAssigned(many.consumers, partitions);
    return { one, several: await commitRate(many.consumers, ms), members, produceRoundTrips: produce };
  } finally {
    await Promise.all(many.consumers.map((c) => c.disconnect()));
    await many.close();
  }
}
