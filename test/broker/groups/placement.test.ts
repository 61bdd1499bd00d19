import test from 'ava';
import { coordinatorPartition, javaStringHash } from '../../../engine/broker/groups/placement.js';

test("a group's partition is Kafka's: Utils.abs(groupId.hashCode()) % n, Java's String.hashCode over UTF-16 units", (t) => {
  // Values of Java's String.hashCode.
  t.is(javaStringHash(''), 0);
  t.is(javaStringHash('a'), 97);
  t.is(javaStringHash('hello'), 99162322);
  t.is(javaStringHash('Hello World'), -862545276);
  t.is(javaStringHash('é'), 233);
  t.is(javaStringHash('😀'), 0xd83d * 31 + 0xde00);
  // The one string whose hash is Integer.MIN_VALUE: Kafka's abs gives 0, not a negative partition.
  t.is(javaStringHash('polygenelubricants'), -0x80000000);
  t.is(coordinatorPartition('polygenelubricants', 50), 0);
  t.is(coordinatorPartition('Hello World', 50), 862545276 % 50);
  t.is(coordinatorPartition('hello', 7), 99162322 % 7);
  for (const id of ['', 'g', 'orders-app', 'x'.repeat(1000)]) {
    const p = coordinatorPartition(id, 50);
    t.true(Number.isInteger(p) && p >= 0 && p < 50, id);
  }
});
