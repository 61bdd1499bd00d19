import test from 'ava';
import { batch, cluster } from './helpers.js';

/*
 * Internal topics take no client writes: a Produce to __consumer_offsets (or
 * __transaction_state) is refused per partition with INVALID_TOPIC_EXCEPTION (17), as
 * Kafka's ReplicaManager refuses appends to internal topics, and nothing is stored; the
 * broker's own appends (the group coordinator's, through appendAsLeader) still go in.
 */

const INVALID_TOPIC_EXCEPTION = 17;
const OFFSETS = '__consumer_offsets';

test('a client produce to an internal topic is refused with INVALID_TOPIC_EXCEPTION and nothing is stored', async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, [1, 2, 3], OFFSETS, 'offsets-topic-id-000001');
  await c.controller.create(0, [1, 2, 3], '__transaction_state', 'txn-topic-id-000000001');
  for (const topic of [OFFSETS, '__transaction_state']) {
    for (const acks of [-1, 0, 1] as const) {
      const r = await c.produce(1, batch(2, 'forged'), { acks, topic });
      t.is(r.errorCode, INVALID_TOPIC_EXCEPTION, `${topic} acks=${acks}`);
      t.is(r.baseOffset, -1);
    }
    t.is(c.status(1, 0, topic)!.logEndOffset, 0, `nothing of ${topic} was written`);
  }
});

test("the broker's own appends to __consumer_offsets still go in", async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, [1, 2, 3], OFFSETS, 'offsets-topic-id-000001');
  const epoch = c.status(1, 0, OFFSETS)!.leaderEpoch;
  await c.settle(c.m(1).appendAsLeader(OFFSETS, 0, epoch, batch(2, 'coordinator'), 5000));
  t.is(c.status(1, 0, OFFSETS)!.logEndOffset, 2);
  t.is(c.status(1, 0, OFFSETS)!.highWatermark, 2);
});
