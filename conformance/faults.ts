import type { ExecutionContext, TestFn } from 'ava';
import type { Connection } from '../transports/transport.js';
import { featureGroup } from './group.js';
import { World, closeOf, deferred, described, fixturePart, frameNumber, hasCode, numberedFrame, outcome } from './helpers.js';
import type { ConformanceOptions, Faults } from './options.js';

/** The numbers of the frames `connection` receives, and a wait for a given one. */
function received(connection: Connection) {
  const numbers: number[] = [];
  const waiting = new Map<number, () => void>();
  connection.onFrame((frame) => {
    const n = frameNumber(frame);
    numbers.push(n);
    waiting.get(n)?.();
  });
  return {
    numbers,
    arrival(n: number): Promise<void> {
      if (numbers.includes(n)) return Promise.resolve();
      const arrived = deferred<void>();
      waiting.set(n, () => arrived.resolve());
      return arrived.promise;
    },
  };
}

function inOrder(numbers: number[]): boolean {
  return numbers.every((n, i) => i === 0 || numbers[i - 1]! < n);
}

/**
 * `faults`: the fixture's fault injection does what it says. A cut is silence, not a close:
 * no frame crosses it and a connect across it fails (retriable), while the connection stays
 * open; after heal, frames flow again on it. Frames sent during the cut are lost, or (an
 * adapter over a stream may hold them) arrive in order after heal, never during it. The
 * waits for "nothing crossed" are the adapter's own connect timeouts, never sleeps.
 */
