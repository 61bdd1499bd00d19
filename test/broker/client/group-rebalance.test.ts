import test from 'ava';
import { createBrokerClient } from '../../../engine/broker/client/index.js';
import { groupSetup } from './group-helpers.js';
import { crash, joinAndLeave, joinDuringWork, PROTOCOLS, rollingRestart, twoGroups, type GroupEnv } from './group-scenarios.js';

/* The group scenarios (group-scenarios.ts) against the fake coordinator, for each protocol. */

async function fakeEnv(t: Parameters<typeof groupSetup>[0]): Promise<GroupEnv> {
  const g = await groupSetup(t);
  const admin = createBrokerClient({ brokers: ['broker-1'], transport: g.network.transport('admin'), clock: g.clock, random: 'admin' }).admin();
  await g.settle(admin.connect());
  t.teardown(() => g.settle(admin.disconnect()));
  return {
    partitions: 6,
    now: () => g.clock.now(),
    settle: g.settle,
    until: g.until,
    advance: (ms) => g.clock.advance(ms),
    wait: (ms) => new Promise((resolve) => g.clock.setTimer(ms, resolve)),
    consumer: g.consumer,
    produce: (n, from) => g.produce(n, undefined, from),
    crash: (node) => g.network.crash(node),
    committed: async (groupId, p) => (await g.settle(admin.fetchOffsets({ groupId, topics: ['t'] })))[0]!.partitions[p]!.offset,
  };
}

for (const { name, options, incremental } of PROTOCOLS) {
  test(`${name}: 1 → 3 members joining, then leaving cleanly: one owner per partition after each change, nothing skipped`, async (t) => {
    await joinAndLeave(t, await fakeEnv(t), options);
  });

  test(`${name}: a member whose node crashes is expired; the others read its partitions from the last commit`, async (t) => {
    await crash(t, await fakeEnv(t), options);
  });

  if (name !== 'classic roundrobin') {
    test(`${name}: while a third member joins, partitions that do not move ${incremental ? 'keep being consumed' : 'stop too (eager)'}`, async (t) => {
      await joinDuringWork(t, await fakeEnv(t), options, incremental);
    });
  }

  test(`${name}: a rolling restart of 3 static members causes no rebalance; each gets its partitions back`, async (t) => {
    await rollingRestart(t, await fakeEnv(t), options);
  });
}

test('two groups on one topic are independent: each reads everything, with its own offsets', async (t) => {
  await twoGroups(t, await fakeEnv(t));
});
