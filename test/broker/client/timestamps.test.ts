import test from 'ava';
import { createBrokerClient } from '../../../engine/broker/client/index.js';
import type { Clock } from '../../../engine/time/index.js';
import { setup } from './helpers.js';

/*
 * A record's default timestamp is the producer's clock in whole milliseconds: the real clock
 * reads fractions of a millisecond, and a Kafka timestamp is an integer.
 */

test('records sent without a timestamp get the clock\'s time in whole milliseconds, also from a clock that reads fractions', async (t) => {
  const { fake, network, clock, settle } = await setup(t);
  fake.createTopic('t', 1);
  const fractional: Clock = { now: () => clock.now() + 0.625, setTimer: (ms, cb) => clock.setTimer(ms, cb), cancel: (timer) => clock.cancel(timer) };
  const client = createBrokerClient({ brokers: ['broker-1'], transport: network.transport('fractional'), clock: fractional, random: 1 });
  t.teardown(() => settle(client.close()));
  const producer = client.producer();
  await settle(producer.connect());
  const sentAt = Math.floor(fractional.now());
  const [sent] = await settle(producer.send({ topic: 't', messages: [{ value: 'v' }] }));
  t.is(sent!.errorCode, 0);
  const consumer = client.partitionConsumer({ autoOffsetReset: 'earliest' });
  consumer.assign([{ topic: 't', partition: 0 }]);
  const [message] = await settle(consumer.poll({ maxWaitMs: 10 }));
  t.true(Number.isInteger(message!.timestamp), `an integer timestamp (${message!.timestamp})`);
  t.is(message!.timestamp, sentAt, 'the time of the send, floored');
});
