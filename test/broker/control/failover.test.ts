import test from 'ava';
import { kafkaCodeOf } from '../../../engine/errors/index.js';
import type { UncleanElection } from '../../../engine/broker/controller/controller.js';
import type { PartitionView } from '../../../engine/broker/metadata/types.js';
import { brokerCluster, bytes, json, PATHS, SESSION_TIMEOUT_MS, type BrokerCluster, type TestBroker } from './harness.js';

const partitionsOf = (b: TestBroker, topic: string): PartitionView[] =>
  [...b.cache.view.partitions.values()].filter((p) => p.topic === topic).sort((x, y) => x.partition - y.partition);

/** A topic whose partition 0 is on `replicas`, with the given ISR written as its leader would. */
async function pinned(c: BrokerCluster, controller: TestBroker, name: string, replicas: number[], isr: number[], configs: Record<string, string> = {}) {
  const answer = await c.e.settle(controller.controller.createTopics({
    topics: [{ ...c.topic(name, -1, -1, configs), assignments: [{ partition: 0, brokerIds: replicas }] }],
    timeoutMs: 5000,
    validateOnly: false,
  }));
  if (answer.topics[0]!.errorCode !== 0) throw new Error(answer.topics[0]!.errorMessage!);
  const path = PATHS.partitionState(name, 0);
  const { data, stat } = await c.e.settle(c.admin.getData(path));
  await c.e.settle(c.admin.setData(path, bytes({ ...(json(data) as object), isr }), stat.version));
  await c.synced();
}

test("a broker's death moves its leaderships to ISR members (epoch + 1) and drops it from every ISR, within the session timeout + 1 s", async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  await c.e.settle(controller.controller.createTopics({ topics: [c.topic('events', 6, 3)], timeoutMs: 5000, validateOnly: false }));
  await c.synced();
  const victim = [...c.brokers.values()].find((b) => b !== controller)!;
  const before = partitionsOf(controller, 'events');
  t.true(before.some((p) => p.leader === victim.id) && before.some((p) => p.leader !== victim.id));

  const cut = c.e.clock.now();
  c.kill(victim.id);
  await c.e.runUntil(() => partitionsOf(controller, 'events').every((p) => p.leader !== victim.id && !p.isr.includes(victim.id)), 10_000, 'leaderships moved');
  const took = c.e.clock.now() - cut;
  t.true(took <= SESSION_TIMEOUT_MS + 1000, `moved ${took} ms after the broker was cut off`);

  for (const [i, p] of partitionsOf(controller, 'events').entries()) {
    const old = before[i]!;
    if (old.leader === victim.id) {
      const expected = old.replicas.find((id) => id !== victim.id && old.isr.includes(id));
      t.like(p, { leader: expected, leaderEpoch: old.leaderEpoch + 1, controllerEpoch: controller.controller.epoch }, `partition ${p.partition} moved`);
    } else {
      t.like(p, { leader: old.leader, leaderEpoch: old.leaderEpoch }, `partition ${p.partition} kept its leader`);
    }
    t.deepEqual(p.isr, old.isr.filter((id) => id !== victim.id));
  }
  const metadata = controller.cache.metadataResponse({ topics: ['events'], allowAutoTopicCreation: false });
  t.true(metadata.topics[0]!.partitions.every((p) => p.errorCode === 0 && p.offlineReplicas.includes(victim.id) && !p.isr.includes(victim.id)));
  t.false(metadata.brokers.some((b) => b.nodeId === victim.id));
});

test('unclean election off: a partition whose in-sync replicas are all dead goes offline, and leads again when one comes back', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const [a, b] = [...c.brokers.values()].filter((x) => x !== controller).map((x) => x.id) as [number, number];
  await pinned(c, controller, 'strict', [a, b], [a]);
  c.kill(a);
  await c.e.runUntil(() => c.partition(controller, 'strict', 0)?.leader === -1, 10_000, 'offline');
  t.like(c.partition(controller, 'strict', 0), { leader: -1, leaderEpoch: 1, isr: [a] });
  const metadata = controller.cache.metadataResponse({ topics: ['strict'], allowAutoTopicCreation: false });
  t.like(metadata.topics[0]!.partitions[0], { errorCode: kafkaCodeOf('LEADER_NOT_AVAILABLE'), leader: -1, offlineReplicas: [a] });

  c.heal();
  await c.e.runUntil(() => c.partition(controller, 'strict', 0)?.leader === a, 10_000, 'the in-sync replica leads again');
  t.like(c.partition(controller, 'strict', 0), { leader: a, leaderEpoch: 2, isr: [a] });
  t.false(controller.warnings.some((w) => /unclean/i.test(w)));
});

test('unclean election on: the live replica outside the ISR leads, and the controller reports possible data loss', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const reports: UncleanElection[] = [];
  controller.controller.on('uncleanElection', (r) => reports.push(r));
  const [a, b] = [...c.brokers.values()].filter((x) => x !== controller).map((x) => x.id) as [number, number];
  await pinned(c, controller, 'lenient', [a, b], [a], { 'unclean.leader.election.enable': 'true' });
  c.kill(a);
  await c.e.runUntil(() => c.partition(controller, 'lenient', 0)?.leader === b, 10_000, 'the out-of-sync replica leads');
  t.like(c.partition(controller, 'lenient', 0), { leader: b, leaderEpoch: 1, isr: [b] });
  t.deepEqual(reports, [{ topic: 'lenient', partition: 0, leader: b, leaderEpoch: 1, previousIsr: [a] }]);
  t.true(controller.warnings.some((w) => /unclean/i.test(w)));
});

test('a new controller makes a full pass: partitions of a broker that died with the old controller move too', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  await c.e.settle(controller.controller.createTopics({ topics: [c.topic('both', 6, 3)], timeoutMs: 5000, validateOnly: false }));
  await c.synced();
  const before = partitionsOf(controller, 'both');
  const other = [...c.brokers.values()].find((b) => b !== controller)!;
  const survivor = [...c.brokers.values()].find((b) => b !== controller && b !== other)!;
  // The controller is cut off (it stops acting at once; its session lasts its timeout),
  // and meanwhile another broker leaves: no controller sees that death happen.
  c.kill(controller.id);
  await c.e.runUntil(() => !controller.controller.isActive, 2000, 'the cut-off controller stops');
  await c.e.settle(other.session.keeper.close());
  await c.e.runUntil(() => !survivor.cache.view.brokers.has(other.id), 2000);
  t.true(partitionsOf(survivor, 'both').some((p) => p.leader === other.id), 'nobody moved its leaderships yet');
  await c.e.runUntil(() => survivor.controller.isActive, 10_000, 'the survivor takes office');
  await c.e.runUntil(() => partitionsOf(survivor, 'both').every((p) => p.leader === survivor.id && p.isr.length === 1), 5_000, 'all moved to the survivor');
  for (const [i, p] of partitionsOf(survivor, 'both').entries()) {
    t.is(p.leaderEpoch, before[i]!.leader === survivor.id ? 0 : 1, `partition ${p.partition}`);
    t.is(p.controllerEpoch, before[i]!.leader === survivor.id ? 1 : survivor.controller.epoch);
  }
  t.is(survivor.controller.epoch, 2);
});
