import test from 'ava';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { Messenger } from '../../engine/rpc/messenger.js';
import { SimulatedClock } from '../../engine/time/index.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

function pair(options: { maxFrameBytes?: number; clusterB?: string } = {}) {
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock });
  const got: Array<{ from: string; address: string; payload: Uint8Array }> = [];
  const a = new Messenger({
    id: 'a', address: 'peer://a', cluster: 'c1', clock,
    transport: network.transport('a', { maxFrameBytes: options.maxFrameBytes }), onMessage: () => {},
  });
  const b = new Messenger({
    id: 'b', address: 'peer://b', cluster: options.clusterB ?? 'c1', clock,
    transport: network.transport('b', { maxFrameBytes: options.maxFrameBytes }),
    onMessage: (payload, from, address) => got.push({ from, address, payload }),
  });
  return { clock, network, a, b, got };
}

test('messages arrive in order, whole, naming the sender and its address', async (t) => {
  const { clock, a, b, got } = pair();
  await b.start();
  await a.start();
  a.send('b', 'peer://b', bytes(1));
  await clock.advance(50); // connected: from now on each send is one frame
  a.send('b', 'peer://b', bytes(2, 2));
  a.send('b', 'peer://b', bytes(3, 3, 3));
  await clock.advance(50);
  t.deepEqual(got.map((g) => [...g.payload]), [[1], [2, 2], [3, 3, 3]]);
  t.true(got.every((g) => g.from === 'a' && g.address === 'peer://a'));
  await a.close();
  await b.close();
});

test('an empty payload is not a message (empty frames are the acknowledgements)', async (t) => {
  const { clock, a, b, got } = pair();
  await b.start();
  a.send('b', 'peer://b', new Uint8Array(0));
  a.send('b', 'peer://b', bytes(7));
  await clock.advance(50);
  t.deepEqual(got.map((g) => [...g.payload]), [[7]]);
  await a.close();
  await b.close();
});

test('a message larger than the transport takes goes in pieces and arrives whole', async (t) => {
  const { clock, a, b, got } = pair({ maxFrameBytes: 4096 });
  await b.start();
  const data = new Uint8Array(50_000).map((_, i) => i % 251);
  a.send('b', 'peer://b', data);
  await clock.advance(50);
  t.is(got.length, 1);
  t.deepEqual(got[0]!.payload, data);
  t.is(a.stats.framesSent, 1);
  await a.close();
  await b.close();
});

test('a frame from another cluster closes the connection; nothing is delivered', async (t) => {
  const { clock, a, b, got } = pair({ clusterB: 'c2' });
  await b.start();
  a.send('b', 'peer://b', bytes(1));
  await clock.advance(50);
  t.is(got.length, 0);
  await a.close();
  await b.close();
});

test('a half-open connection (peer died behind a partition) is detected and redialled', async (t) => {
  const { clock, network, a, got } = pair();
  const b1 = new Messenger({ id: 'b', address: 'peer://b', cluster: 'c1', clock, transport: network.transport('b'), onMessage: () => {}, deadAfterMs: 200 });
  await b1.start();
  const sender = new Messenger({ id: 'a2', address: 'peer://a2', cluster: 'c1', clock, transport: network.transport('a2'), onMessage: () => {}, deadAfterMs: 200, ackIntervalMs: 20 });
  await sender.start();
  const hb = () => sender.send('b', 'peer://b', bytes(9));
  hb();
  await clock.advance(50);
  // b dies while cut off: its reset never reaches a2, whose connection stays open but dead.
  network.partition(['a2'], ['b']);
  network.crash('b');
  await clock.advance(10);
  network.heal();
  const received: string[] = [];
  const b2 = new Messenger({ id: 'b', address: 'peer://b', cluster: 'c1', clock, transport: network.transport('b'), onMessage: (_payload, from) => received.push(from) });
  await b2.start();
  for (let i = 0; i < 20; i++) {
    hb();
    await clock.advance(50);
  }
  t.true(received.length > 0, 'after the dead connection timed out, a new one reached the restarted peer');
  t.is(got.length, 0);
  await Promise.all([a.close(), sender.close(), b2.close()]);
});
