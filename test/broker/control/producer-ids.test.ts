import test from 'ava';
import { kafkaCodeOf } from '../../../engine/errors/index.js';
import { brokerCluster, json, PATHS } from './harness.js';

test('producer id blocks never overlap across brokers, however their requests interleave', async (t) => {
  const c = await brokerCluster(t, { config: { producerIdBlockSize: 10 } });
  const byBroker = new Map<number, number[]>();
  // 3 brokers × 4 rounds × 9 concurrent requests: blocks run out mid-round, on every broker at once.
  for (let round = 0; round < 4; round++) {
    await c.e.settle(Promise.all([...c.brokers.values()].map(async (b) => {
      const ids = await Promise.all(Array.from({ length: 9 }, () => b.producerIds.nextId()));
      byBroker.set(b.id, [...(byBroker.get(b.id) ?? []), ...ids]);
    })));
  }
  const all = [...byBroker.values()].flat();
  t.is(all.length, 3 * 4 * 9);
  t.is(new Set(all).size, all.length, 'no id handed out twice');
  const blocks = new Map<number, number>();
  for (const [broker, ids] of byBroker) for (const id of ids) blocks.set(Math.floor(id / 10), broker);
  for (const [broker, ids] of byBroker) t.true(ids.every((id) => blocks.get(Math.floor(id / 10)) === broker), `broker ${broker} uses only its own blocks`);
  const latest = json((await c.e.settle(c.admin.getData(PATHS.producerIdBlock))).data) as { blockEnd: number; blockStart: number };
  t.is(latest.blockEnd, Math.max(...blocks.keys()) * 10 + 9);
  t.is(latest.blockEnd - latest.blockStart + 1, 10);
});

test('initProducerId: a new id at epoch 0; a bump keeps the id at epoch + 1; an exhausted epoch gets a new id; transactions are refused', async (t) => {
  const c = await brokerCluster(t, { brokers: 1 });
  const ids = c.broker(1).producerIds;
  const init = (producerId: number, producerEpoch: number, transactionalId: string | null = null) =>
    c.e.settle(ids.initProducerId({ transactionalId, transactionTimeoutMs: 60_000, producerId, producerEpoch }));
  const first = await init(-1, -1);
  t.deepEqual(first, { errorCode: 0, producerId: 0, producerEpoch: 0 });
  t.deepEqual(await init(-1, -1), { errorCode: 0, producerId: 1, producerEpoch: 0 });
  t.deepEqual(await init(0, 0), { errorCode: 0, producerId: 0, producerEpoch: 1 });
  t.deepEqual(await init(0, 32765), { errorCode: 0, producerId: 0, producerEpoch: 32766 });
  t.deepEqual(await init(0, 32766), { errorCode: 0, producerId: 2, producerEpoch: 0 }, 'epoch exhausted: a new id');
  const invalid = kafkaCodeOf('BAD_ARGUMENTS');
  t.is(invalid, 42, "Kafka's INVALID_REQUEST");
  t.deepEqual(await init(-1, -1, 'txn'), { errorCode: invalid, producerId: -1, producerEpoch: -1 });
  t.is((await init(5, -1)).errorCode, invalid);
  t.is((await init(-1, 3)).errorCode, invalid);
});
