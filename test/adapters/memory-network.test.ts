import test from 'ava';
import { MemoryNetwork, type TraceEvent } from '../../adapters/memory/index.js';
import { SimulatedClock } from '../../engine/time/index.js';
import type { Connection } from '../../transports/transport.js';

/** A network on simulated time with node `a` connected to a listener on node `b`. */
async function connected(options: ConstructorParameters<typeof MemoryNetwork>[0] = {}) {
  const clock = new SimulatedClock(0);
  const network = new MemoryNetwork({ clock, ...options });
  let server: Connection | undefined;
  await network.transport('b').listen('b', (c) => (server = c));
  const connecting = network.transport('a').connect('b');
  await clock.runUntilTrue(() => server !== undefined);
  await clock.advance(1000);
  const client = await connecting;
  const received: Array<{ at: number; frame: number }> = [];
  server!.onFrame((f) => received.push({ at: clock.now(), frame: f[0]! }));
  return { clock, network, client, server: server!, received };
}

test('latency is what the link says, per direction', async (t) => {
  const { clock, network, client, server, received } = await connected({ link: { latencyMs: 10 } });
  network.setLink('b', 'a', { latencyMs: 50 });
  const start = clock.now();
  client.send(Uint8Array.of(1));
  await clock.advance(9);
  t.is(received.length, 0, 'not before the latency');
  await clock.advance(1);
  t.deepEqual(received, [{ at: start + 10, frame: 1 }]);
  const back: number[] = [];
  client.onFrame(() => back.push(clock.now()));
  server.send(Uint8Array.of(2));
  await clock.advance(100);
  t.deepEqual(back, [start + 10 + 50], 'the other direction has its own latency');
});

test('jitter delays frames within its range but never reorders them', async (t) => {
  const { clock, client, received } = await connected({ link: { latencyMs: 5, jitterMs: 20 }, random: 3 });
  // A burst: each frame waits for the one before it.
  for (let i = 0; i < 200; i++) client.send(Uint8Array.of(i));
  await clock.advance(100);
  t.deepEqual(received.map((r) => r.frame), Array.from({ length: 200 }, (_, i) => i));
  // Spaced out: each frame's delay is drawn on its own, within [latency, latency + jitter].
  const delays: number[] = [];
  for (let i = 0; i < 50; i++) {
    const sent = clock.now();
    client.send(Uint8Array.of(i));
    await clock.advance(30);
    delays.push(received.at(-1)!.at - sent);
  }
  t.true(delays.every((d) => d >= 5 && d <= 25), delays.join());
  t.true(new Set(delays).size > 40, 'delays vary');
});

test('a drop rate loses about that share of frames', async (t) => {
  const { clock, client, received } = await connected({ link: { dropRate: 0.3 }, random: 11 });
  for (let i = 0; i < 1000; i++) client.send(Uint8Array.of(i & 0xff));
  await clock.advance(10);
  t.true(received.length > 600 && received.length < 800, `${received.length} of 1000 arrived`);
});

test('a symmetric partition cuts both directions until healed; connections stay open', async (t) => {
  const { clock, network, client, server, received } = await connected();
  const back: number[] = [];
  client.onFrame((f) => back.push(f[0]!));
  network.partition(['a'], ['b']);
  client.send(Uint8Array.of(1));
  server.send(Uint8Array.of(2));
  await clock.advance(100);
  t.deepEqual(received, []);
  t.deepEqual(back, []);
  t.false(client.closed || server.closed, 'a partition is silence, not a close');
  network.heal();
  client.send(Uint8Array.of(3));
  server.send(Uint8Array.of(4));
  await clock.advance(100);
  t.deepEqual(received.map((r) => r.frame), [3]);
  t.deepEqual(back, [4]);
});

test('a one-way block cuts one direction only', async (t) => {
  const { clock, network, client, server, received } = await connected();
  const back: number[] = [];
  client.onFrame((f) => back.push(f[0]!));
  network.block('a', 'b');
  client.send(Uint8Array.of(1));
  server.send(Uint8Array.of(2));
  await clock.advance(100);
  t.deepEqual(received, []);
  t.deepEqual(back, [2]);
  network.unblock('a', 'b');
  client.send(Uint8Array.of(3));
  await clock.advance(100);
  t.deepEqual(received.map((r) => r.frame), [3]);
});

