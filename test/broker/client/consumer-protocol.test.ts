import test from 'ava';
import { decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription } from '../../../engine/broker/client/consumer/consumer-protocol.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (h: string) => new Uint8Array(Buffer.from(h.replace(/\s+/g, ''), 'hex'));

test('a Subscription is Kafka’s ConsumerProtocol v3 bytes: version, topics, userData, owned partitions, generation, rack', (t) => {
  const encoded = encodeSubscription({ topics: ['t'], userData: null, ownedPartitions: [{ topic: 't', partitions: [0] }], generationId: 5, rackId: null });
  t.is(hex(encoded), ['0003', '00000001', '0001', '74', 'ffffffff', '00000001', '0001', '74', '00000001', '00000000', '00000005', 'ffff'].join(''));
  t.deepEqual(decodeSubscription(encoded), { topics: ['t'], userData: null, ownedPartitions: [{ topic: 't', partitions: [0] }], generationId: 5, rackId: null });
});

test('an Assignment is Kafka’s ConsumerProtocol bytes; an empty one (no bytes) is no partitions', (t) => {
  const encoded = encodeAssignment({ assignedPartitions: [{ topic: 't', partitions: [0, 1] }], userData: Uint8Array.of(9) });
  t.is(hex(encoded), ['0003', '00000001', '0001', '74', '00000002', '00000000', '00000001', '00000001', '09'].join(''));
  const decoded = decodeAssignment(encoded);
  t.deepEqual(decoded.assignedPartitions, [{ topic: 't', partitions: [0, 1] }]);
  t.deepEqual([...decoded.userData!], [9]);
  t.deepEqual(decodeAssignment(new Uint8Array(0)), { assignedPartitions: [], userData: null });
});

test('older versions decode with the fields they lack defaulted; newer ones with their added fields ignored', (t) => {
  const v0 = bytes('0000 00000002 0001 61 0001 62 00000002 abcd');
  t.deepEqual({ ...decodeSubscription(v0), userData: [...decodeSubscription(v0).userData!] }, { topics: ['a', 'b'], userData: [0xab, 0xcd], ownedPartitions: [], generationId: -1, rackId: null });
  const v1 = bytes('0001 00000001 0001 61 ffffffff 00000001 0001 61 00000001 00000003');
  t.deepEqual(decodeSubscription(v1).ownedPartitions, [{ topic: 'a', partitions: [3] }]);
  const v9 = bytes('0009 00000000 ffffffff 00000000 00000007 0002 7231 deadbeef');
  t.deepEqual(decodeSubscription(v9), { topics: [], userData: null, ownedPartitions: [], generationId: 7, rackId: 'r1' });
});

test('bytes that are not a Subscription are MALFORMED_FRAME', (t) => {
  for (const bad of ['00', '0003 00000001 0005 61', '0003 7fffffff', 'ffff 00000000 ffffffff']) {
    t.throws(() => decodeSubscription(bytes(bad)), { code: 'MALFORMED_FRAME' } as never, bad);
  }
  t.throws(() => decodeAssignment(bytes('0003 00000001')), { code: 'MALFORMED_FRAME' } as never);
});
