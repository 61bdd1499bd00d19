import test from 'ava';
import { createBrokerClient } from '../../engine/broker/client/index.js';
import { SimBrokerCluster } from '../../engine/broker/sim/cluster.js';
import { readRecords } from '../../engine/broker/sim/log-records.js';
import { liveReplicas, partitionState } from '../../engine/broker/sim/observe.js';

/*
 * A partition leader's process crashes (its unsynced log tail is lost) and starts again
 * before its coordination session expires: the cluster still counts the dead process as
 * alive, and the partition's state still names it leader. The new process must not lead
 * under that state — followers would truncate to its shorter log, losing acknowledged
 * records — but only under one the controller decides for its new registration (broker
 * epoch); the leadership moves to an in-sync replica that has every acknowledged record.
 */

test('a leader restarted within its session timeout does not lead under its old leadership; no acknowledged record is lost', async (t) => {
  const c = await SimBrokerCluster.start({ seed: 'restart', nodes: 3 });
  t.teardown(() => c.stopAll());
  const brokers = () => [...c.nodes.values()].map((n) => n.broker?.node);
  await c.runUntil(() => brokers().every((b) => b?.joined) && brokers().some((b) => b?.controller.isActive), 20_000, 'ready');
  const client = createBrokerClient({ brokers: c.addresses, transport: c.transport('app'), clock: c.clock, random: 1, requestTimeoutMs: 1000 });
  const admin = client.admin();
  await c.settle(admin.connect());
  await c.settle(admin.createTopics({ topics: [{ topic: 't', numPartitions: 1, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }] }));
  const producer = client.producer();
  await c.settle(producer.connect());
  const acked: Array<[number, string]> = [];
  for (let i = 0; i < 20; i++) {
    const [meta] = await c.settle(producer.send({ topic: 't', messages: [{ key: 'k', value: `v${i}` }] }));
    acked.push([meta!.baseOffset, `v${i}`]);
  }
  const before = partitionState(c, 't', 0)!;
  const leader = String(before.leader);
  const unsynced = c.node(leader).disk.unsyncedWrites;
  t.true(unsynced > 0, 'the leader has unsynced writes to lose');

  c.crash(leader);
  void c.restart(leader);
  // While the state still names it (its old session lives on), the new process does not lead.
  let ledUnderOldState = false;
  await c.runUntil(() => {
    const state = partitionState(c, 't', 0)!;
    const replica = liveReplicas(c, 't', 0).find((r) => r.node.id === leader)?.replica;
    if (replica?.isLeader && state.leaderEpoch === before.leaderEpoch) ledUnderOldState = true;
    return state.leaderEpoch > before.leaderEpoch && state.leader >= 0 && state.isr.length === 3;
  }, 20_000, 'a new leadership, and every replica back in sync');
  t.false(ledUnderOldState);
  const after = partitionState(c, 't', 0)!;
  t.true(after.leaderEpoch > before.leaderEpoch);

  await c.runUntil(() => {
    const replicas = liveReplicas(c, 't', 0);
    return replicas.length === 3 && replicas.every((r) => r.replica.highWatermark === r.replica.log.logEndOffset && r.replica.log.logEndOffset >= 20);
  }, 20_000, 'caught up');
  for (const { node, replica } of liveReplicas(c, 't', 0)) {
    const records = await c.settle(readRecords(replica.log, 0, replica.log.logEndOffset));
    const at = new Map(records.map((r) => [r.offset, r.value]));
    for (const [offset, value] of acked) t.is(at.get(offset), value, `broker ${node.id} holds ${value} at ${offset}`);
  }
  await c.settle(client.close());
});
