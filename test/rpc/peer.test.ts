import test from 'ava';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { SimulatedClock } from '../../engine/time/index.js';
import { RpcPeer, Router, type RpcPeerOptions } from '../../engine/rpc/index.js';
import { ConnectionLossError, NotLeaderError, LogkeeperError } from '../../engine/errors/index.js';
import { encodeEnvelope, EnvelopeKind } from '../../transports/envelope.js';
import type { Connection } from '../../transports/transport.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => new TextEncoder().encode(s);

/** A client RpcPeer connected to a server serving `router`, on simulated time with 1 ms links. */
async function setup(router: Router, options: { client?: RpcPeerOptions; server?: RpcPeerOptions } = {}) {
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock, link: { latencyMs: 1 } });
  let server: RpcPeer | undefined;
  let serverConnection: Connection | undefined;
  await network.transport('server').listen('server', (c) => {
    serverConnection = c;
    server = new RpcPeer(c, { clock, router, ...options.server });
  });
  const connecting = network.transport('client').connect('server');
  await clock.advance(10);
  const connection = await connecting;
  const client = new RpcPeer(connection, { clock, ...options.client });
  const settle = <T>(promise: Promise<T>) => clock.runUntilSettled(promise, 60_000);
  return { clock, network, client, server: () => server!, serverConnection: () => serverConnection!, settle };
}

test('a request gets its answer; many interleave and each gets its own', async (t) => {
  const router = new Router().handle('echo', (p) => p).handle('double', (p) => p.map((x) => x * 2));
  const { client, settle } = await setup(router);
  t.deepEqual([...(await settle(client.request('echo', bytes(1, 2, 3))))], [1, 2, 3]);
  const answers = await settle(Promise.all(Array.from({ length: 100 }, (_, i) => client.request(i % 2 ? 'echo' : 'double', bytes(i)))));
  t.deepEqual(answers.map((a) => a[0]), Array.from({ length: 100 }, (_, i) => (i % 2 ? i : (i * 2) & 0xff)));
});

test('async handlers work, and both ends can serve', async (t) => {
  const { clock, client, server, settle } = await setup(
    new Router().handle('later', (p) => new Promise((resolve) => clock.setTimer(50, () => resolve(p)))),
    { client: { router: new Router().handle('whoami', () => text('client')) } },
  );
  t.deepEqual([...(await settle(client.request('later', bytes(9))))], [9]);
  t.is(new TextDecoder().decode(await settle(server().request('whoami'))), 'client');
});

test('a handler\'s typed error arrives as the same class, with code, retriable and the leader hint', async (t) => {
  const router = new Router()
    .handle('redirect', () => {
      throw new NotLeaderError('not me', { details: { leader: 'node-2' } });
    })
    .handle('boom', async () => {
      throw new Error('plain failure');
    });
  const { client, settle } = await setup(router);
  const redirected = await settle(client.request('redirect')).catch((e: unknown) => e);
  t.true(redirected instanceof NotLeaderError);
  t.like(redirected, { code: 'NOT_LEADER', retriable: true, leader: 'node-2', message: 'not me' });
  const boom = await settle(client.request('boom')).catch((e: unknown) => e);
  t.like(boom, { code: 'INTERNAL', retriable: false, message: 'plain failure' });
  const unknown = await settle(client.request('nope')).catch((e: unknown) => e);
  t.like(unknown, { code: 'UNKNOWN_METHOD' });
});

test('a request times out on the clock, and the server is told to stop', async (t) => {
  let serverSignal: AbortSignal | undefined;
  const router = new Router().handle('hang', (_p, ctx) => {
    serverSignal = ctx.signal;
    return new Promise(() => {});
  });
  const { clock, client, settle } = await setup(router);
  const started = clock.now();
  const error = await settle(client.request('hang', undefined, { timeoutMs: 500 })).catch((e: unknown) => e);
  t.like(error, { code: 'OPERATION_TIMEOUT', retriable: true });
  t.is(clock.now() - started, 500);
  await clock.advance(10);
  t.true(serverSignal?.aborted, 'the handler saw the cancel');
  t.is(client.inFlight, 0);
});

test('closeOnTimeout: a request that gets no answer closes the connection (a peer that died behind a partition never resets it)', async (t) => {
  const { clock, network, client, settle } = await setup(new Router().handle('echo', (p) => p), { client: { closeOnTimeout: true } });
  // The server crashes while the link is cut: no reset reaches the client, the connection stays open.
  network.partition(['client'], ['server']);
  network.crash('server');
  network.heal();
  await clock.advance(10);
  t.false(client.closed, 'half-open: the client has not heard');
  const other = client.request('echo', bytes(2), { timeoutMs: 5000 }).catch((e: unknown) => e);
  const error = await settle(client.request('echo', bytes(1), { timeoutMs: 300 })).catch((e: unknown) => e);
  t.like(error, { code: 'OPERATION_TIMEOUT' });
  t.true(client.closed, 'the timeout closed the connection');
  t.like(await other, { code: 'CONNECTION_LOSS', retriable: true }, 'the other requests on it fail at once, to be sent again on a new connection');
});

