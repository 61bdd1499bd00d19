import test from 'ava';
import {
  brokerCodec,
  controllerEpochCodec,
  MalformedZnodeError,
  partitionStateCodec,
  producerIdBlockCodec,
  topicCodec,
  topicConfigCodec,
  type ZnodeCodec,
} from '../../../engine/broker/metadata/layout.js';
import { randomId } from '../../../engine/broker/metadata/random-id.js';
import { decideLeadership } from '../../../engine/broker/controller/leadership.js';
import { placeReplicas } from '../../../engine/broker/controller/placement.js';
import type { PartitionView } from '../../../engine/broker/metadata/types.js';
import { Random } from '../../../engine/time/random.js';
import type { LogkeeperError } from '../../../engine/errors/index.js';

const text = (s: string) => new TextEncoder().encode(s);
const id = randomId(new Random(1));

test('each znode round-trips through its codec', (t) => {
  const cases: Array<[ZnodeCodec<unknown>, unknown]> = [
    [brokerCodec, { version: 1, id: 3, address: 'tcp://h:1', rack: 'r1', listeners: { kafka: 'h:9092' }, timestamp: 5 }],
    [topicCodec, { version: 1, id, partitions: { '0': [1, 2], '1': [2, 3] } }],
    [partitionStateCodec, { version: 1, leader: 2, leaderEpoch: 4, isr: [2], controllerEpoch: 3, leaderBrokerEpoch: 17 }],
    [topicConfigCodec, { version: 1, config: { 'retention.ms': '1' } }],
    [producerIdBlockCodec, { version: 1, brokerId: 1, blockStart: 1000, blockEnd: 1999 }],
    [controllerEpochCodec, 12],
  ];
  for (const [codec, value] of cases) t.deepEqual(codec.decode(codec.encode(value), '/p'), value);
  t.is(controllerEpochCodec.decode(text('"7"'), '/controller_epoch'), 7, 'a quoted number is read too');
  const older = partitionStateCodec.decode(text('{"version":1,"leader":2,"leaderEpoch":4,"isr":[2],"controllerEpoch":3}'), '/state');
  t.is(older.leaderBrokerEpoch, -1, "a state written before the leader's broker epoch was recorded: unknown");
});

test('bad znode data is a typed MalformedZnodeError naming the path, never a crash later', (t) => {
  const bad: Array<[ZnodeCodec<unknown>, string]> = [
    [partitionStateCodec, 'not json'],
    [partitionStateCodec, '[1]'],
    [partitionStateCodec, '{"version":2,"leader":1,"leaderEpoch":0,"isr":[1],"controllerEpoch":1}'],
    [partitionStateCodec, '{"version":1,"leader":"1","leaderEpoch":0,"isr":[1],"controllerEpoch":1}'],
    [partitionStateCodec, '{"version":1,"leader":1,"leaderEpoch":0,"isr":[1,1],"controllerEpoch":1}'],
    [partitionStateCodec, '{"version":1,"leader":1,"leaderEpoch":-1,"isr":[1],"controllerEpoch":1}'],
    [topicCodec, `{"version":1,"id":"${id}","partitions":{"0":[1],"2":[1]}}`],
    [topicCodec, `{"version":1,"id":"${id}","partitions":{"0":[]}}`],
    [topicCodec, '{"version":1,"id":"short","partitions":{"0":[1]}}'],
    [brokerCodec, '{"version":1,"id":1,"address":"","rack":null,"listeners":{},"timestamp":1}'],
    [topicConfigCodec, '{"version":1,"config":{"retention.ms":1}}'],
    [producerIdBlockCodec, '{"version":1,"brokerId":1,"blockStart":10,"blockEnd":9}'],
    [controllerEpochCodec, '-1'],
  ];
  for (const [codec, data] of bad) {
    const error = t.throws(() => codec.decode(text(data), '/some/znode'), { instanceOf: MalformedZnodeError }, data);
    t.is(error?.path, '/some/znode');
    t.is(error?.code, 'INTERNAL');
  }
  t.throws(() => partitionStateCodec.decode(new Uint8Array([0xff, 0xfe]), '/x'), { instanceOf: MalformedZnodeError });
});

test('ids: 22 characters of base64url, never starting with "-", the same for the same seed', (t) => {
  const random = new Random('ids');
  const ids = Array.from({ length: 500 }, () => randomId(random));
  t.true(ids.every((x) => /^[A-Za-z0-9_][A-Za-z0-9_-]{20}[AQgw]$/.test(x)));
  t.is(new Set(ids).size, ids.length);
  t.deepEqual(Array.from({ length: 5 }, () => randomId(new Random('same'))), Array(5).fill(randomId(new Random('same'))));
});

