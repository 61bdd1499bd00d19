import test from 'ava';
import type { ConsumerMessage, EachBatchPayload } from '../../../engine/broker/client/index.js';
import { str, text } from './helpers.js';
import { groupSetup, keys, oneOwnerEach } from './group-helpers.js';

/* The group consumer's features against the fake coordinator (see group-helpers.ts). */

for (const groupProtocol of ['consumer', 'classic'] as const) {
  test(`${groupProtocol}: one member gets every partition, reads from the beginning, commits what it processed, and leaves on disconnect`, async (t) => {
    const g = await groupSetup(t);
    await g.produce(3);
    const c = g.consumer({ groupId: 'g', groupProtocol });
    const events: string[] = [];
    for (const name of [c.events.GROUP_JOIN, c.events.REBALANCING, c.events.COMMIT_OFFSETS, c.events.HEARTBEAT, c.events.STOP, c.events.DISCONNECT, c.events.CONNECT] as const) {
      c.on(name, (e) => events.push(e.type));
    }
    const seen = await g.start(c);
    await g.until(() => seen.length === 18);
    t.true(oneOwnerEach([c], 6));
    t.is(keys(seen).size, 18);
    await g.until(() => [0, 1, 2, 3, 4, 5].every((p) => g.fake.groups.committed('g', 't', p) === 3));
    await g.produce(1, [2], 3);
    await g.until(() => seen.length === 19 && events.includes('consumer.heartbeat'));
    await g.settle(c.disconnect());
    t.is(g.fake.groups.committed('g', 't', 2), 4, 'disconnect commits what was processed');
    const group = groupProtocol === 'consumer' ? g.fake.groups.consumer.get('g')! : g.fake.groups.classic.get('g')!;
    t.is(group.members.size, 0, 'and leaves the group');
    for (const e of ['consumer.connect', 'consumer.rebalancing', 'consumer.group_join', 'consumer.commit_offsets', 'consumer.heartbeat', 'consumer.stop', 'consumer.disconnect']) t.true(events.includes(e), e);
  });
}

test('keys, values, headers and timestamps arrive as sent', async (t) => {
  const g = await groupSetup(t, { partitions: 1 });
  await g.settle(g.producer.send({ topic: 't', messages: [{ key: 'k', value: 'v', timestamp: 1_600_000_000_123, headers: [{ key: 'a', value: 'x' }, { key: 'b', value: text('1') }, { key: 'b', value: text('2') }] }, { key: null, value: null }] }));
  const c = g.consumer({ groupId: 'g' });
  const seen = await g.start(c);
  await g.until(() => seen.length === 2);
  const [m, n] = seen as [ConsumerMessage, ConsumerMessage];
  t.is(str(m.key), 'k');
  t.is(str(m.value), 'v');
  t.is(m.timestamp, 1_600_000_000_123);
  t.is(str(m.headers.a as Uint8Array), 'x');
  t.deepEqual((m.headers.b as Uint8Array[]).map(str), ['1', '2']);
  t.is(n.key, null);
  t.is(n.value, null);
});

test('a partition starts at its committed offset; without one at autoOffsetReset (latest), or the start with fromBeginning', async (t) => {
  const g = await groupSetup(t, { partitions: 2 });
  await g.produce(4);
  g.fake.groups.offsets.set('g', new Map([['t:0', 3]]));
  const c = g.consumer({ groupId: 'g' });
  const seen: ConsumerMessage[] = [];
  await g.settle(c.connect());
  await g.settle(c.subscribe({ topics: ['t'] }));
  await g.settle(c.run({ eachMessage: async ({ message }) => void seen.push(message) }));
  await g.until(() => seen.length === 1 && c.assignment().length === 2);
  await g.clock.advance(1000);
  await g.produce(1, [1], 4);
  await g.until(() => seen.length === 2);
  t.deepEqual(seen.map((m) => `${m.partition}@${m.offset}`), ['0@3', '1@4'], 'p0 from its commit, p1 from the end');
});

