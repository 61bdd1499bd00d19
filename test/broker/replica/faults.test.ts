import test, { type ExecutionContext } from 'ava';
import type { ProduceResponse } from '../../../engine/broker/api/types.js';
import { Random } from '../../../engine/time/index.js';
import { batch, cluster, hex, TOPIC, valuesOf } from './helpers.js';

/*
 * Random faults, replayable from a seed: brokers cut off and healed at random, clean leader
 * elections (among the in-sync replicas the state znode names, as a controller does when a
 * leader's session ends), writes with every acks setting sent mostly to the leader and
 * sometimes to a stale one, brokers restarted (their managers closed and opened again on the
 * same storage), time moving in random steps. At the end, with every broker back:
 *
 *   - every write acknowledged with acks=-1 is in the log, at the offset it was given;
 *   - an idempotent producer that retries each batch until it is acknowledged has each of
 *     its records in the log exactly once, in order;
 *   - every replica holds the same bytes below the high watermark;
 *   - nothing failed unexpectedly (no -1 error code, no "unexpectedly" warning).
 */

const STEPS = 150;

async function run(t: ExecutionContext, seed: number): Promise<void> {
  const random = new Random(seed);
  const c = await cluster(t, { config: { replicaLagTimeMs: 400, replicaFetchWaitMaxMs: 50, replicaFetchBackoffMs: 20 }, latencyMs: 3, minInsyncReplicas: 2 });
  await c.controller.create(0, [1, 2, 3]);
  const cut = new Set<number>();
  const pending: Array<Promise<void>> = [];
  const acked = new Map<number, string>();
  const codes = new Map<number, number>();

  // The idempotent producer: one batch at a time, retried (same sequence) until acknowledged.
  let stopProducer = false;
  let sent = 0;
  const refusals: number[] = [];
  const retriable = new Set([3, 6, 7, 19, 20]);
  const producer = (async () => {
    // Once told to stop, it still sees its last batch acknowledged.
    for (let acknowledged = true; !(stopProducer && acknowledged); ) {
      const view = c.zk.view(TOPIC, 0);
      const target = random.chance(0.8) && view.leader >= 0 ? view.leader : random.pick(c.ids);
      const records = batch(1, `p${sent}`, { producerId: 7, producerEpoch: 0, baseSequence: sent });
      if (!c.network.managers.has(target)) {
        await new Promise<void>((resolve) => c.clock.setTimer(20, resolve));
        continue;
      }
      const r = await c.m(target).produce({ acks: -1, timeoutMs: 1000, transactionalId: null, topics: [{ name: TOPIC, partitions: [{ partition: 0, records }] }] });
      const code = r.topics[0]!.partitions[0]!.errorCode;
      acknowledged = code === 0;
      if (acknowledged) sent++;
      // A stale leader (cut off, not told it was replaced) may not know the latest batches: its
      // refusals are the producer's to retry elsewhere. The leader's own are failures.
      else if (!retriable.has(code) && target === view.leader && c.zk.view(TOPIC, 0).leaderEpoch === view.leaderEpoch) refusals.push(code);
      await new Promise<void>((resolve) => c.clock.setTimer(20, resolve));
    }
  })();

  for (let step = 0; step < STEPS; step++) {
    const roll = random.next();
    const view = c.zk.view(TOPIC, 0);
    if (roll < 0.5) {
      const target = random.chance(0.8) && view.leader >= 0 && !cut.has(view.leader) ? view.leader : random.pick(c.ids);
      const acks = random.pick([-1, -1, 1, 0] as const);
      const value = `s${step}`;
      if (!c.network.managers.has(target)) continue;
      const produced = c.m(target).produce({ acks, timeoutMs: 2000, transactionalId: null, topics: [{ name: TOPIC, partitions: [{ partition: 0, records: batch(1, value) }] }] });
      pending.push(
        produced.then((r: ProduceResponse) => {
          const p = r.topics[0]!.partitions[0]!;
          codes.set(p.errorCode, (codes.get(p.errorCode) ?? 0) + 1);
          if (acks === -1 && p.errorCode === 0) acked.set(p.baseOffset, `${value}-0`);
        }),
      );
    } else if (roll < 0.62 && cut.size < 2) {
      const id = random.pick(c.ids.filter((i) => !cut.has(i)));
      cut.add(id);
      c.isolate(id);
    } else if (roll < 0.75 && cut.size > 0) {
      const id = random.pick([...cut]);
      cut.delete(id);
      c.heal(id);
      await c.controller.tell(id);
    } else if (roll < 0.8) {
      const id = random.pick(c.ids);
      await c.stop(id);
      await c.start(id);
      if (cut.has(id)) c.isolate(id);
      else await c.controller.tell(id);
    } else if (roll < 0.88) {
      // The leader's session ended (it is cut off), or a preferred-leader move: a clean election.
      const candidates = view.isr.filter((id) => !cut.has(id) && id !== view.leader);
      if ((cut.has(view.leader) || random.chance(0.3)) && candidates.length > 0) {
        await c.controller.elect(0, random.pick(candidates), view.isr.filter((id) => !cut.has(id)));
      }
    }
    await c.clock.advance(random.int(120));
  }

  for (const id of [...cut]) {
    c.heal(id);
    await c.controller.tell(id);
  }
  await c.settle(Promise.all(pending), 10_000);
  stopProducer = true;
  await c.settle(producer, 10_000);
  t.deepEqual(refusals, [], `seed ${seed}: the idempotent producer was never refused for good`);
  const view = c.zk.view(TOPIC, 0);
  t.true(view.isr.includes(view.leader), `seed ${seed}: the leader ${view.leader} is in the ISR ${view.isr}`);
  await c.until(() => c.status(view.leader)!.isr.length === 3, 20_000);
  t.like(await c.produce(view.leader, batch(1, 'last')), { errorCode: 0 });
  await c.until(() => {
    const end = c.status(view.leader)!.logEndOffset;
    return c.ids.every((id) => c.status(id)!.logEndOffset === end && c.status(id)!.highWatermark === end);
  }, 20_000);
  const hw = c.status(view.leader)!.highWatermark;

  t.true(acked.size > 5, `seed ${seed}: ${acked.size} writes acknowledged by all (codes ${JSON.stringify([...codes])})`);
  t.false(codes.has(-1), `seed ${seed}: no unexpected error`);
  t.false(c.logs.some((l) => l.msg.includes('unexpectedly')), `seed ${seed}: no unexpected failure logged`);

  for (const id of c.ids) await c.stop(id);
  const logs = await c.openLogs();
  let reference: string[] | undefined;
  for (const [id, log] of logs) {
    const batches = await log.read(0, { maxBytes: 1e8, maxOffset: hw });
    const bytes = batches.map((b) => hex(b.bytes));
    if (reference) t.deepEqual(bytes, reference, `seed ${seed}: broker ${id} holds the same bytes below the high watermark`);
    else reference = bytes;
    const records = valuesOf(batches);
    const values = new Map(records);
    for (const [offset, value] of acked) t.is(values.get(offset), value, `seed ${seed}: broker ${id} has acknowledged write ${value} at ${offset}`);
    const produced = records.map(([, v]) => v).filter((v) => v.startsWith('p'));
    t.deepEqual(produced, Array.from({ length: sent }, (_, i) => `p${i}-0`), `seed ${seed}: broker ${id} has the idempotent producer's records once each, in order`);
  }
}

for (const seed of [1, 2, 3, 4]) {
  test(`under random faults and leader changes, acknowledged writes survive and replicas agree below the high watermark (seed ${seed})`, (t) => run(t, seed));
}