export function faultsGroup(test: TestFn, options: ConformanceOptions): void {
  const check = featureGroup(test, options, 'faults');
  const world = async (t: ExecutionContext) => {
    const w = await World.create(t, options);
    return { w, faults: fixturePart(w.fixture.faults, 'faults', 'faults') as Faults };
  };
  /** A connect across a cut: it must fail, retriably, and waits the adapter's own timeout doing so. */
  const refusedAcross = async (t: ExecutionContext, w: World, connecting: Promise<Connection>, what: string) => {
    const error = await w.within(outcome(connecting), what);
    t.truthy(error, `${what} fails (got ${described(error)})`);
    t.is(error?.retriable, true, `${what} fails with a retriable error (got ${described(error)})`);
  };

  check('a partition is silence: nothing crosses it, a connect across it fails, the connection stays open, and heal restores it', async (t) => {
    const { w, faults } = await world(t);
    const { server, client, serverTransport, clientTransport, address } = await w.pair();
    const atServer = received(server);
    const atClient = received(client);
    faults.partition([clientTransport], [serverTransport]);
    for (let i = 0; i < 10; i++) {
      client.send(numberedFrame(i, 16));
      server.send(numberedFrame(i, 16));
    }
    await refusedAcross(t, w, clientTransport.connect(address), 'a connect across the partition');
    t.deepEqual([atServer.numbers, atClient.numbers], [[], []], 'no frame crossed the partition, either way');
    t.false(client.closed || server.closed, 'the connection stays open: a partition is silence, not a close');
    faults.heal();
    client.send(numberedFrame(100, 16));
    server.send(numberedFrame(100, 16));
    await w.within(Promise.all([atServer.arrival(100), atClient.arrival(100)]), 'frames sent after heal to arrive');
    for (const [side, numbers] of [['server', atServer.numbers], ['client', atClient.numbers]] as const) {
      t.true(inOrder(numbers) && numbers.at(-1) === 100, `the ${side} got the cut's frames lost or in order, then the frame sent after heal (got ${numbers.join(', ')})`);
    }
    const again = await w.within(clientTransport.connect(address), 'a new connection after heal');
    t.false(again.closed);
  });

  check('a partition cuts only the links between its groups', async (t) => {
    const { w, faults } = await world(t);
    const [a, b, c] = [await w.transport(), await w.transport(), await w.transport()];
    const atA = await w.echoListener(a);
    const atC = await w.echoListener(c);
    const bToA = await w.within(b.connect(atA.address), 'b to dial a');
    faults.partition([a, b], [c]);
    t.true(await w.echoes(bToA, 1), 'a and b, on one side, still exchange frames');
    await refusedAcross(t, w, b.connect(atC.address), 'a connect from b to c, across the partition');
    faults.heal();
    const bToC = await w.within(b.connect(atC.address), 'b to dial c after heal');
    t.true(await w.echoes(bToC, 2), 'b and c exchange frames after heal');
  });

  check('block cuts one direction only', async (t) => {
    const { w, faults } = await world(t);
    const { server, client, serverTransport, clientTransport, address } = await w.pair();
    const atServer = received(server);
    const atClient = received(client);
    faults.block(clientTransport, serverTransport);
    server.send(numberedFrame(1, 16));
    await w.within(atClient.arrival(1), 'a frame the open way (server to client)');
    for (let i = 2; i < 10; i++) client.send(numberedFrame(i, 16));
    await refusedAcross(t, w, clientTransport.connect(address), 'a connect the blocked way');
    t.deepEqual(atServer.numbers, [], 'no frame crossed the blocked way');
    faults.heal();
    client.send(numberedFrame(100, 16));
    await w.within(atServer.arrival(100), 'a frame sent after heal');
    t.true(inOrder(atServer.numbers), `in order (got ${atServer.numbers.join(', ')})`);
  });

  check('link latency delays every frame by at least that much, in order', async (t) => {
    const { w, faults } = await world(t);
    const { server, serverTransport, client, clientTransport } = await w.pair();
    const atServer = received(server);
    faults.link(clientTransport, serverTransport, { latencyMs: 50 });
    const sentAt = performance.now();
    for (let i = 0; i < 20; i++) client.send(numberedFrame(i, 64));
    await w.within(atServer.arrival(0), 'the first delayed frame');
    const firstAfter = performance.now() - sentAt;
    await w.within(atServer.arrival(19), 'the last delayed frame');
    // A lower bound only (less a timer's 1 ms of rounding): a slow machine may deliver later, never earlier.
    t.true(firstAfter >= 48, `the first frame arrived ${firstAfter.toFixed(1)} ms after it was sent, with 50 ms of latency`);
    t.deepEqual(atServer.numbers, Array.from({ length: 20 }, (_, i) => i), 'all arrive, in order');
  });

  check('a link\'s drop rate loses about that share of frames and keeps the rest in order', async (t) => {
    const { w, faults } = await world(t);
    const { server, serverTransport, client, clientTransport } = await w.pair();
    const atServer = received(server);
    faults.link(clientTransport, serverTransport, { dropRate: 0.5 });
    for (let i = 0; i < 400; i++) client.send(numberedFrame(i, 16));
    faults.link(clientTransport, serverTransport, { dropRate: 0 });
    client.send(numberedFrame(1000, 16));
    await w.within(atServer.arrival(1000), 'a frame sent once the link is lossless again');
    const kept = atServer.numbers.length - 1;
    // Binomial(400, 0.5): 200 ± 10; outside 120..280 is beyond eight standard deviations.
    t.true(kept >= 120 && kept <= 280, `${kept} of 400 frames arrived with a drop rate of 0.5`);
    t.true(inOrder(atServer.numbers), 'the frames that arrive keep their order');
  });

  check('a crash closes the node\'s connections at once, its peers see an error, and its listeners are gone', async (t) => {
    const { w, faults } = await world(t);
    const { server, client, serverTransport, clientTransport, address } = await w.pair();
    const peerClosed = closeOf(client);
    faults.crash(serverTransport);
    t.true(server.closed, 'the crashed node\'s end is closed at once');
    const error = await w.within(peerClosed, 'the peer to see the crash');
    t.truthy(error, 'the peer\'s end closes with an error, not cleanly');
    const dial = await w.within(outcome(clientTransport.connect(address)), 'a dial to the crashed node');
    t.true(hasCode(dial, 'CONNECTION_REFUSED') || hasCode(dial, 'CONNECT_TIMEOUT'), `nothing listens there any more (got ${described(dial)})`);
  });
}
