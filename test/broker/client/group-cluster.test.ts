import test, { type ExecutionContext } from 'ava';
import { createBrokerClient } from '../../../engine/broker/client/index.js';
import { brokerCluster } from '../harness.js';
import { FAST } from './group-helpers.js';
import { crash, joinAndLeave, joinDuringWork, PROTOCOLS, rollingRestart, twoGroups, type GroupEnv } from './group-scenarios.js';

/*
 * The group scenarios (group-scenarios.ts) end to end: logkeeper's consumers against three
 * real brokers (combined members, the in-process cluster of ../harness.ts, simulated time),
 * whose group coordinator runs on `__consumer_offsets`. Timeouts are shortened to keep virtual
 * time, and so the run, short: KIP-848 members heartbeat every 500 ms and expire after 6 s.
 */

/** Three brokers with topic 't' (6 partitions, 3 replicas), an admin client and a producer; `client(node)` makes a client on its own node. */
async function startCluster(t: ExecutionContext) {
  const c = await brokerCluster(t, {
    broker: {
      offsetsTopicPartitions: 3,
      groupConsumerHeartbeatIntervalMs: 500,
      groupConsumerSessionTimeoutMs: 6000,
      groupInitialRebalanceDelayMs: 0,
      groupMinSessionTimeoutMs: 1000,
    },
  });
  await c.ready();
  const brokers = c.ids.map((id) => `mem://${id}`);
  const client = (node: string) => {
    const made = createBrokerClient({ brokers, transport: c.network.transport(node), clock: c.clock, random: `${t.title}:${node}`, requestTimeoutMs: 5000, retry: { retries: 5, initialRetryTimeMs: 50, maxRetryTimeMs: 1000 } });
    t.teardown(() => c.settle(made.close(), 600_000).catch(() => {}));
    return made;
  };
  const tools = client('tools');
  const admin = tools.admin();
  await c.settle(admin.connect());
  await c.settle(admin.createTopics({ topics: [{ topic: 't', numPartitions: 6, replicationFactor: 3 }] }));
  const producer = tools.producer();
  await c.settle(producer.connect());
  return { c, client, admin, producer };
}

async function clusterEnv(t: ExecutionContext): Promise<GroupEnv> {
  const { c, client, admin, producer } = await startCluster(t);
  let nodes = 0;
  return {
    partitions: 6,
    now: () => c.clock.now(),
    settle: c.settle,
    until: (condition, limitMs = 60_000) => c.clock.runUntilTrue(condition, limitMs),
    advance: (ms) => c.clock.advance(ms),
    wait: (ms) => new Promise((resolve) => c.clock.setTimer(ms, resolve)),
    consumer: (options, node = `app-${++nodes}`) => client(node).consumer({ ...FAST, ...options }),
    async produce(n, from) {
      for (let p = 0; p < 6; p++) {
        await c.settle(producer.send({ topic: 't', messages: Array.from({ length: n }, (_, i) => ({ key: `${p}-${from + i}`, value: `v${p}-${from + i}`, partition: p })) }));
      }
    },
    crash: (node) => c.network.crash(node),
    committed: async (groupId, p) => (await c.settle(admin.fetchOffsets({ groupId, topics: ['t'] })))[0]!.partitions[p]!.offset,
  };
}

// The classic protocol's assignors differ only in the leader member's computation (assignors.test.ts): range stands for the eager ones here.
for (const { name, options, incremental } of PROTOCOLS.filter((p) => p.name !== 'classic roundrobin')) {
  test(`${name}: 1 → 3 members joining, then leaving cleanly: one owner per partition after each change, nothing skipped`, async (t) => {
    await joinAndLeave(t, await clusterEnv(t), options);
  });

  test(`${name}: a member whose node crashes is expired; the others read its partitions from the last commit`, async (t) => {
    await crash(t, await clusterEnv(t), options);
  });

  if (incremental) {
    test(`${name}: while a third member joins, partitions that do not move keep being consumed`, async (t) => {
      await joinDuringWork(t, await clusterEnv(t), options, incremental);
    });
  }

  test(`${name}: a rolling restart of 3 static members causes no rebalance; each gets its partitions back`, async (t) => {
    await rollingRestart(t, await clusterEnv(t), options);
  });
}

test('two groups on one topic are independent: each reads everything, with its own offsets', async (t) => {
  await twoGroups(t, await clusterEnv(t));
});

test('admin: list and describe both kinds of groups, offsets with their lag, reset and delete', async (t) => {
  const { c, client, admin, producer } = await startCluster(t);
  await c.settle(producer.send({ topic: 't', messages: Array.from({ length: 12 }, (_, i) => ({ value: `v${i}`, partition: i % 6 })) }));
  const seen: number[] = [];
  const classic = client('classic').consumer({ ...FAST, groupId: 'classic-group', groupProtocol: 'classic', partitionAssigners: ['range'] });
  const modern = client('modern').consumer({ ...FAST, groupId: 'modern-group' });
  for (const consumer of [classic, modern]) {
    await c.settle(consumer.connect());
    await c.settle(consumer.subscribe({ topics: ['t'], fromBeginning: true }));
    await c.settle(consumer.run({ eachMessage: async ({ message }) => void seen.push(message.offset) }));
  }
  await c.clock.runUntilTrue(() => seen.length === 24, 60_000);
  await c.clock.advance(2000);
  const { groups } = await c.settle(admin.listGroups());
  t.deepEqual(groups.map((g) => [g.groupId, g.groupType, g.groupState]), [['classic-group', 'classic', 'Stable'], ['modern-group', 'consumer', 'Stable']]);
  const [cl, mo, none] = (await c.settle(admin.describeGroups(['classic-group', 'modern-group', 'nobody']))).groups;
  t.like(cl, { state: 'Stable', protocol: 'range', groupType: 'classic' });
  t.deepEqual(cl!.members[0]!.assignment, [{ topic: 't', partitions: [0, 1, 2, 3, 4, 5] }]);
  t.like(mo, { state: 'Stable', groupType: 'consumer' });
  t.deepEqual(mo!.members[0]!.assignment, [{ topic: 't', partitions: [0, 1, 2, 3, 4, 5] }]);
  t.like(none, { errorCode: 69, state: 'Dead' });
  await c.settle(classic.disconnect());
  await c.settle(producer.send({ topic: 't', messages: [{ value: 'more', partition: 0 }] }));
  const offsets = await c.settle(admin.fetchOffsets({ groupId: 'classic-group' }));
  t.deepEqual(offsets[0]!.partitions.map((p) => [p.partition, p.offset, p.lag]), [[0, 2, 1], [1, 2, 0], [2, 2, 0], [3, 2, 0], [4, 2, 0], [5, 2, 0]]);
  await t.throwsAsync(c.settle(admin.deleteGroups(['modern-group'])), { code: 'NON_EMPTY_GROUP' });
  await c.settle(admin.resetOffsets({ groupId: 'classic-group', topic: 't', earliest: true }));
  t.deepEqual((await c.settle(admin.fetchOffsets({ groupId: 'classic-group' })))[0]!.partitions.map((p) => p.offset), [0, 0, 0, 0, 0, 0]);
  await c.settle(admin.deleteGroups(['classic-group']));
  t.deepEqual((await c.settle(admin.listGroups())).groups.map((g) => g.groupId), ['modern-group']);
});
