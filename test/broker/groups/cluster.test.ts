import test from 'ava';
import { kafkaCodeOf } from '../../../engine/errors/index.js';
import { coordinatorPartition } from '../../../engine/broker/groups/placement.js';
import { topicPartitionKey } from '../../../engine/broker/metadata/types.js';
import type { BrokerApiClient } from '../../../engine/broker/api/client.js';
import { GROUP_API_NAMES } from '../../../engine/broker/api/group-codec.js';
import type { GroupApi } from '../../../engine/broker/api/group-types.js';
import { brokerCluster } from '../harness.js';
import { ClassicClient } from './classic-client.js';
import { ConsumerClient } from './consumer-client.js';

/*
 * The coordinator in a whole cluster (three combined members, simulated time), over RPC:
 * FindCoordinator creates `__consumer_offsets` and names its leader; a classic member joins,
 * syncs and commits; the coordinator's node dies; the new leader of the group's partition
 * loads the group and answers with the committed offsets.
 */

/** FindCoordinator through `client` until it names a coordinator (other than `not`). */
async function findCoordinator(c: Awaited<ReturnType<typeof brokerCluster>>, client: BrokerApiClient, groupId: string, not = -1): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const answer = await c.settle(client.call('findCoordinator', { keyType: 0, keys: [groupId] }));
    const found = answer.coordinators[0]!;
    if (found.errorCode === 0 && found.nodeId !== not) return found.nodeId;
    if (found.errorCode !== 0 && found.errorCode !== kafkaCodeOf('COORDINATOR_NOT_AVAILABLE')) throw new Error(`FindCoordinator answered ${found.errorCode}`);
    await c.clock.advance(100);
  }
  throw new Error(`No coordinator for ${groupId}`);
}

/** The GroupApi of a broker, over RPC. */
function groupApiOf(client: BrokerApiClient): GroupApi {
  return Object.fromEntries(GROUP_API_NAMES.map((name) => [name, (request: never) => client.call(name, request)])) as unknown as GroupApi;
}

/** Calls `call` until it is answered with something else than the coordinator's retriable errors. */
async function untilServed<T>(c: Awaited<ReturnType<typeof brokerCluster>>, call: () => Promise<T>, codeOf: (answer: T) => number): Promise<T> {
  const retriable = new Set([kafkaCodeOf('COORDINATOR_LOAD_IN_PROGRESS'), kafkaCodeOf('NOT_COORDINATOR'), kafkaCodeOf('COORDINATOR_NOT_AVAILABLE')]);
  for (let i = 0; i < 200; i++) {
    const answer = await c.settle(call());
    if (!retriable.has(codeOf(answer))) return answer;
    await c.clock.advance(100);
  }
  throw new Error('Never served');
}

test('end to end over RPC: FindCoordinator → join → sync → commit → fetch; the coordinator dies and the new one answers with the offsets', async (t) => {
  const c = await brokerCluster(t, { broker: { offsetsTopicPartitions: 3, groupInitialRebalanceDelayMs: 0, groupMinSessionTimeoutMs: 100 } });
  await c.ready();
  const admin = await c.client('1');
  const created = await c.settle(admin.call('createTopics', { topics: [{ name: 'orders', numPartitions: 3, replicationFactor: 3, assignments: [], configs: [] }], timeoutMs: 5000, validateOnly: false }));
  t.is(created.topics[0]!.errorCode, 0);
  const first = await c.settle(admin.call('findCoordinator', { keyType: 0, keys: ['app'] }));
  t.is(first.coordinators[0]!.errorCode, kafkaCodeOf('COORDINATOR_NOT_AVAILABLE'), 'the offsets topic is created on first use');
  const transactional = await c.settle(admin.call('findCoordinator', { keyType: 1, keys: ['tx'] }));
  t.is(transactional.coordinators[0]!.errorCode, kafkaCodeOf('BAD_ARGUMENTS'), 'no transaction coordinator');
  const coordinatorId = await findCoordinator(c, admin, 'app');
  const view = c.brokers.get('1')!.node.cache.view;
  const offsets = view.topics.get('__consumer_offsets')!;
  t.is(view.partitions.get(topicPartitionKey('__consumer_offsets', coordinatorPartition('app', 3)))!.leader, coordinatorId, "the leader of the group's partition");
  t.is(offsets.replicas.length, 3);
  t.is(offsets.replicas[0]!.length, 3, 'replication factor min(3, live brokers)');
  t.is(offsets.config['cleanup.policy'], 'compact');

  const api = await c.client(String(coordinatorId), 'member');
  const member = new ClassicClient(groupApiOf(api), { groupId: 'app', topics: ['orders'], sessionTimeoutMs: 30_000 });
  await untilServed(c, () => member.join(), (a) => (a.errorCode === kafkaCodeOf('MEMBER_ID_REQUIRED') ? 0 : a.errorCode));
  const joined = await c.settle(member.join());
  t.like(joined, { errorCode: 0, generationId: 1 });
  t.is(await c.settle(member.sync(3)), 0);
  t.deepEqual(member.assignment, [0, 1, 2]);
  const committed = await c.settle(
    api.call('offsetCommit', {
      groupId: 'app',
      generationIdOrMemberEpoch: member.generation,
      memberId: member.memberId,
      groupInstanceId: null,
      topics: [{ name: 'orders', partitions: [0, 1, 2].map((p) => ({ partitionIndex: p, committedOffset: 100 + p, committedLeaderEpoch: -1, committedMetadata: `p${p}` })) }],
    }),
  );
  t.deepEqual(committed.topics[0]!.partitions.map((p) => p.errorCode), [0, 0, 0]);
  const fetchRequest = { groups: [{ groupId: 'app', memberId: null, memberEpoch: -1, topics: [{ name: 'orders', partitionIndexes: [0, 1, 2] }] }], requireStable: true };
  const before = await c.settle(api.call('offsetFetch', fetchRequest));
  t.deepEqual(before.groups[0]!.topics[0]!.partitions.map((p) => p.committedOffset), [100, 101, 102]);

  // The coordinator's node dies; another broker leads the group's partition and loads it.
  c.network.crash(String(coordinatorId));
  const survivor = await c.client(coordinatorId === 1 ? '2' : '1', 'survivor');
  const next = await findCoordinator(c, survivor, 'app', coordinatorId);
  const nextApi = await c.client(String(next), 'member-2');
  const after = await untilServed(c, () => nextApi.call('offsetFetch', fetchRequest), (a) => a.groups[0]!.errorCode);
  t.deepEqual(after, before);
  const group = await c.settle(nextApi.call('describeGroups', { groups: ['app'] }));
  t.like(group.groups[0], { groupState: 'Stable', protocolData: 'range' });
  t.deepEqual(group.groups[0]!.members.map((m) => m.memberId), [member.memberId]);
  // The member's generation was persisted with its assignment: its commits still count.
  const again = await c.settle(
    nextApi.call('offsetCommit', {
      groupId: 'app',
      generationIdOrMemberEpoch: member.generation,
      memberId: member.memberId,
      groupInstanceId: null,
      topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, committedOffset: 200, committedLeaderEpoch: -1, committedMetadata: null }] }],
    }),
  );
  t.is(again.topics[0]!.partitions[0]!.errorCode, 0);

  // A KIP-848 member of another group gets the topic's partitions from its coordinator.
  const target = await findCoordinator(c, survivor, 'app2');
  const modern = new ConsumerClient(groupApiOf(await c.client(String(target), 'member-3')), { groupId: 'app2', topics: ['orders'] });
  await untilServed(c, () => modern.heartbeat(), (a) => a.errorCode);
  t.is(modern.count(), 3);
});
