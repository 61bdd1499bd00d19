import test from 'ava';
import { decodeEnvelope, EnvelopeKind } from '../../transports/envelope.js';
import type { Connection, Transport } from '../../transports/transport.js';
import { pb } from '../../engine/coordination/codec.js';
import { EventType } from '../../engine/coordination/types.js';
import { single } from './helpers.js';

/*
 * One-shot watches (getData, exists, getChildren) as the server keeps them: once one fires,
 * the server must drop it from its own table. The Keeper consumes its copy too, so a server
 * that kept its watches would look right through the client (one callback per watch) while it
 * sent a notice for every later change and kept every watch in memory. These tests read the
 * server's counts and the notices that reach the client's connection, below the Keeper.
 */

const NAMES: Record<number, string> = {
  [EventType.NodeCreated]: 'NodeCreated',
  [EventType.NodeDeleted]: 'NodeDeleted',
  [EventType.NodeDataChanged]: 'NodeDataChanged',
  [EventType.NodeChildrenChanged]: 'NodeChildrenChanged',
};

/** A transport whose connections record the watch notices they receive, as 'Type path'. */
function tapped(transport: Transport, notices: string[]): Transport {
  const tap = (c: Connection): Connection => ({
    get localAddress() { return c.localAddress; },
    get remoteAddress() { return c.remoteAddress; },
    get closed() { return c.closed; },
    get bufferedAmount() { return c.bufferedAmount; },
    send: (frame) => c.send(frame),
    onFrame: (handler) => c.onFrame((frame) => {
      const envelope = decodeEnvelope(frame);
      if (envelope.kind === EnvelopeKind.NOTICE && envelope.method === 'keeper.event') {
        const event = pb.WatcherEvent.decode(envelope.payload);
        if (event.type !== EventType.None) notices.push(`${NAMES[event.type] ?? event.type} ${event.path}`);
      }
      handler(frame);
    }),
    onClose: (handler) => c.onClose(handler),
    onDrain: (handler) => c.onDrain(handler),
    close: () => c.close(),
  });
  return {
    supports: transport.supports,
    maxFrameBytes: transport.maxFrameBytes,
    listen: (address, onConnection, options) => transport.listen(address, onConnection, options),
    connect: async (address, options) => tap(await transport.connect(address, options)),
    close: () => transport.close(),
  };
}

async function setup(t: Parameters<typeof single>[0]) {
  const env = await single(t);
  const notices: string[] = [];
  const watcher = await env.connect({ transport: tapped(env.network.transport('watcher'), notices) });
  const writer = await env.connect();
  return { ...env, notices, watcher, writer };
}

test('a one-shot watch that fired is gone from the server\'s table, and a second change sends the client no second notice (data, exist, child)', async (t) => {
  const { settle, server, notices, watcher, writer } = await setup(t);
  await settle(writer.create('/d', 'a'));
  await settle(writer.create('/c'));
  const noop = () => {};
  const cases: Array<{ kind: string; watch: () => Promise<unknown>; change: () => Promise<unknown>; again: () => Promise<unknown>; notice: string }> = [
    { kind: 'data', watch: () => watcher.getData('/d', noop), change: () => writer.setData('/d', 'b'), again: () => writer.setData('/d', 'c'), notice: 'NodeDataChanged /d' },
    { kind: 'exist', watch: () => watcher.exists('/e', noop), change: () => writer.create('/e'), again: () => writer.delete('/e'), notice: 'NodeCreated /e' },
    { kind: 'child', watch: () => watcher.getChildren('/c', noop), change: () => writer.create('/c/1'), again: () => writer.create('/c/2'), notice: 'NodeChildrenChanged /c' },
  ];
  for (const c of cases) {
    notices.length = 0;
    await settle(c.watch());
    t.is(server.watchCount, 1, `${c.kind}: registered on the server`);
    t.is(server.watcherCount, 1, `${c.kind}: one watching connection`);
    await settle(c.change());
    await settle(watcher.sync('/'));
    t.deepEqual(notices, [c.notice], `${c.kind}: the change sent one notice`);
    t.is(server.watchCount, 0, `${c.kind}: the fired watch left the server's table`);
    t.is(server.watcherCount, 0, `${c.kind}: the connection watches nothing more`);
    await settle(c.again());
    await settle(watcher.sync('/'));
    t.deepEqual(notices, [c.notice], `${c.kind}: a second change sent no second notice`);
  }
});

test('one-shot watches do not leak on the server: many set-and-fire cycles leave its counts at zero', async (t) => {
  const { settle, server, notices, watcher, writer } = await setup(t);
  await settle(writer.create('/n', '0'));
  const noop = () => {};
  const cycles = 100;
  for (let i = 1; i <= cycles; i++) {
    await settle(watcher.getData('/n', noop));
    await settle(watcher.exists('/n', noop));
    await settle(watcher.getChildren('/n', noop));
    await settle(writer.setData('/n', String(i))); // fires the data and exist watches
    await settle(writer.create(`/n/${i}`)); // fires the child watch
  }
  await settle(watcher.sync('/'));
  t.is(notices.length, 2 * cycles, 'one notice per connection and change: data+exist together, then the child');
  t.is(server.watchCount, 0);
  t.is(server.watcherCount, 0);
});
