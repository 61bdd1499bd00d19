import test from 'ava';
import { decodeRecord, encodeRecord } from '../../../engine/broker/groups/records/records.js';
import { SchemaWriter } from '../../../engine/broker/groups/records/schema-bytes.js';
import type { GroupRecord } from '../../../engine/broker/groups/records/types.js';
import { plain } from '../api/arbitrary.js';

const hex = (b: Uint8Array | null) => (b === null ? null : Buffer.from(b).toString('hex'));
const roundTrip = (r: GroupRecord) => {
  const { key, value } = encodeRecord(r);
  return decodeRecord(key, value);
};

test("offsets and classic groups are Kafka's own records: OffsetCommitKey v1 / value v3, GroupMetadataKey v2 / value v3, byte for byte", (t) => {
  const offset = encodeRecord({ kind: 'offset', groupId: 'g', topic: 't', partition: 3, value: { offset: 5, leaderEpoch: 2, metadata: 'm', commitTimestamp: 7 } });
  t.is(hex(offset.key), '0001' + '000167' + '000174' + '00000003');
  t.is(hex(offset.value), '0003' + '0000000000000005' + '00000002' + '00016d' + '0000000000000007');
  const group = encodeRecord({
    kind: 'classic',
    groupId: 'g',
    value: {
      protocolType: 'consumer',
      generation: 4,
      protocol: 'range',
      leader: null,
      currentStateTimestamp: 9,
      members: [{ memberId: 'm', groupInstanceId: null, clientId: 'c', clientHost: 'h', rebalanceTimeout: 300, sessionTimeout: 45, subscription: Uint8Array.of(1), assignment: Uint8Array.of() }],
    },
  });
  t.is(hex(group.key), '0002' + '000167');
  const member = '00016d' + 'ffff' + '000163' + '000168' + '0000012c' + '0000002d' + '0000000101' + '00000000';
  t.is(hex(group.value), '0003' + '0008' + Buffer.from('consumer').toString('hex') + '00000004' + '0005' + Buffer.from('range').toString('hex') + 'ffff' + '0000000000000009' + '00000001' + member);
  t.is(encodeRecord({ kind: 'classic', groupId: 'g', value: null }).value, null);
});

test('every kind of record survives encode and decode; tombstones too', (t) => {
  const tp = [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [0, 2] }];
  const records: GroupRecord[] = [
    { kind: 'offset', groupId: 'g', topic: 'orders', partition: 1, value: { offset: 2 ** 40, leaderEpoch: -1, metadata: '', commitTimestamp: 1_700_000_000_000 } },
    { kind: 'offset', groupId: 'g', topic: 'orders', partition: 1, value: null },
    { kind: 'classic', groupId: 'g', value: { protocolType: '', generation: 1, protocol: null, leader: null, currentStateTimestamp: -1, members: [] } },
    { kind: 'consumerGroup', groupId: 'ü', value: { groupEpoch: 3, assignmentEpoch: 2, topics: [{ topicId: 'x', name: 'orders', partitions: 6 }] } },
    {
      kind: 'consumerMember',
      groupId: 'g',
      memberId: 'm',
      value: {
        instanceId: 'i',
        rackId: null,
        clientId: '',
        clientHost: '',
        subscribedTopicNames: ['a', 'b'],
        subscribedTopicRegex: 'o.*',
        serverAssignor: null,
        rebalanceTimeoutMs: 300000,
        memberEpoch: -2,
        previousMemberEpoch: 4,
        state: 1,
        assigned: tp,
        pendingRevocation: [],
      },
    },
    { kind: 'consumerMember', groupId: 'g', memberId: 'm', value: null },
    { kind: 'consumerTarget', groupId: 'g', memberId: 'm', value: { assignment: tp } },
    { kind: 'consumerTarget', groupId: 'g', memberId: 'm', value: null },
  ];
  for (const r of records) t.deepEqual(plain(roundTrip(r)), plain(r), r.kind);
});

test("older versions of Kafka's values are read: OffsetCommitValue v1 (expire timestamp), GroupMetadataValue v0", (t) => {
  const key = new SchemaWriter().int16(0).string('g').string('t').int32(0).finish();
  const v1 = new SchemaWriter().int16(1).int64(42).string('meta').int64(5).int64(99).finish();
  t.deepEqual(decodeRecord(key, v1), { kind: 'offset', groupId: 'g', topic: 't', partition: 0, value: { offset: 42, leaderEpoch: -1, metadata: 'meta', commitTimestamp: 5 } });
  const groupKey = new SchemaWriter().int16(2).string('g').finish();
  const v0 = new SchemaWriter()
    .int16(0)
    .string('consumer')
    .int32(1)
    .nullableString('range')
    .nullableString('m')
    .array([0], (w) => w.string('m').string('c').string('h').int32(10).bytes(Uint8Array.of(7)).bytes(Uint8Array.of(8)))
    .finish();
  const decoded = decodeRecord(groupKey, v0);
  t.like(decoded, { kind: 'classic', value: { generation: 1, currentStateTimestamp: -1, members: [{ memberId: 'm', groupInstanceId: null, rebalanceTimeout: 10, sessionTimeout: 10 }] } });
});

test('a key type this version does not know is skipped (null); bytes that are wrong are CORRUPT_RECORD', (t) => {
  t.is(decodeRecord(new SchemaWriter().int16(3).string('g').finish(), Uint8Array.of(0, 0)), null);
  const key = encodeRecord({ kind: 'offset', groupId: 'g', topic: 't', partition: 0, value: null }).key;
  t.throws(() => decodeRecord(key, Uint8Array.of(0, 3, 0, 0)), { code: 'CORRUPT_RECORD' } as never);
  t.throws(() => decodeRecord(key, new SchemaWriter().int16(9).finish()), { code: 'CORRUPT_RECORD' } as never);
  t.throws(() => decodeRecord(key.subarray(0, 4), null), { code: 'CORRUPT_RECORD' } as never);
  const hugeArray = new SchemaWriter().int16(0).int32(1).int32(1).int32(0x7fffffff).finish();
  t.throws(() => decodeRecord(encodeRecord({ kind: 'consumerGroup', groupId: 'g', value: null }).key, hugeArray), { code: 'CORRUPT_RECORD' } as never);
});