test('placement is even over many partitions for any broker count and factor; leaders always within one', (t) => {
  const random = new Random('placement');
  for (let brokers = 1; brokers <= 7; brokers++) {
    const ids = Array.from({ length: brokers }, (_, i) => 10 + i * 3);
    for (let factor = 1; factor <= Math.min(brokers, 4); factor++) {
      for (const partitions of [brokers * 4, brokers * 7, brokers * 4 + 1, 1]) {
        const placed = placeReplicas(ids, partitions, factor, random);
        const leaders = new Map(ids.map((i) => [i, 0]));
        const hosted = new Map(ids.map((i) => [i, 0]));
        for (const r of placed) {
          t.is(new Set(r).size, factor);
          leaders.set(r[0]!, leaders.get(r[0]!)! + 1);
          for (const x of r) hosted.set(x, hosted.get(x)! + 1);
        }
        const spread = (m: Map<number, number>) => Math.max(...m.values()) - Math.min(...m.values());
        t.true(spread(leaders) <= 1, `leaders: ${brokers} brokers, factor ${factor}, ${partitions} partitions`);
        if (partitions % brokers === 0) t.true(spread(hosted) <= 1, `replicas: ${brokers} brokers, factor ${factor}, ${partitions} partitions`);
      }
    }
  }
  t.is(t.throws<LogkeeperError>(() => placeReplicas([1, 2], 3, 3, random))?.code, 'INVALID_REPLICATION_FACTOR');
  t.is(t.throws<LogkeeperError>(() => placeReplicas([1, 2], 0, 1, random))?.code, 'INVALID_PARTITIONS');
});

test('the leadership rule: clean moves in replica order, ISR shrink, offline, unclean', (t) => {
  // Brokers registered at zxid 10 + id, before the state (mzxid 100) was written.
  const p = (leader: number, isr: number[], replicas = [1, 2, 3]): PartitionView =>
    ({ version: 1, topic: 't', partition: 0, replicas, leader, leaderEpoch: 4, isr, controllerEpoch: 1, leaderBrokerEpoch: leader < 0 ? -1 : 10 + leader, zkVersion: 0, mzxid: 100 });
  const live = (...ids: number[]) => new Map(ids.map((id) => [id, 10 + id]));
  t.is(decideLeadership(p(1, [1, 2, 3]), live(1, 2, 3), false, 2), null);
  t.deepEqual(decideLeadership(p(1, [1, 2, 3]), live(1, 3), false, 2)?.state, { version: 1, leader: 1, leaderEpoch: 4, isr: [1, 3], controllerEpoch: 1, leaderBrokerEpoch: 11 });
  t.deepEqual(decideLeadership(p(1, [1, 3, 2]), live(2, 3), false, 2)?.state, { version: 1, leader: 2, leaderEpoch: 5, isr: [3, 2], controllerEpoch: 2, leaderBrokerEpoch: 12 }, 'replica order picks 2');
  t.deepEqual(decideLeadership(p(1, [1, 3]), live(2), false, 2)?.state, { version: 1, leader: -1, leaderEpoch: 5, isr: [1, 3], controllerEpoch: 2, leaderBrokerEpoch: -1 });
  t.is(decideLeadership(p(-1, [1, 3]), live(2), false, 2), null, 'already offline');
  t.deepEqual(decideLeadership(p(-1, [1, 3]), live(2, 3), false, 2)?.state, { version: 1, leader: 3, leaderEpoch: 5, isr: [3], controllerEpoch: 2, leaderBrokerEpoch: 13 }, 'an ISR member is back');
  const unclean = decideLeadership(p(1, [1, 3]), live(2), true, 2);
  t.true(unclean?.unclean);
  t.deepEqual(unclean?.state, { version: 1, leader: 2, leaderEpoch: 5, isr: [2], controllerEpoch: 2, leaderBrokerEpoch: 12 });
});

test('the leadership rule: a restarted broker (a registration newer than the state) counts as dead, then as a follower that must catch up', (t) => {
  const p = (leader: number, isr: number[]): PartitionView =>
    ({ version: 1, topic: 't', partition: 0, replicas: [1, 2, 3], leader, leaderEpoch: 4, isr, controllerEpoch: 1, leaderBrokerEpoch: 11, zkVersion: 0, mzxid: 100 });
  // Broker 1 registered again at zxid 200 (a new process: what its old one held may be lost).
  const brokers = new Map([[1, 200], [2, 12], [3, 13]]);
  t.deepEqual(decideLeadership(p(1, [1, 2, 3]), brokers, false, 2)?.state, { version: 1, leader: 2, leaderEpoch: 5, isr: [2, 3], controllerEpoch: 2, leaderBrokerEpoch: 12 }, 'the leadership moves; 1 leaves the ISR');
  t.deepEqual(decideLeadership(p(1, [1]), brokers, false, 2)?.state, { version: 1, leader: 1, leaderEpoch: 6, isr: [1], controllerEpoch: 2, leaderBrokerEpoch: 200 }, 'the last in-sync replica leads again, at a new epoch, under its new registration');
  t.deepEqual(decideLeadership({ ...p(2, [2, 1, 3]), leaderBrokerEpoch: 12 }, brokers, false, 2)?.state, { version: 1, leader: 2, leaderEpoch: 4, isr: [2, 3], controllerEpoch: 1, leaderBrokerEpoch: 12 }, 'a restarted follower leaves the ISR');
  t.is(decideLeadership({ ...p(2, [2, 1, 3]), leaderBrokerEpoch: 12, mzxid: 300 }, brokers, false, 2), null, 'the state is newer than the registration: nothing to do');
  t.is(decideLeadership({ ...p(1, [1, 2, 3]), leaderBrokerEpoch: -1, mzxid: 300 }, brokers, false, 2)?.state.leader, 2, 'a state that does not name its leader\'s epoch is decided again');
});
