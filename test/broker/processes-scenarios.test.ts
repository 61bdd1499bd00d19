import test, { type ExecutionContext } from 'ava';
import { join } from 'node:path';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { createBrokerClient, type BrokerClient } from '../../engine/broker/client/index.js';
import type { Consumer } from '../../engine/broker/client/consumer/consumer.js';
import { partitionForKey } from '../../engine/broker/partitioner.js';
import { freePorts, STARTED, startMember, tempDir, waitForAgreement } from '../cluster/processes.js';

/*
 * The design notes' two scenarios, end to end: three `logkeeper start` processes over TCP
 * with classic-level (ensemble members and brokers), clients in this process.
 *
 *   order events      a product service produces order events; warehouse, invoice, email and
 *                     analytics consumer groups each read every event, at their own pace;
 *   driver locations  updates keyed by driver id stay in order on the driver's partition; a
 *                     consumer group grows from 1 member to 3 and rebalances, and no update
 *                     is skipped.
 */

async function cluster(t: ExecutionContext): Promise<BrokerClient> {
  const ports = await freePorts(3);
  const dir = tempDir(t);
  const ids = ['1', '2', '3'];
  const address = (id: string) => `tcp://127.0.0.1:${ports[Number(id) - 1]}`;
  const peers = ids.map((id) => `${id}=${address(id)}`).join(',');
  const members = new Map(ids.map((id) => [id, startMember(t, ['--id', id, '--peers', peers, '--data', join(dir, id), '--session-timeout', '2000'])]));
  for (const [id, member] of members) await member.line(STARTED, 30_000, `member ${id} to start`);
  await waitForAgreement(members, 15_000, 'an ensemble leader');
  const transport = new TcpTransport({ logger: silentLogger });
  t.teardown(() => transport.close());
  const client = createBrokerClient({ brokers: ids.map(address), transport, retry: { retries: 60, initialRetryTimeMs: 50, maxRetryTimeMs: 500 } });
  t.teardown(() => client.close());
  return client;
}

/** Resolves once `check()` holds, polling every 50 ms, or rejects after `ms`. */
async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const text = (b: Uint8Array | null) => (b === null ? '' : new TextDecoder().decode(b));

test('order events: four consumer groups each read every order event, at their own pace', async (t) => {
  t.timeout(120_000);
  const client = await cluster(t);
  const admin = client.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 3, replicationFactor: 3 }] });
  const producer = client.producer();
  await producer.connect();
  const orders = Array.from({ length: 120 }, (_, i) => ({ key: `order-${i}`, value: JSON.stringify({ order: i, total: i * 3 }) }));
  for (let i = 0; i < orders.length; i += 20) await producer.send({ topic: 'orders', messages: orders.slice(i, i + 20) });

  const services = { warehouse: 0, invoice: 2, email: 5, analytics: 1 };
  const read = new Map<string, Set<string>>();
  const consumers: Consumer[] = [];
  for (const [group, delayMs] of Object.entries(services)) {
    const seen = new Set<string>();
    read.set(group, seen);
    const consumer = client.consumer({ groupId: group });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: ['orders'], fromBeginning: true });
    void consumer.run({
      eachMessage: async ({ message }) => {
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        seen.add(text(message.key));
      },
    });
  }
  await until(() => [...read.values()].every((s) => s.size === orders.length), 90_000, 'every group to read every order');
  for (const [group, seen] of read) t.is(seen.size, orders.length, `${group} read every order`);
  // Each group committed its own progress: the next member of a group starts at the end.
  const offsets = await admin.fetchOffsets({ groupId: 'email', topics: ['orders'] });
  const committed = offsets.flatMap((o) => o.partitions).reduce((n, p) => n + Number(p.offset), 0);
  t.is(committed, orders.length, 'the slowest group committed all it read');
  for (const consumer of consumers) await consumer.disconnect();
  await producer.disconnect();
});

test('driver locations: each driver\'s updates in order on its partition; the group grows from 1 to 3 members and skips nothing', async (t) => {
  t.timeout(120_000);
  const client = await cluster(t);
  const admin = client.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: 'driver-locations', numPartitions: 6, replicationFactor: 3 }] });
  const producer = client.producer();
  await producer.connect();
  const drivers = Array.from({ length: 12 }, (_, i) => `driver-${i}`);
  let step = 0;
  const sendRound = () => producer.send({ topic: 'driver-locations', messages: drivers.map((d) => ({ key: d, value: `${d}@${step}` })) }).then(() => void step++);

  const updates = new Map<string, string[]>();
  const partitions = new Map<string, number>();
  const owners = new Map<number, Set<number>>();
  const members: Consumer[] = [];
  const join = async (index: number) => {
    const consumer = client.consumer({ groupId: 'dispatch' });
    members.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: ['driver-locations'], fromBeginning: true });
    void consumer.run({
      eachMessage: async ({ partition, message }) => {
        const key = text(message.key);
        updates.set(key, [...(updates.get(key) ?? []), text(message.value)]);
        partitions.set(key, partition);
        owners.set(index, (owners.get(index) ?? new Set()).add(partition));
      },
    });
  };
  await join(0);
  for (let i = 0; i < 5; i++) await sendRound();
  await join(1);
  for (let i = 0; i < 5; i++) await sendRound();
  await join(2);
  for (let i = 0; i < 5; i++) await sendRound();
  const done = () => drivers.every((d) => (updates.get(d) ?? []).filter((v, i, all) => all.indexOf(v) === i).length === step);
  await until(done, 90_000, 'every update to be read');
  for (const d of drivers) {
    const distinct = (updates.get(d) ?? []).filter((v, i, all) => all.indexOf(v) === i);
    t.deepEqual(distinct, Array.from({ length: step }, (_, s) => `${d}@${s}`), `${d}: every update, in order (a rebalance may show one again, never skip one)`);
    t.is(partitions.get(d), partitionForKey(d, 6), `${d} on its key's partition`);
  }
  // After the group grew, its partitions are spread: the last member got some.
  await until(() => members.every((m) => m.assignment().length > 0), 30_000, 'every member to own partitions');
  const assigned = members.flatMap((m) => m.assignment().map((tp) => tp.partition)).sort();
  t.deepEqual(assigned, [0, 1, 2, 3, 4, 5], 'each partition has exactly one owner');
  for (const m of members) await m.disconnect();
  await producer.disconnect();
});
