import test from 'ava';
import { join } from 'node:path';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { createBrokerClient } from '../../engine/broker/client/index.js';
import { freePorts, STARTED, startMember, tempDir, waitForAgreement } from '../cluster/processes.js';

/*
 * As a user meets it: three `logkeeper start` processes over TCP with classic-level, each an
 * ensemble member and a broker. A producer (acks=all, idempotent) writes keyed records to a
 * topic replicated three times while the leader of its partition is killed with SIGKILL.
 * Afterwards every acknowledged record is in the log exactly once, and each key's records
 * are in the order they were sent.
 */

const SESSION_TIMEOUT_MS = 2000;

test('a partition leader\'s SIGKILL under an acks=all producer: every acknowledged record once, in order per key', async (t) => {
  t.timeout(120_000);
  const ports = await freePorts(3);
  const dir = tempDir(t);
  const ids = ['1', '2', '3'];
  const address = (id: string) => `tcp://127.0.0.1:${ports[Number(id) - 1]}`;
  const peers = ids.map((id) => `${id}=${address(id)}`).join(',');
  const args = (id: string) => ['--id', id, '--peers', peers, '--data', join(dir, id), '--session-timeout', String(SESSION_TIMEOUT_MS), '--replica-lag-time', '3000'];
  const members = new Map(ids.map((id) => [id, startMember(t, args(id))]));
  for (const [id, member] of members) await member.line(STARTED, 30_000, `member ${id} to start`);
  await waitForAgreement(members, 15_000, 'an ensemble leader');

  const transport = new TcpTransport({ logger: silentLogger });
  t.teardown(() => transport.close());
  const client = createBrokerClient({ brokers: ids.map(address), transport, retry: { retries: 50, initialRetryTimeMs: 50, maxRetryTimeMs: 500 } });
  t.teardown(() => client.close());
  const admin = client.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 1, replicationFactor: 3 }], waitForLeaders: true });
  const leaderOf = async () => (await admin.fetchTopicMetadata({ topics: ['orders'] })).topics[0]!.partitions[0]!.leader;
  const firstLeader = await leaderOf();

  const producer = client.producer({ lingerMs: 2 });
  await producer.connect();
  const keys = ['a', 'b', 'c', 'd'];
  const acknowledged: Array<{ key: string; value: string }> = [];
  const failures: string[] = [];
  let stop = false;
  let n = 0;
  const loops = keys.map(async (key) => {
    while (!stop) {
      const value = `${key}-${n++}`;
      try {
        await producer.send({ topic: 'orders', acks: -1, timeout: 10_000, messages: [{ key, value }] });
        acknowledged.push({ key, value });
      } catch (error) {
        // Not acknowledged: it may or may not be in the log; only acknowledged ones are checked.
        failures.push((error as { code?: string }).code ?? String(error));
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const victim = members.get(String(firstLeader))!;
  const before = acknowledged.length;
  victim.kill('SIGKILL');
  await victim.exited;
  members.delete(String(firstLeader));
  // Writes go on under the new leader for a while.
  const deadline = Date.now() + 30_000;
  while (acknowledged.length < before + 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  stop = true;
  await Promise.all(loops);
  await producer.disconnect();
  t.true(acknowledged.length > before, `writes were acknowledged after the kill (${before} before, ${acknowledged.length} in all)`);
  t.not(await leaderOf(), firstLeader, 'another broker leads the partition');

  const consumer = client.partitionConsumer();
  consumer.assign([{ topic: 'orders', partition: 0, offset: 0 }]);
  const offsets = await admin.fetchTopicOffsets('orders');
  const high = Number(offsets[0]!.high);
  const read: Array<{ key: string; value: string }> = [];
  while (read.length < high) {
    for (const m of await consumer.poll({ maxWaitMs: 500 })) read.push({ key: new TextDecoder().decode(m.key!), value: new TextDecoder().decode(m.value!) });
  }
  await consumer.close();
  const count = new Map<string, number>();
  for (const r of read) count.set(r.value, (count.get(r.value) ?? 0) + 1);
  const missing = acknowledged.filter((a) => !count.has(a.value));
  const twice = [...count].filter(([, c]) => c > 1).map(([v]) => v);
  t.deepEqual(missing, [], 'every acknowledged record is in the log');
  t.deepEqual(twice, [], 'no record is in the log twice');
  for (const key of keys) {
    const sentOrder = acknowledged.filter((a) => a.key === key).map((a) => a.value);
    const logOrder = read.filter((r) => r.key === key && sentOrder.includes(r.value)).map((r) => r.value);
    t.deepEqual(logOrder, sentOrder, `key ${key}: the log keeps the order of sending`);
  }
  t.log(`${acknowledged.length} acknowledged (${before} before the kill), ${read.length} in the log; sends that failed: ${JSON.stringify(Object.fromEntries(failures.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>())))}`);
});