test('a handler that throws is retried from the same message, nothing after it is committed; when retries run out the consumer crashes', async (t) => {
  const g = await groupSetup(t, { partitions: 1 });
  await g.produce(5);
  const c = g.consumer({ groupId: 'g', retry: { retries: 2, initialRetryTimeMs: 10, maxRetryTimeMs: 100 } });
  const attempts: number[] = [];
  let failuresLeft = 1;
  const crashes: string[] = [];
  c.on(c.events.CRASH, (e) => crashes.push(e.payload.error.message));
  await g.settle(c.connect());
  await g.settle(c.subscribe({ topics: ['t'], fromBeginning: true }));
  await g.settle(
    c.run({
      eachMessage: async ({ message }) => {
        attempts.push(message.offset);
        if (message.offset === 2 && failuresLeft-- > 0) throw new Error('transient');
        if (message.offset === 4) throw new Error('poison');
      },
    }),
  );
  await g.until(() => crashes.length > 0);
  t.deepEqual(attempts.slice(0, 5), [0, 1, 2, 2, 3], 'offset 2 again after its failure');
  t.deepEqual(attempts.slice(5), [4, 4, 4], 'the poison message, then its two retries');
  t.deepEqual(crashes, ['poison']);
  await g.until(() => g.fake.groups.consumer.get('g')!.members.size === 0);
  t.is(g.fake.groups.committed('g', 't', 0), 4, 'committed up to the failing message, not past it');
  t.deepEqual(c.assignment(), []);
});

test('auto-commit: by threshold, by interval, or not at all (then commitOffsets)', async (t) => {
  const g = await groupSetup(t, { partitions: 1 });
  await g.produce(10);
  const commitsOf = (groupId: string) => g.fake.groups.commits.filter((c) => c.groupId === groupId).map((c) => c.offset);
  const run = async (groupId: string, options: object, handler: (m: ConsumerMessage) => Promise<void> = async () => {}) => {
    const c = g.consumer({ groupId });
    await g.settle(c.connect());
    await g.settle(c.subscribe({ topics: ['t'], fromBeginning: true }));
    await g.settle(c.run({ ...options, eachMessage: ({ message }) => handler(message) }));
    return c;
  };
  await run('threshold', { autoCommitThreshold: 4 });
  await g.until(() => commitsOf('threshold').includes(8));
  t.deepEqual(commitsOf('threshold'), [4, 8], 'every 4 messages');
  let slow = 0;
  await run('interval', { autoCommitInterval: 1000 }, () => new Promise((resolve) => g.clock.setTimer(300 + slow++, resolve)));
  await g.until(() => commitsOf('interval').length >= 2);
  t.true(commitsOf('interval')[0]! >= 3 && commitsOf('interval')[0]! <= 4, `about every second (${commitsOf('interval')})`);
  const manual = await run('manual', { autoCommit: false });
  await g.clock.advance(3000);
  t.deepEqual(commitsOf('manual'), []);
  await g.settle(manual.commitOffsets([{ topic: 't', partition: 0, offset: 7 }]));
  t.is(g.fake.groups.committed('manual', 't', 0), 7);
  await g.settle(manual.disconnect());
  t.deepEqual(commitsOf('manual'), [7], 'leaving commits nothing without auto-commit');
});

test('eachBatch: resolveOffset commits only what was resolved; partitionsConsumedConcurrently runs partitions at once', async (t) => {
  const g = await groupSetup(t, { partitions: 4 });
  await g.produce(5);
  const c = g.consumer({ groupId: 'g' });
  let running = 0;
  let most = 0;
  const batches: EachBatchPayload['batch'][] = [];
  let stale = false;
  await g.settle(c.connect());
  await g.settle(c.subscribe({ topics: ['t'], fromBeginning: true }));
  await g.settle(
    c.run({
      partitionsConsumedConcurrently: 3,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, isStale }) => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => g.clock.setTimer(50, resolve));
        running--;
        batches.push(batch);
        stale ||= isStale();
        for (const m of batch.messages) if (m.offset < 3) resolveOffset(m.offset);
      },
    }),
  );
  await g.until(() => [0, 1, 2, 3].every((p) => g.fake.groups.committed('g', 't', p) === 3));
  t.is(most, 3, 'three partitions at once');
  const b = batches[0]!;
  t.is(b.highWatermark, 5);
  t.is(b.firstOffset(), 0);
  t.is(b.lastOffset(), 4);
  t.is(b.offsetLag(), 0);
  t.is(b.offsetLagLow(), 4);
  await g.clock.advance(2000);
  t.true(batches.length > 4, 'the unresolved messages are fetched again');
  t.true(batches.slice(4).every((x) => x.firstOffset() === 3), 'from the first one not resolved');
  t.false(stale);
  await g.settle(c.disconnect());
});

