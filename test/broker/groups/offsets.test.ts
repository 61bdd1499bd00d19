import test from 'ava';
import { kafkaCodeOf, type ErrorCode } from '../../../engine/errors/index.js';
import type { OffsetCommitRequest } from '../../../engine/broker/api/group-types.js';
import { ClassicClient } from './classic-client.js';
import { ConsumerClient } from './consumer-client.js';
import { fixture } from './helpers.js';

/*
 * Offsets and the groups' administration: OffsetCommit / OffsetFetch / OffsetDelete,
 * DescribeGroups, ListGroups, DeleteGroups.
 */

const code = (c: ErrorCode) => kafkaCodeOf(c);

const adminCommit = (groupId: string, offsets: Record<number, number>, topic = 't'): OffsetCommitRequest => ({
  groupId,
  generationIdOrMemberEpoch: -1,
  memberId: '',
  groupInstanceId: null,
  topics: [{ name: topic, partitions: Object.entries(offsets).map(([p, o]) => ({ partitionIndex: Number(p), committedOffset: o, committedLeaderEpoch: 3, committedMetadata: `at ${o}` })) }],
});

test('a standalone consumer or an admin commits with generation -1 while the group is empty; fetches read them back', async (t) => {
  const f = await fixture();
  f.topics.add('t', 3);
  const answer = await f.settle(f.api.offsetCommit(adminCommit('solo', { 0: 10, 2: 30 })));
  t.deepEqual(answer.topics[0]!.partitions.map((p) => p.errorCode), [0, 0]);
  const fetched = await f.settle(f.api.offsetFetch({ groups: [{ groupId: 'solo', memberId: null, memberEpoch: -1, topics: [{ name: 't', partitionIndexes: [0, 1, 2] }] }], requireStable: true }));
  t.deepEqual(fetched.groups[0]!.topics[0]!.partitions, [
    { partitionIndex: 0, committedOffset: 10, committedLeaderEpoch: 3, metadata: 'at 10', errorCode: 0 },
    { partitionIndex: 1, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
    { partitionIndex: 2, committedOffset: 30, committedLeaderEpoch: 3, metadata: 'at 30', errorCode: 0 },
  ]);
  const all = await f.settle(f.api.offsetFetch({ groups: [{ groupId: 'solo', memberId: null, memberEpoch: -1, topics: null }, { groupId: 'none', memberId: null, memberEpoch: -1, topics: null }], requireStable: false }));
  t.deepEqual(all.groups[0]!.topics[0]!.partitions.map((p) => p.partitionIndex), [0, 2]);
  t.deepEqual(all.groups[1], { groupId: 'none', errorCode: 0, topics: [] });
  // The group exists now, empty (Kafka's "simple" group).
  const listed = await f.settle(f.api.listGroups({ statesFilter: [], typesFilter: [] }));
  t.deepEqual(listed.groups, [{ groupId: 'solo', protocolType: '', groupState: 'Empty', groupType: 'classic' }]);
});

test('commits are checked: unknown partitions, metadata too long; an admin may not commit for a group with members', async (t) => {
  const f = await fixture({ offsetMetadataMaxBytes: 8 });
  f.topics.add('t', 2);
  const long = { ...adminCommit('g', { 0: 1 }), topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 1, committedLeaderEpoch: -1, committedMetadata: 'é'.repeat(5) }] }] };
  t.is((await f.settle(f.api.offsetCommit(long))).topics[0]!.partitions[0]!.errorCode, code('OFFSET_METADATA_TOO_LARGE'));
  t.deepEqual((await f.settle(f.api.offsetCommit(adminCommit('g', { 0: 1, 2: 1 })))).topics[0]!.partitions.map((p) => p.errorCode), [0, code('UNKNOWN_TOPIC_OR_PARTITION')]);
  t.is((await f.settle(f.api.offsetCommit(adminCommit('g', { 0: 1 }, 'nope')))).topics[0]!.partitions[0]!.errorCode, code('UNKNOWN_TOPIC_OR_PARTITION'));
  const member = new ClassicClient(f.api);
  await f.settle(member.join());
  await f.settle(member.join());
  await f.settle(member.sync(2));
  t.is((await f.settle(f.api.offsetCommit(adminCommit('g', { 0: 5 })))).topics[0]!.partitions[0]!.errorCode, code('UNKNOWN_MEMBER_ID'));
  t.is(await f.settle(member.commit(0, 7)), 0);
  const nowhere = { ...adminCommit('new', { 0: 1 }), generationIdOrMemberEpoch: 3, memberId: 'm' };
  t.is((await f.settle(f.api.offsetCommit(nowhere))).topics[0]!.partitions[0]!.errorCode, code('ILLEGAL_GENERATION'));
});