test('without closeOnTimeout a timeout leaves the connection open', async (t) => {
  const { client, settle } = await setup(new Router().handle('hang', () => new Promise(() => {})));
  t.like(await settle(client.request('hang', undefined, { timeoutMs: 100 })).catch((e: unknown) => e), { code: 'OPERATION_TIMEOUT' });
  t.false(client.closed);
});

test('an AbortSignal cancels a request', async (t) => {
  let serverSignal: AbortSignal | undefined;
  const { clock, client } = await setup(new Router().handle('hang', (_p, ctx) => ((serverSignal = ctx.signal), new Promise(() => {}))));
  const controller = new AbortController();
  const pending = client.request('hang', undefined, { signal: controller.signal }).catch((e: unknown) => e);
  await clock.advance(5);
  controller.abort();
  t.like(await pending, { code: 'ABORTED' });
  await clock.advance(5);
  t.true(serverSignal?.aborted);
  t.like(await client.request('x', undefined, { signal: AbortSignal.abort() }).catch((e: unknown) => e), { code: 'ABORTED' });
});

test('connection loss fails every pending request with a retriable ConnectionLoss', async (t) => {
  const { clock, network, client } = await setup(new Router().handle('hang', () => new Promise(() => {})), {
    client: { maxInFlight: 2 },
  });
  const pending = Array.from({ length: 5 }, () => client.request('hang').catch((e: unknown) => e));
  await clock.advance(5);
  t.is(client.inFlight, 2);
  t.is(client.queued, 3);
  network.crash('server');
  await clock.advance(5);
  for (const error of await Promise.all(pending)) {
    t.true(error instanceof ConnectionLossError);
    t.true((error as LogkeeperError).retriable);
  }
  t.true(client.closed);
  t.like(await client.request('hang').catch((e: unknown) => e), { code: 'CONNECTION_LOSS' }, 'and every later one');
});

test('at most maxInFlight requests are on the wire; the rest wait their turn', async (t) => {
  let active = 0;
  let peak = 0;
  const { clock, client, settle } = await setup(
    new Router().handle('work', (p) => {
      peak = Math.max(peak, ++active);
      return new Promise((resolve) =>
        clock.setTimer(10, () => {
          active--;
          resolve(p);
        }),
      );
    }),
    { client: { maxInFlight: 4 } },
  );
  const answers = await settle(Promise.all(Array.from({ length: 40 }, (_, i) => client.request('work', bytes(i)))));
  t.is(peak, 4);
  t.deepEqual(answers.map((a) => a[0]), Array.from({ length: 40 }, (_, i) => i));
});

test('a server past maxServing refuses with a retriable TOO_MANY_REQUESTS', async (t) => {
  const { clock, client } = await setup(new Router().handle('hang', () => new Promise(() => {})), { server: { maxServing: 2 } });
  const pending = Array.from({ length: 3 }, () => client.request('hang', undefined, { timeoutMs: 1000 }).catch((e: unknown) => e));
  await clock.advance(10);
  t.like(await pending[2], { code: 'TOO_MANY_REQUESTS', retriable: true });
});

test('a push stream delivers in order, and a slow reader holds the writer back (credit)', async (t) => {
  let written = 0;
  const { clock, client } = await setup(
    new Router().handleStream('count', async (p, stream) => {
      for (let i = 0; i < p[0]!; i++) {
        await stream.write(bytes(i));
        written++;
      }
      stream.end();
    }),
  );
  const stream = client.openStream('count', bytes(100), { window: 8 });
  await clock.advance(100);
  t.is(written, 8, 'the writer stops at the window while nobody reads');
  const got: number[] = [];
  const reading = (async () => {
    for await (const m of stream) got.push(m[0]!);
  })();
  await clock.runUntilTrue(() => got.length === 100);
  await reading;
  t.deepEqual(got, Array.from({ length: 100 }, (_, i) => i));
});

test('cancelling a stream aborts the writer; a stream error arrives typed; loss ends streams', async (t) => {
  let signal: AbortSignal | undefined;
  const { clock, network, client } = await setup(
    new Router()
      .handleStream('forever', (_p, stream) => {
        signal = stream.signal;
        void stream.write(bytes(1));
      })
      .handleStream('fail', (_p, stream) => stream.fail(new NotLeaderError('elsewhere', { details: { leader: 'n3' } })))
      .handleStream('hang', () => {}),
  );
  const forever = client.openStream('forever');
  await clock.advance(10);
  const first = await forever.next();
  t.deepEqual([...first.value!], [1]);
  forever.cancel();
  await clock.advance(10);
  t.true(signal?.aborted);
  t.true((await forever.next()).done);

  const failing = client.openStream('fail');
  await clock.advance(10);
  t.like(await failing.next().catch((e: unknown) => e), { code: 'NOT_LEADER', leader: 'n3' });

  const unknown = client.openStream('nope');
  await clock.advance(10);
  t.like(await unknown.next().catch((e: unknown) => e), { code: 'UNKNOWN_METHOD' });

  const hanging = client.openStream('hang');
  const next = hanging.next().catch((e: unknown) => e);
  network.crash('server');
  await clock.advance(10);
  t.like(await next, { code: 'CONNECTION_LOSS', retriable: true });
});