test('pause and resume partitions or whole topics; a handler may pause its own partition', async (t) => {
  const g = await groupSetup(t, { partitions: 2 });
  await g.produce(3);
  const c = g.consumer({ groupId: 'g' });
  const seen: string[] = [];
  let resumeOne: (() => void) | null = null;
  await g.settle(c.connect());
  await g.settle(c.subscribe({ topics: ['t'], fromBeginning: true }));
  c.pause([{ topic: 't', partitions: [1] }]);
  await g.settle(
    c.run({
      eachMessage: async ({ partition, message, pause }) => {
        seen.push(`${partition}@${message.offset}`);
        if (partition === 0 && message.offset === 0) resumeOne = pause();
      },
    }),
  );
  await g.until(() => seen.length === 1 && c.assignment().length === 2);
  await g.clock.advance(2000);
  t.deepEqual(seen, ['0@0'], 'p1 paused before run, p0 paused by its handler');
  t.deepEqual(c.paused(), [{ topic: 't', partitions: [0, 1] }]);
  resumeOne!();
  await g.until(() => seen.length === 3);
  t.deepEqual(seen, ['0@0', '0@1', '0@2'], 'p0 resumes after the message that paused it');
  c.pause([{ topic: 't' }]);
  c.resume([{ topic: 't', partitions: [1] }]);
  await g.clock.advance(1000);
  t.is(seen.length, 3, 'a paused topic stays paused');
  c.resume([{ topic: 't' }]);
  await g.until(() => seen.length === 6);
  t.deepEqual(seen.slice(3), ['1@0', '1@1', '1@2']);
  t.deepEqual(c.paused(), []);
});

test('seek moves a partition back or forward; seeking an unassigned partition takes effect when it is assigned', async (t) => {
  const g = await groupSetup(t, { partitions: 2 });
  await g.produce(4);
  const c = g.consumer({ groupId: 'g' });
  const seen: string[] = [];
  await g.settle(c.connect());
  await g.settle(c.subscribe({ topics: ['t'], fromBeginning: true }));
  c.seek({ topic: 't', partition: 1, offset: 3 });
  await g.settle(c.run({ eachMessage: async ({ partition, message }) => void seen.push(`${partition}@${message.offset}`) }));
  await g.until(() => seen.length === 5);
  t.deepEqual(seen.filter((s) => s.startsWith('1@')), ['1@3']);
  c.seek({ topic: 't', partition: 0, offset: 1 });
  await g.until(() => seen.length === 8);
  t.deepEqual(seen.slice(5), ['0@1', '0@2', '0@3']);
  t.throws(() => c.seek({ topic: 't', partition: 0, offset: -1 }), { code: 'BAD_ARGUMENTS' } as never);
});

test('the async iterator: one message at a time, each committed once the next is asked for; break or an AbortSignal ends it and the member leaves', async (t) => {
  const g = await groupSetup(t, { partitions: 1 });
  await g.produce(5);
  const c = g.consumer({ groupId: 'g' });
  await g.settle(c.connect());
  await g.settle(c.subscribe({ topics: ['t'], fromBeginning: true }));
  const read: number[] = [];
  const loop = (async () => {
    for await (const m of c.messages({ autoCommitThreshold: 1 })) {
      read.push(m.offset);
      if (m.offset === 1) await new Promise<void>((resolve) => g.clock.setTimer(1000, resolve));
      if (m.offset === 3) break;
    }
  })();
  await g.until(() => read.length === 2);
  await g.clock.advance(500);
  t.is(g.fake.groups.committed('g', 't', 0), 1, 'offset 1 is in hand: not committed yet');
  await g.settle(loop);
  t.deepEqual(read, [0, 1, 2, 3]);
  t.is(g.fake.groups.committed('g', 't', 0), 3, 'the message in hand at the break is read again by the next owner');
  t.is(g.fake.groups.consumer.get('g')!.members.size, 0, 'the loop’s end leaves the group');

  const again = g.consumer({ groupId: 'g' });
  await g.settle(again.connect());
  await g.settle(again.subscribe({ topics: ['t'] }));
  const abort = new AbortController();
  const more: number[] = [];
  const second = (async () => {
    for await (const m of again.messages({ signal: abort.signal })) more.push(m.offset);
  })();
  await g.until(() => more.length === 2);
  await g.clock.advance(1000);
  abort.abort();
  await g.settle(second);
  t.deepEqual(more, [3, 4]);
  t.is(g.fake.groups.committed('g', 't', 0), 5);
});

