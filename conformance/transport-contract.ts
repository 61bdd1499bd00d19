import type { ExecutionContext, TestFn } from 'ava';
import { SUPPORT_KEYS } from '../transports/supports.js';
import type { Connection } from '../transports/transport.js';
import type { ConformanceOptions } from './options.js';
import {
  World,
  closeOf,
  deferred,
  frameNumber,
  hasCode,
  nextFrames,
  numberedFrame,
  outcome,
  patternBytes,
  receiving,
  sameBytes,
  within,
} from './helpers.js';
import { sequenceProblem } from './sequence.js';

/** How many round trips may try to come back within the session timeout. */
const TRIES = 5;

/**
 * The transport contract: what the engine relies on from any adapter. Each test builds a
 * fresh world from the factory, so ava may run them concurrently.
 */
export function transportContract(test: TestFn, options: ConformanceOptions): void {
  const title = (what: string) => `${options.name} › transport › ${what}`;
  const world = (t: ExecutionContext) => World.create(t, options);

  test(title('declares a frozen, complete supports manifest of booleans'), async (t) => {
    const w = await world(t);
    const transport = await w.transport();
    for (const manifest of [options.supports, transport.supports]) {
      t.true(Object.isFrozen(manifest), 'the manifest is frozen');
      t.deepEqual(Object.keys(manifest).sort(), [...SUPPORT_KEYS].sort(), 'every known key, no other');
      for (const key of SUPPORT_KEYS) t.is(typeof manifest[key], 'boolean', `${key} is a boolean`);
    }
    t.deepEqual(transport.supports, options.supports, 'the suite was told what the transport declares');
  });

  test(title('listens, connects, and carries frames both ways'), async (t) => {
    const w = await world(t);
    const { server, client } = await w.pair();
    t.false(client.closed);
    t.false(server.closed);
    t.is(typeof client.localAddress, 'string');
    t.is(typeof client.remoteAddress, 'string');
    const atServer = nextFrames(server, 1);
    client.send(Uint8Array.of(1, 2, 3));
    t.deepEqual([...(await w.within(atServer, 'a frame at the server'))[0]!], [1, 2, 3]);
    const atClient = nextFrames(client, 1);
    server.send(Uint8Array.of(4, 5));
    t.deepEqual([...(await w.within(atClient, 'a frame at the client'))[0]!], [4, 5]);
  });

  test(title('a frame comes back on an idle connection within the shortest session timeout of the engine\'s tests'), async (t) => {
    const w = await world(t);
    const { address } = await w.echoListener(await w.transport());
    const client = await w.within((await w.transport()).connect(address), 'connect');
    // The engine's tests give sessions timing.timeoutMs / 10 at the shortest (1 s by default).
    const bound = w.timeoutMs / 10;
    const arrivals = new Map<number, () => void>();
    client.onFrame((frame) => arrivals.get(frameNumber(frame))?.());
    const roundTrip = async (i: number) => {
      const back = deferred<void>();
      arrivals.set(i, () => back.resolve());
      const started = performance.now();
      client.send(numberedFrame(i, 16));
      await within(back.promise, bound, `the echo of frame ${i}`);
      return performance.now() - started;
    };
    // Several tries, so that the stalls of a loaded machine do not fail an adapter.
    let best = Infinity;
    for (let i = 0; i < TRIES && best > bound; i++) best = Math.min(best, await roundTrip(i).catch(() => Infinity));
    t.true(best <= bound, `no frame came back within ${bound} ms in ${TRIES} tries: frames later than the shortest session timeout of the engine's tests (timing.timeoutMs / 10) expire its sessions; an adapter slow by design declares a longer timing.timeoutMs`);
  });

  test(title('early frames given to connect arrive first, in order, before what is sent after it'), async (t) => {
    const w = await world(t);
    const serverTransport = await w.transport();
    const clientTransport = await w.transport();
    const accepted = deferred<Connection>();
    const listener = await serverTransport.listen(w.fixture.listenAddress(), (c) => accepted.resolve(c));
    const early = [Uint8Array.of(1), new Uint8Array(0), patternBytes(70_000, 3)];
    const client = await w.within(clientTransport.connect(listener.address, { early }), 'connect');
    client.send(Uint8Array.of(4));
    const server = await w.within(accepted.promise, 'the server to accept');
    const frames = await w.within(nextFrames(server, 4), 'the early frames, then the later one');
    t.deepEqual(frames.map((f) => f.byteLength), [1, 0, 70_000, 1], 'in the order given, then the frame sent after connect');
    t.true(sameBytes(frames[2]!, early[2]!), 'intact');
    t.is(frames[3]![0], 4);
    const tooLarge = await outcome(clientTransport.connect(listener.address, { early: [new Uint8Array(clientTransport.maxFrameBytes + 1)] }));
    t.true(hasCode(tooLarge, 'FRAME_TOO_LARGE'), `an early frame above maxFrameBytes is refused with FRAME_TOO_LARGE (got ${tooLarge?.message})`);
  });

  test(title('10,000 frames arrive in order, each way'), async (t) => {
    const w = await world(t);
    const { server, client } = await w.pair();
    const count = 10_000;
    const atServer = receiving(server, count);
    const atClient = receiving(client, count);
    for (let i = 0; i < count; i++) {
      client.send(numberedFrame(i, i % 97));
      server.send(numberedFrame(count - i, i % 89));
    }
    const [up, down] = await w.within(Promise.all([atServer.frames, atClient.frames]), `${count} frames each way`).catch((error: Error) => {
      throw new Error(`${error.message}: at the server, ${atServer.status()}; at the client, ${atClient.status()}`);
    });
    const upProblem = sequenceProblem(up.map(frameNumber), Array.from({ length: count }, (_, i) => i));
    const downProblem = sequenceProblem(down.map(frameNumber), Array.from({ length: count }, (_, i) => count - i));
    t.true(upProblem === null, `client → server: ${upProblem}`);
    t.true(downProblem === null, `server → client: ${downProblem}`);
    t.true(up.every((frame, i) => sameBytes(frame, numberedFrame(i, i % 97))), 'client → server frames arrive intact');
    t.true(down.every((frame, i) => frame.byteLength === 4 + (i % 89)), 'server → client frames arrive whole');
  });

  test(title('a 0-byte frame and a 4 MiB frame arrive intact'), async (t) => {
    const w = await world(t);
    const { server, client } = await w.pair();
    const big = patternBytes(4 * 1024 * 1024, 7);
    const received = nextFrames(server, 3);
    client.send(new Uint8Array(0));
    client.send(big);
    client.send(new Uint8Array(0));
    const [a, b, c] = await w.within(received, 'the frames');
    t.is(a!.byteLength, 0);
    t.is(b!.byteLength, big.byteLength);
    t.true(sameBytes(b!, big), 'the 4 MiB frame is byte-identical');
    t.is(c!.byteLength, 0);
  });

  test(title('the sender may reuse its buffer after send'), async (t) => {
    const w = await world(t);
    const { server, client } = await w.pair();
    const received = nextFrames(server, 2);
    const buffer = Uint8Array.of(1, 1, 1);
    client.send(buffer);
    buffer.fill(2);
    client.send(buffer);
    const [first, second] = await w.within(received, 'two frames');
    t.deepEqual([...first!], [1, 1, 1]);
    t.deepEqual([...second!], [2, 2, 2]);
  });

  for (const closer of ['client', 'server'] as const) {
    test(title(`a close by the ${closer} is observed by the other side`), async (t) => {
      const w = await world(t);
      const ends = await w.pair();
      const closing: Connection = ends[closer];
      const other: Connection = closer === 'client' ? ends.server : ends.client;
      let closes = 0;
      closing.onClose(() => closes++);
      const observed = closeOf(other);
      closing.close();
      t.true(closing.closed);
      await w.within(observed, `the ${closer === 'client' ? 'server' : 'client'} to see the close`);
      t.true(other.closed);
      closing.close(); // idempotent
      await w.within(closeOf(closing), 'the closing side to report its close');
      t.is(closes, 1, 'onClose fires exactly once');
      const error = t.throws(() => closing.send(Uint8Array.of(1)));
      t.true(hasCode(error, 'CONNECTION_CLOSED'), `send after close throws CONNECTION_CLOSED (got ${String(error)})`);
      t.throws(() => other.send(Uint8Array.of(1)), undefined, 'send on the closed peer throws too');
    });
  }

  test(title('frames sent before close() arrive before the peer sees the close'), async (t) => {
    const w = await world(t);
    const { server, client } = await w.pair();
    const arrived: number[] = [];
    const closedAfter = deferred<number>();
    server.onFrame((frame) => arrived.push(frameNumber(frame)));
    server.onClose(() => closedAfter.resolve(arrived.length));
    for (let i = 0; i < 100; i++) client.send(numberedFrame(i, 1000));
    client.close();
    const before = await w.within(closedAfter.promise, 'the close');
    const problem = sequenceProblem(arrived, Array.from({ length: 100 }, (_, i) => i));
    t.true(problem === null, `the frames sent before close(): ${problem}`);
    t.is(before, arrived.length, `the close was seen after ${before} of the ${arrived.length} frames that arrived`);
  });

  test(title('frames that arrive before onFrame is set are kept for it'), async (t) => {
    const w = await world(t);
    const serverTransport = await w.transport();
    const clientTransport = await w.transport();
    const accepted = deferred<Connection>();
    const listener = await serverTransport.listen(w.fixture.listenAddress(), (c) => accepted.resolve(c));
    const client = await w.within(clientTransport.connect(listener.address), 'connect');
    client.send(Uint8Array.of(9));
    const server = await w.within(accepted.promise, 'accept');
    // Give the frame every chance to arrive before anyone listens for it.
    const echo = nextFrames(client, 1);
    server.send(Uint8Array.of(0));
    await w.within(echo, 'a frame the other way');
    const [frame] = await w.within(nextFrames(server, 1), 'the early frame');
    t.deepEqual([...frame!], [9]);
  });

  test(title('connecting where nobody listens rejects with a typed, retriable error'), async (t) => {
    const w = await world(t);
    const transport = await w.transport();
    const address = await w.fixture.unusedAddress();
    const error = await w.within(
      transport.connect(address).then(
        () => null,
        (e: unknown) => e,
      ),
      'the refusal',
    );
    t.truthy(error, 'connect rejected');
    t.true(hasCode(error, 'CONNECTION_REFUSED') || hasCode(error, 'CONNECT_TIMEOUT'), `typed error (got ${String(error)})`);
    t.is((error as { retriable?: unknown }).retriable, true, 'the caller may retry');
  });

  test(title('100 concurrent connections each carry their own frames'), async (t) => {
    const w = await world(t);
    const serverTransport = await w.transport();
    const clientTransport = await w.transport();
    const listener = await serverTransport.listen(w.fixture.listenAddress(), (c) => c.onFrame((f) => c.send(f)));
    const clients = await w.within(
      Promise.all(Array.from({ length: 100 }, () => clientTransport.connect(listener.address))),
      '100 connections',
    );
    const echoes = await w.within(
      Promise.all(
        clients.map((c, i) => {
          const echo = nextFrames(c, 1);
          c.send(numberedFrame(i, 16));
          return echo;
        }),
      ),
      '100 echoes',
    );
    t.deepEqual(echoes.map(([f]) => frameNumber(f!)), Array.from({ length: 100 }, (_, i) => i));
  });

  test(title('listening twice on one address rejects with ADDRESS_IN_USE'), async (t) => {
    const w = await world(t);
    const first = await w.transport();
    const second = await w.transport();
    const listener = await first.listen(w.fixture.listenAddress(), () => {});
    const again = await first.listen(listener.address, () => {}).then(() => null, (e: unknown) => e);
    t.true(hasCode(again, 'ADDRESS_IN_USE'), `same transport (got ${String(again)})`);
    const other = await second.listen(listener.address, () => {}).then(() => null, (e: unknown) => e);
    t.true(hasCode(other, 'ADDRESS_IN_USE'), `another transport (got ${String(other)})`);
  });

  test(title('a frame over maxFrameBytes is refused with FRAME_TOO_LARGE, and the connection stays usable'), async (t) => {
    const w = await world(t);
    const { server, client, clientTransport } = await w.pair();
    t.true(Number.isInteger(clientTransport.maxFrameBytes) && clientTransport.maxFrameBytes > 0);
    const error = t.throws(() => client.send(new Uint8Array(clientTransport.maxFrameBytes + 1)));
    t.true(hasCode(error, 'FRAME_TOO_LARGE'), `typed error (got ${String(error)})`);
    const received = nextFrames(server, 1);
    client.send(Uint8Array.of(7));
    t.deepEqual([...(await w.within(received, 'the next frame'))[0]!], [7]);
  });

  test(title('connect with an aborted signal rejects with ABORTED'), async (t) => {
    const w = await world(t);
    const server = await w.transport();
    const client = await w.transport();
    const listener = await server.listen(w.fixture.listenAddress(), () => {});
    const error = await client.connect(listener.address, { signal: AbortSignal.abort() }).then(() => null, (e: unknown) => e);
    t.true(hasCode(error, 'ABORTED'), `typed error (got ${String(error)})`);
  });

  test(title('a closed listener takes no new connections; transport.close() closes its connections'), async (t) => {
    const w = await world(t);
    const { client, serverTransport, clientTransport, address } = await w.pair();
    const clientClosed = closeOf(client);
    await serverTransport.close();
    await w.within(clientClosed, 'the client to see the server transport close');
    const error = await w.within(clientTransport.connect(address).then(() => null, (e: unknown) => e), 'the refusal');
    t.true(hasCode(error, 'CONNECTION_REFUSED') || hasCode(error, 'CONNECT_TIMEOUT'), `refused (got ${String(error)})`);
  });
}