test('garbage from the peer closes the connection instead of being processed', async (t) => {
  const { clock, client, serverConnection } = await setup(new Router().handle('hang', () => new Promise(() => {})));
  const pending = client.request('hang').catch((e: unknown) => e);
  await clock.advance(5);
  serverConnection().send(bytes(0xff, 0xff, 0xff));
  await clock.advance(5);
  const error = await pending;
  t.like(error, { code: 'CONNECTION_LOSS' });
  t.like((error as Error).cause, { code: 'MALFORMED_FRAME' });
  t.true(client.closed);
});

test('an unknown envelope kind is a protocol error, not a crash', async (t) => {
  const { clock, client, serverConnection } = await setup(new Router());
  serverConnection().send(encodeEnvelope({ kind: 99 as EnvelopeKind, id: 1 }));
  await clock.advance(5);
  t.true(client.closed);
});

test('a response too large for a frame becomes a FRAME_TOO_LARGE error for the caller', async (t) => {
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock });
  const router = new Router().handle('big', () => new Uint8Array(2000));
  await network.transport('s', { maxFrameBytes: 1000 }).listen('s', (c) => new RpcPeer(c, { clock, router }));
  const connecting = network.transport('c').connect('s');
  await clock.advance(1);
  const client = new RpcPeer(await connecting, { clock });
  const pending = client.request('big').catch((e: unknown) => e);
  await clock.advance(5);
  t.like(await pending, { code: 'FRAME_TOO_LARGE' });
  t.like(await client.request('x', new Uint8Array(20_000_000)).catch((e: unknown) => e), { code: 'FRAME_TOO_LARGE' });
});

for (const receiver of ['client', 'server'] as const) {
  test(`a ${receiver} sent a frame over its own limit (the sender's is larger) closes with FRAME_TOO_LARGE; the waiting request fails with it as the cause, nothing throws`, async (t) => {
    const clock = new SimulatedClock();
    const network = new MemoryNetwork({ clock });
    const limits = receiver === 'client' ? { s: 1_000_000, c: 1000 } : { s: 1000, c: 1_000_000 };
    const router = new Router().handle('big', () => new Uint8Array(2000)).handle('small', () => bytes(1));
    let server: RpcPeer | undefined;
    await network.transport('s', { maxFrameBytes: limits.s }).listen('s', (c) => void (server = new RpcPeer(c, { clock, router })));
    const dial = async () => {
      const connecting = network.transport('c', { maxFrameBytes: limits.c }).connect('s');
      await clock.advance(1);
      return new RpcPeer(await connecting, { clock });
    };
    const client = await dial();
    const closes: unknown[] = [];
    client.onClose((e) => closes.push(e));
    server!.onClose((e) => closes.push(e));
    const pending = client.request(receiver === 'client' ? 'big' : 'small', receiver === 'client' ? bytes() : new Uint8Array(2000)).catch((e: unknown) => e);
    await clock.advance(5);
    const error = await pending;
    t.like(error, { code: 'CONNECTION_LOSS', retriable: true });
    t.like((error as Error).cause, { code: 'FRAME_TOO_LARGE' });
    t.true(client.closed && server!.closed);
    t.is(closes.length, 2);
    for (const e of closes) t.like(e, { code: 'FRAME_TOO_LARGE' }, 'both ends know why');
    // The process goes on: a new connection answers.
    const again = await dial();
    const answer = again.request('small');
    await clock.advance(5);
    t.deepEqual([...(await answer)], [1]);
  });
}

test('notices are one way: delivered in order with requests, unknown ones dropped, nothing sent back', async (t) => {
  const seen: string[] = [];
  const router = new Router()
    .handleNotice('note', (p, context) => {
      seen.push(`note ${p[0]}`);
      t.is(context.method, 'note');
    })
    .handle('ask', (p) => {
      seen.push(`ask ${p[0]}`);
      return p;
    });
  const { client, serverConnection, settle, clock } = await setup(router);
  const answered = client.request('ask', bytes(1));
  client.notify('note', bytes(2));
  client.notify('nobody-listens', bytes(3));
  client.notify('note', bytes(4));
  await settle(answered);
  await clock.advance(10);
  t.deepEqual(seen, ['ask 1', 'note 2', 'note 4']);
  t.false(serverConnection().closed, 'an unknown notice does not close the connection');
  t.is(client.inFlight, 0);
});

test('a notice handler that throws closes the connection (there is no one to answer)', async (t) => {
  const router = new Router().handleNotice('bad', () => {
    throw new Error('cannot take it');
  });
  const { client, clock } = await setup(router);
  const closed = new Promise<void>((resolve) => client.onClose(() => resolve()));
  client.notify('bad');
  await clock.runUntilSettled(closed, 1000);
  t.true(client.closed);
  t.throws(() => client.notify('bad'), { code: 'CONNECTION_LOSS' });
});
