import test from 'ava';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { Messenger } from '../../engine/consensus/messenger.js';
import { MessageType, message, type Message } from '../../engine/consensus/types.js';
import { SimulatedClock } from '../../engine/time/index.js';

function pair(options: { maxFrameBytes?: number; clusterB?: string } = {}) {
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock });
  const got: Array<{ from: string; address: string; messages: Message[] }> = [];
  const a = new Messenger({
    id: 'a', address: 'raft://a', cluster: 'c1', clock,
    transport: network.transport('a', { maxFrameBytes: options.maxFrameBytes }), onMessages: () => {},
  });
  const b = new Messenger({
    id: 'b', address: 'raft://b', cluster: options.clusterB ?? 'c1', clock,
    transport: network.transport('b', { maxFrameBytes: options.maxFrameBytes }),
    onMessages: (messages, from, address) => got.push({ from, address, messages }),
  });
  return { clock, network, a, b, got };
}

test('messages arrive in order, grouped per frame, naming the sender and its address', async (t) => {
  const { clock, a, b, got } = pair();
  await b.start();
  await a.start();
  a.send('b', 'raft://b', [message({ type: MessageType.Heartbeat, to: 'b', from: 'a', term: 3, seq: 1 })]);
  await clock.advance(50); // connected: from now on each send is one frame
  a.send('b', 'raft://b', [
    message({ type: MessageType.App, to: 'b', from: 'a', term: 3, index: 7 }),
    message({ type: MessageType.Heartbeat, to: 'b', from: 'a', term: 3, seq: 2 }),
  ]);
  await clock.advance(50);
  t.is(got.length, 2);
  t.deepEqual(got.map((g) => g.messages.map((m) => m.type)), [[MessageType.Heartbeat], [MessageType.App, MessageType.Heartbeat]]);
  t.is(got[0]!.from, 'a');
  t.is(got[0]!.address, 'raft://a');
  t.is(got[1]!.messages[0]!.index, 7);
  await a.close();
  await b.close();
});

test('a frame larger than the transport takes goes in pieces and arrives whole', async (t) => {
  const { clock, a, b, got } = pair({ maxFrameBytes: 4096 });
  await b.start();
  const data = new Uint8Array(50_000).map((_, i) => i % 251);
  a.send('b', 'raft://b', [message({
    type: MessageType.Snap, to: 'b', from: 'a', term: 2,
    snapshot: { meta: { index: 10, term: 2, conf: { voters: [{ id: 'a', address: 'raft://a' }], learners: [] } }, data },
  })]);
  await clock.advance(50);
  t.is(got.length, 1);
  t.deepEqual(got[0]!.messages[0]!.snapshot!.data, data);
  t.is(got[0]!.messages[0]!.snapshot!.meta.index, 10);
  t.true(a.stats.framesSent === 1);
  await a.close();
  await b.close();
});

test('a frame from another cluster closes the connection; nothing is delivered', async (t) => {
  const { clock, a, b, got } = pair({ clusterB: 'c2' });
  await b.start();
  a.send('b', 'raft://b', [message({ type: MessageType.Heartbeat, to: 'b', from: 'a', term: 1 })]);
  await clock.advance(50);
  t.is(got.length, 0);
  await a.close();
  await b.close();
});

test('a half-open connection (peer died behind a partition) is detected and redialled', async (t) => {
  const { clock, network, a, got } = pair();
  const b1 = new Messenger({ id: 'b', address: 'raft://b', cluster: 'c1', clock, transport: network.transport('b'), onMessages: () => {}, deadAfterMs: 200 });
  await b1.start();
  const sender = new Messenger({ id: 'a2', address: 'raft://a2', cluster: 'c1', clock, transport: network.transport('a2'), onMessages: () => {}, deadAfterMs: 200, ackIntervalMs: 20 });
  await sender.start();
  const hb = () => sender.send('b', 'raft://b', [message({ type: MessageType.Heartbeat, to: 'b', from: 'a2', term: 1 })]);
  hb();
  await clock.advance(50);
  // b dies while cut off: its reset never reaches a2, whose connection stays open but dead.
  network.partition(['a2'], ['b']);
  network.crash('b');
  await clock.advance(10);
  network.heal();
  const received: string[] = [];
  const b2 = new Messenger({ id: 'b', address: 'raft://b', cluster: 'c1', clock, transport: network.transport('b'), onMessages: (_messages, from) => received.push(from) });
  await b2.start();
  for (let i = 0; i < 20; i++) {
    hb();
    await clock.advance(50);
  }
  t.true(received.length > 0, 'after the dead connection timed out, a new one reached the restarted peer');
  t.is(got.length, 0);
  await Promise.all([a.close(), sender.close(), b2.close()]);
});
