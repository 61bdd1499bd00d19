import test from 'ava';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { Connector, RpcPeer, Router, type Link } from '../../engine/rpc/index.js';
import { PendingConnection } from '../../engine/rpc/pending-connection.js';
import { Random, SimulatedClock } from '../../engine/time/index.js';
import { decodeEnvelope, EnvelopeKind } from '../../transports/envelope.js';
import type { ConnectOptions, Connection, Transport } from '../../transports/transport.js';
import type { LogkeeperError } from '../../engine/errors/index.js';

/*
 * What a Connector's `open` sends at once goes to `transport.connect` as early frames (so a
 * transport that can sends it with its handshake), and a dial that fails reports the
 * transport's own error, not the loss of the request that was waiting on it.
 */

function recording(transport: Transport): Transport & { early: Array<readonly Uint8Array[]> } {
  const early: Array<readonly Uint8Array[]> = [];
  return {
    early,
    get supports() {
      return transport.supports;
    },
    get maxFrameBytes() {
      return transport.maxFrameBytes;
    },
    listen: (...args) => transport.listen(...args),
    connect: (address: string, options?: ConnectOptions) => {
      early.push(options?.early ?? []);
      return transport.connect(address, options);
    },
    close: () => transport.close(),
  };
}

function connector(transport: Transport, clock: SimulatedClock, servers: string[], events: { ready(link: Link): void; fatal(e: LogkeeperError): void }, isFatal = (_: LogkeeperError) => false) {
  return new Connector(
    {
      transport,
      servers,
      clock,
      random: new Random(1),
      router: new Router(),
      requestTimeoutMs: 1000,
      attemptTimeoutMs: () => 1000,
      roundPauseMs: () => 10,
      open: async (peer: RpcPeer) => new TextDecoder().decode(await peer.request('hello', new TextEncoder().encode('hi'))),
      isFatal,
    },
    { ready: events.ready, lost: () => {}, fatal: events.fatal },
  );
}

test('the request open sends at once is handed to connect as an early frame, and answered', async (t) => {
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock, link: { latencyMs: 1 } });
  await network.transport('server').listen('server', (c: Connection) => {
    new RpcPeer(c, { clock, router: new Router().handle('hello', () => new TextEncoder().encode('welcome')) });
  });
  const transport = recording(network.transport('client'));
  let opened: unknown;
  const c = connector(transport, clock, ['server'], { ready: (link) => (opened = link.opened), fatal: () => {} });
  c.start();
  await clock.runUntilSettled(c.whenReady(undefined, 5000), 10_000);
  t.is(opened, 'welcome');
  t.is(transport.early.length, 1);
  t.is(transport.early[0]!.length, 1, 'one early frame: the open request');
  const envelope = decodeEnvelope(transport.early[0]![0]!);
  t.is(envelope.kind, EnvelopeKind.REQUEST);
  t.is(envelope.method, 'hello');
  c.stop(new Error('done') as LogkeeperError);
});

test('a dial that fails reports the transport\'s error, not the loss of the waiting request', async (t) => {
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock, link: { latencyMs: 1 } });
  const seen: string[] = [];
  const fatal = new Promise<LogkeeperError>((resolve) => {
    const c = connector(network.transport('client'), clock, ['nobody'], { ready: () => {}, fatal: resolve }, (e) => {
      seen.push(e.code);
      return true;
    });
    c.start();
  });
  const error = await clock.runUntilSettled(fatal, 10_000);
  t.is(error.code, 'CONNECTION_REFUSED');
  t.deepEqual(seen, ['CONNECTION_REFUSED']);
});

test('a pending connection queues, hands over in order, and closes its handlers on a failed dial', async (t) => {
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock, link: { latencyMs: 1 } });
  const received: number[] = [];
  await network.transport('server').listen('server', (c: Connection) => c.onFrame((f) => received.push(f[0]!)));
  const pending = new PendingConnection('server');
  pending.send(Uint8Array.of(1));
  const early = pending.takeEarly();
  pending.send(Uint8Array.of(2)); // after the outbox was taken, before the connection exists
  const real = await clock.runUntilSettled(network.transport('client').connect('server', { early }), 1000);
  pending.attach(real);
  pending.send(Uint8Array.of(3));
  await clock.advance(10);
  t.deepEqual(received, [1, 2, 3]);

  const failed = new PendingConnection('elsewhere');
  let closedWith: Error | undefined;
  failed.onClose((error) => (closedWith = error));
  failed.fail(new Error('refused'));
  t.is(closedWith?.message, 'refused');
  t.true(failed.closed);
  t.throws(() => failed.send(Uint8Array.of(1)), { code: 'CONNECTION_CLOSED' } as never);
});