test('OffsetDelete: not while the members subscribe to the topic; DeleteGroups: only empty groups, offsets and all', async (t) => {
  const f = await fixture();
  f.topics.add('t', 2);
  f.topics.add('old', 1);
  await f.settle(f.api.offsetCommit(adminCommit('g', { 0: 4 })));
  await f.settle(f.api.offsetCommit(adminCommit('g', { 0: 9 }, 'old')));
  const member = new ClassicClient(f.api);
  await f.settle(member.join());
  await f.settle(member.join());
  await f.settle(member.sync(2));
  const deleted = await f.settle(f.api.offsetDelete({ groupId: 'g', topics: [{ name: 't', partitions: [0] }, { name: 'old', partitions: [0] }] }));
  t.deepEqual(deleted.topics.map((x) => x.partitions[0]!.errorCode), [code('GROUP_SUBSCRIBED_TO_TOPIC'), 0]);
  t.is((await f.settle(f.api.offsetDelete({ groupId: 'missing', topics: [] }))).errorCode, code('GROUP_ID_NOT_FOUND'));
  t.deepEqual((await f.settle(f.api.deleteGroups({ groupsNames: ['g', 'missing'] }))).results.map((r) => r.errorCode), [code('NON_EMPTY_GROUP'), code('GROUP_ID_NOT_FOUND')]);
  t.is(await f.settle(member.leave()), 0);
  t.deepEqual((await f.settle(f.api.deleteGroups({ groupsNames: ['g'] }))).results, [{ groupId: 'g', errorCode: 0 }]);
  const after = await f.settle(f.api.offsetFetch({ groups: [{ groupId: 'g', memberId: null, memberEpoch: -1, topics: null }], requireStable: false }));
  t.deepEqual(after.groups[0]!.topics, []);
  t.like((await f.settle(f.api.describeGroups({ groups: ['g'] }))).groups[0], { groupState: 'Dead', errorCode: 0 });
});

test('ListGroups filters by state and type; DescribeGroups shows the classic ones, ConsumerGroupDescribe the KIP-848 ones', async (t) => {
  const f = await fixture();
  f.topics.add('t', 2);
  const classic = new ClassicClient(f.api, { groupId: 'classic' });
  await f.settle(classic.join());
  await f.settle(classic.join());
  await f.settle(classic.sync(2));
  const consumer = new ConsumerClient(f.api, { groupId: 'modern' });
  await f.settle(consumer.heartbeat());
  await f.settle(f.api.offsetCommit(adminCommit('simple', { 0: 1 })));
  const list = async (statesFilter: string[], typesFilter: string[]) =>
    (await f.settle(f.api.listGroups({ statesFilter, typesFilter }))).groups.map((g) => `${g.groupId}:${g.groupType}:${g.groupState}`).sort();
  t.deepEqual(await list([], []), ['classic:classic:Stable', 'modern:consumer:Stable', 'simple:classic:Empty']);
  t.deepEqual(await list(['stable'], []), ['classic:classic:Stable', 'modern:consumer:Stable']);
  t.deepEqual(await list([], ['consumer']), ['modern:consumer:Stable']);
  const described = await f.settle(f.api.describeGroups({ groups: ['classic', 'modern'] }));
  t.like(described.groups[0], { groupState: 'Stable', protocolData: 'range' });
  t.deepEqual(described.groups[0]!.members.map((m) => JSON.parse(new TextDecoder().decode(m.memberAssignment))), [[0, 1]]);
  t.like(described.groups[1], { groupState: 'Dead' });
  const modern = await f.settle(f.api.consumerGroupDescribe({ groupIds: ['modern', 'classic'] }));
  t.like(modern.groups[0], { errorCode: 0, groupState: 'Stable', groupEpoch: 1 });
  t.is(modern.groups[1]!.errorCode, code('GROUP_ID_NOT_FOUND'));
});

test('the protocols do not mix: a classic JoinGroup may not enter a KIP-848 group with members, nor the reverse; an empty group changes hands', async (t) => {
  const f = await fixture();
  f.topics.add('t', 2);
  const modern = new ConsumerClient(f.api, { groupId: 'g' });
  await f.settle(modern.heartbeat());
  const classic = new ClassicClient(f.api, { groupId: 'g', instanceId: 'x' });
  t.is((await f.settle(classic.join())).errorCode, code('INCONSISTENT_GROUP_PROTOCOL'));
  await f.settle(modern.leave());
  t.is((await f.settle(classic.join())).errorCode, 0, 'empty: the classic member takes the group over');
  t.is((await f.settle(new ConsumerClient(f.api, { groupId: 'g' }).heartbeat())).errorCode, code('GROUP_ID_NOT_FOUND'));
});

test('a coordinator on a clock that reads fractions of a millisecond (a real one) writes its records with whole-millisecond timestamps', async (t) => {
  const f = await fixture({}, 1_700_000_000_000.625);
  f.topics.add('t', 1);
  const member = new ClassicClient(f.api);
  await f.settle(member.join());
  const joined = await f.settle(member.join());
  t.is(joined.errorCode, 0, 'the group metadata record was written');
  await f.settle(member.sync());
  t.is(await f.settle(member.commit(0, 5)), 0, 'and the offset commit');
});
