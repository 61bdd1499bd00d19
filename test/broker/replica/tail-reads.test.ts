import test from 'ava';
import { replicaPath } from '../../../engine/broker/replica/replica.js';
import { batch, cluster, TOPIC_ID } from './helpers.js';

/*
 * Followers replicate from the leader's memory: the batches they fetch at the log's end come
 * from the leader log's tail cache (engine/log/tail-cache.ts), not from a storage iterator,
 * which on classic-level costs thread-pool round trips on the path of every acks=all write.
 */

test('followers caught up with the leader fetch new batches without a storage read at the leader', async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, [1, 2, 3]);
  for (let i = 0; i < 3; i++) t.is((await c.produce(1, batch(2, `warm${i}`))).errorCode, 0);
  const area = c.storages.get(1)!.area(...replicaPath(TOPIC_ID, 0)) as unknown as Record<'values' | 'iterator', (...args: unknown[]) => unknown>;
  let opened = 0;
  for (const method of ['values', 'iterator'] as const) {
    const original = area[method]!.bind(area);
    area[method] = (...args: unknown[]) => {
      opened++;
      return original(...args);
    };
  }
  const calls = c.network.calls;
  for (let i = 0; i < 5; i++) t.is((await c.produce(1, batch(3, `b${i}`))).errorCode, 0, 'acks=all: both followers fetched it');
  t.true(c.network.calls > calls, 'the followers fetched');
  for (const id of [2, 3]) t.is(c.status(id)!.logEndOffset, 21);
  t.is(opened, 0, 'no storage iterator was opened at the leader');
});