test('lag: per owned partition, the high watermark less the position', async (t) => {
  const g = await groupSetup(t, { partitions: 2 });
  await g.produce(4);
  g.fake.groups.offsets.set('g', new Map([['t:1', 1]]));
  const c = g.consumer({ groupId: 'g' });
  const seen: ConsumerMessage[] = [];
  await g.settle(c.connect());
  await g.settle(c.subscribe({ topics: ['t'], fromBeginning: true }));
  c.pause([{ topic: 't', partitions: [1] }]);
  await g.settle(c.run({ eachMessage: async ({ message }) => void seen.push(message) }));
  await g.until(() => seen.length === 4);
  c.pause([{ topic: 't', partitions: [0] }]);
  await g.produce(2, [0, 1], 4);
  await g.clock.advance(500);
  const lag = await g.settle(c.lag());
  t.deepEqual(
    lag.sort((a, b) => a.partition - b.partition),
    [
      { topic: 't', partition: 0, offset: 4, high: 6, lag: 2 },
      { topic: 't', partition: 1, offset: 1, high: 6, lag: 5 },
    ],
  );
});

test('a pattern subscription picks up topics created later', async (t) => {
  const g = await groupSetup(t, { partitions: 1 });
  const c = g.consumer({ groupId: 'g' });
  const seen = await g.start(c, [], [/^t(-.*)?$/]);
  await g.until(() => c.assignment().length === 1);
  g.fake.createTopic('t-2', 2);
  g.fake.createTopic('other', 1);
  await g.produce(1, [0, 1], 0, 't-2');
  await g.clock.advance(400_000); // past metadataMaxAgeMs
  await g.until(() => c.assignment().length === 3 && seen.length === 2);
  t.deepEqual(c.assignment().map((tp) => `${tp.topic}-${tp.partition}`).sort(), ['t-0', 't-2-0', 't-2-1']);
});

test('arguments and states are checked', async (t) => {
  const g = await groupSetup(t);
  t.throws(() => g.consumer({ groupId: '' }), { code: 'BAD_ARGUMENTS' } as never);
  t.throws(() => g.consumer({ groupId: 'g', groupProtocol: 'other' as never }), { code: 'BAD_ARGUMENTS' } as never);
  t.throws(() => g.consumer({ groupId: 'g', partitionAssigners: ['sticky' as never] }), { code: 'BAD_ARGUMENTS' } as never);
  t.throws(() => g.consumer({ groupId: 'g', heartbeatInterval: 10_000, sessionTimeout: 5000 }), { code: 'BAD_ARGUMENTS' } as never);
  const c = g.consumer({ groupId: 'g' });
  await t.throwsAsync(c.subscribe({ topics: ['t'] }), { code: 'INVALID_STATE' });
  await g.settle(c.connect());
  await t.throwsAsync(c.run({ eachMessage: async () => {} }), { code: 'INVALID_STATE' }, 'subscribe first');
  await g.settle(c.subscribe({ topics: ['t'] }));
  await t.throwsAsync(c.run({}), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(c.subscribe({ topics: [] }), { code: 'BAD_ARGUMENTS' });
  await g.settle(c.run({ eachMessage: async () => {} }));
  await t.throwsAsync(c.run({ eachMessage: async () => {} }), { code: 'INVALID_STATE' });
  await t.throwsAsync(c.subscribe({ topics: ['u'] }), { code: 'INVALID_STATE' });
  t.throws(() => c.on('consumer.nothing' as never, () => {}), { code: 'BAD_ARGUMENTS' } as never);
  await g.settle(c.disconnect());
  await t.throwsAsync(c.connect(), { code: 'INVALID_STATE' });
});