test('connecting across a partition times out; to a node nobody listens on is refused', async (t) => {
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock, connectTimeoutMs: 500, link: { latencyMs: 5 } });
  await network.transport('b').listen('b', () => {});
  network.partition(['a'], ['b']);
  const a = network.transport('a');
  const across = a.connect('b').catch((e: unknown) => e);
  await clock.advance(499);
  const refused = a.connect('nobody').catch((e: unknown) => e);
  await clock.advance(20);
  t.like(await refused, { code: 'CONNECTION_REFUSED', retriable: true });
  t.like(await across, { code: 'CONNECT_TIMEOUT', retriable: true });
});

test('a crash closes the node at once and its peers see a reset after the latency', async (t) => {
  const { clock, network, client, server } = await connected({ link: { latencyMs: 7 } });
  const closes: Array<{ side: string; at: number; code?: string }> = [];
  client.onClose((e) => closes.push({ side: 'a', at: clock.now(), code: (e as { code?: string })?.code }));
  server.onClose((e) => closes.push({ side: 'b', at: clock.now(), code: (e as { code?: string })?.code }));
  const start = clock.now();
  network.crash('b');
  await clock.advance(100);
  t.deepEqual(closes, [
    { side: 'b', at: start, code: 'CONNECTION_LOSS' },
    { side: 'a', at: start + 7, code: 'CONNECTION_LOSS' },
  ]);
  const again = network.transport('a').connect('b').catch((e: unknown) => e);
  await clock.advance(100);
  t.like(await again, { code: 'CONNECTION_REFUSED' }, 'its listener is gone');
  await network.transport('b').listen('b', () => {});
  t.pass('a restarted node listens at its address again');
});

test('send returns false above the high-water mark and drain follows', async (t) => {
  const { clock, client } = await connected({ highWaterMark: 1000, link: { latencyMs: 10 } });
  t.true(client.send(new Uint8Array(600)));
  t.false(client.send(new Uint8Array(600)));
  t.is(client.bufferedAmount, 1200);
  let drained = false;
  client.onDrain(() => (drained = true));
  await clock.advance(20);
  t.true(drained);
  t.is(client.bufferedAmount, 0);
});

/** A small workload with faults and jitter; returns the network's trace. */
async function run(seed: number): Promise<TraceEvent[]> {
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock, random: seed, trace: true, link: { latencyMs: 1, jitterMs: 9, dropRate: 0.05 } });
  for (const node of ['n1', 'n2', 'n3']) {
    await network.transport(node).listen(node, (c) => c.onFrame((f) => c.send(f)));
  }
  const clients = await Promise.all(
    ['n2', 'n3'].map(async (to) => {
      const p = network.transport(`c-${to}`).connect(to);
      await clock.advance(50);
      return p;
    }),
  );
  for (let i = 0; i < 50; i++) {
    for (const c of clients) c.send(Uint8Array.of(i));
    if (i === 20) network.partition(['c-n2'], ['n2']);
    if (i === 30) network.heal();
    await clock.advance(3);
  }
  network.crash('n3');
  await clock.advance(100);
  return network.trace!;
}

test('one seed gives one trace', async (t) => {
  const first = await run(1234);
  const second = await run(1234);
  t.true(first.length > 100);
  t.deepEqual(second, first);
  t.notDeepEqual(await run(99), first, 'another seed gives another trace');
  const types = new Set(first.map((e) => e.type));
  for (const type of ['connect', 'accept', 'send', 'deliver', 'drop', 'close', 'crash']) t.true(types.has(type as never), type);
});

test("a frame above the receiver's limit closes the connection at both ends with FRAME_TOO_LARGE, as a socket does", async (t) => {
  const clock = new SimulatedClock(0);
  const network = new MemoryNetwork({ clock });
  let server: Connection | undefined;
  await network.transport('b', { maxFrameBytes: 1000 }).listen('b', (c) => (server = c));
  const connecting = network.transport('a', { maxFrameBytes: 1 << 20 }).connect('b');
  await clock.runUntilTrue(() => server !== undefined);
  await clock.advance(1000);
  const client = await connecting;
  const received: number[] = [];
  server!.onFrame((f) => received.push(f.byteLength));
  const closes: Array<[string, string | undefined]> = [];
  server!.onClose((e) => closes.push(['server', (e as { code?: string } | undefined)?.code]));
  client.onClose((e) => closes.push(['client', (e as { code?: string } | undefined)?.code]));
  client.send(new Uint8Array(1000));
  client.send(new Uint8Array(1001));
  client.send(new Uint8Array(10));
  await clock.runUntilTrue(() => closes.length === 2);
  t.deepEqual(received, [1000], 'the frame at the limit arrives; nothing after the one above it');
  t.deepEqual(closes.sort(), [['client', 'FRAME_TOO_LARGE'], ['server', 'FRAME_TOO_LARGE']]);
});
