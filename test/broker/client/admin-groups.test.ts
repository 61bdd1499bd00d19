import test from 'ava';
import { groupSetup } from './group-helpers.js';

/* The admin client's consumer-group operations against the fake coordinator. */

async function withGroups(t: Parameters<typeof groupSetup>[0]) {
  const g = await groupSetup(t, { partitions: 3 });
  await g.produce(4);
  const admin = g.client.admin();
  await g.settle(admin.connect());
  const classic = g.consumer({ groupId: 'classic-group', groupProtocol: 'classic', partitionAssigners: ['range'] });
  const modern = g.consumer({ groupId: 'modern-group', groupInstanceId: 'static-1' });
  const seen = [...(await g.start(classic)), ...(await g.start(modern))];
  await g.until(() => classic.assignment().length === 3 && modern.assignment().length === 3);
  await g.until(() => [0, 1, 2].every((p) => g.fake.groups.committed('classic-group', 't', p) === 4 && g.fake.groups.committed('modern-group', 't', p) === 4));
  void seen;
  return { ...g, admin, classic, modern };
}

test('listGroups and describeGroups: state, protocol, members and their assignments, for both protocols', async (t) => {
  const { admin, settle } = await withGroups(t);
  const { groups } = await settle(admin.listGroups());
  t.deepEqual(groups, [
    { groupId: 'classic-group', protocolType: 'consumer', groupState: 'Stable', groupType: 'classic' },
    { groupId: 'modern-group', protocolType: 'consumer', groupState: 'Stable', groupType: 'consumer' },
  ]);
  const described = await settle(admin.describeGroups(['classic-group', 'modern-group', 'nobody']));
  const [c, m, none] = described.groups;
  t.like(c, { errorCode: 0, groupId: 'classic-group', state: 'Stable', protocolType: 'consumer', protocol: 'range', groupType: 'classic' });
  t.is(c!.members.length, 1);
  t.deepEqual(c!.members[0]!.assignment, [{ topic: 't', partitions: [0, 1, 2] }]);
  t.true(c!.members[0]!.memberMetadata.length > 0);
  t.like(m, { errorCode: 0, state: 'Stable', protocol: 'uniform', groupType: 'consumer' });
  t.like(m!.members[0], { groupInstanceId: 'static-1', assignment: [{ topic: 't', partitions: [0, 1, 2] }] });
  t.true(m!.members[0]!.memberEpoch > 0);
  t.like(none, { errorCode: 69, state: 'Dead', members: [] });
});

test('fetchOffsets gives committed offsets with the lag per partition', async (t) => {
  const { admin, settle, produce, modern } = await withGroups(t);
  await settle(modern.disconnect());
  await produce(2, [1], 4);
  const offsets = await settle(admin.fetchOffsets({ groupId: 'modern-group' }));
  t.deepEqual(offsets, [
    {
      topic: 't',
      partitions: [
        { partition: 0, offset: 4, metadata: null, high: 4, lag: 0 },
        { partition: 1, offset: 4, metadata: null, high: 6, lag: 2 },
        { partition: 2, offset: 4, metadata: null, high: 4, lag: 0 },
      ],
    },
  ]);
  const none = await settle(admin.fetchOffsets({ groupId: 'fresh', topics: ['t'] }));
  t.deepEqual(none[0]!.partitions.map((p) => [p.offset, p.lag]), [[-1, null], [-1, null], [-1, null]]);
});

test('resetOffsets and setOffsets move an empty group’s offsets, and refuse a group with members', async (t) => {
  const { admin, settle, fake, classic } = await withGroups(t);
  await t.throwsAsync(settle(admin.setOffsets({ groupId: 'classic-group', topic: 't', partitions: [{ partition: 0, offset: 1 }] })), { code: 'NON_EMPTY_GROUP' });
  await settle(classic.disconnect());
  await settle(admin.resetOffsets({ groupId: 'classic-group', topic: 't', earliest: true }));
  t.deepEqual([0, 1, 2].map((p) => fake.groups.committed('classic-group', 't', p)), [0, 0, 0]);
  await settle(admin.setOffsets({ groupId: 'classic-group', topic: 't', partitions: [{ partition: 2, offset: 3 }] }));
  t.deepEqual([0, 1, 2].map((p) => fake.groups.committed('classic-group', 't', p)), [0, 0, 3]);
  await settle(admin.resetOffsets({ groupId: 'classic-group', topic: 't' }));
  t.deepEqual([0, 1, 2].map((p) => fake.groups.committed('classic-group', 't', p)), [4, 4, 4]);
  await settle(admin.setOffsets({ groupId: 'new-group', topic: 't', partitions: [{ partition: 0, offset: 2 }] }));
  t.is(fake.groups.committed('new-group', 't', 0), 2, 'a group that does not exist yet gets offsets');
  await t.throwsAsync(settle(admin.setOffsets({ groupId: 'new-group', topic: 't', partitions: [{ partition: 0, offset: -3 }] })), { code: 'BAD_ARGUMENTS' });
});

test('deleteGroups deletes empty groups with their offsets; a group with members or none at all is an error', async (t) => {
  const { admin, settle, fake, classic } = await withGroups(t);
  await t.throwsAsync(settle(admin.deleteGroups(['classic-group'])), { code: 'NON_EMPTY_GROUP' });
  await settle(classic.disconnect());
  t.deepEqual(await settle(admin.deleteGroups(['classic-group'])), [{ groupId: 'classic-group', errorCode: 0 }]);
  t.is(fake.groups.committed('classic-group', 't', 0), -1);
  await t.throwsAsync(settle(admin.deleteGroups(['classic-group'])), { code: 'GROUP_ID_NOT_FOUND' });
  t.deepEqual((await settle(admin.listGroups())).groups.map((x) => x.groupId), ['modern-group']);
});

test('group operations find a moved coordinator again', async (t) => {
  const { admin, settle, fake } = await withGroups(t);
  await settle(admin.describeGroups(['classic-group']));
  fake.groups.coordinatorId = 3;
  const [d] = (await settle(admin.describeGroups(['classic-group']))).groups;
  t.is(d!.state, 'Stable');
  t.true(fake.groups.requests.some((r) => r.node === 3 && r.api === 'describeGroups'));
});
