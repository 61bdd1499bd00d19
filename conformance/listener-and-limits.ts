import type { ExecutionContext, TestFn } from 'ava';
import type { Connection } from '../transports/transport.js';
import type { ConformanceOptions } from './options.js';
import { World, closeOf, deferred, described, hasCode, nextFrames, outcome } from './helpers.js';

/** The receiver's frame limit in the test below. */
const LIMIT = 1000;

/**
 * Two parts of the transport contract beyond frames and connections: a listener's own close
 * (not its transport's), and a receiver's frame limit, set through the fixture, which refuses
 * a larger frame from a sender whose own limit allows it.
 */
export function listenerAndLimits(test: TestFn, options: ConformanceOptions): void {
  const title = (what: string) => `${options.name} › transport › ${what}`;
  const world = (t: ExecutionContext) => World.create(t, options);

  test(title('a listener\'s own close is observable: closed turns true, close() settles once, new dials are refused, accepted connections carry on'), async (t) => {
    const w = await world(t);
    const serverTransport = await w.transport();
    const clientTransport = await w.transport();
    const accepted = deferred<Connection>();
    const listener = await serverTransport.listen(w.fixture.listenAddress(), (c) => accepted.resolve(c));
    const client = await w.within(clientTransport.connect(listener.address), 'connect');
    const server = await w.within(accepted.promise, 'the accept');
    t.false(listener.closed, 'a listening listener is not closed');
    const closing = listener.close();
    t.true(listener.closed, 'closed is true as soon as close() is called');
    t.is(listener.close(), closing, 'close() again returns the same promise');
    await w.within(closing, 'the listener\'s close to settle');
    const dial = await w.within(outcome(clientTransport.connect(listener.address)), 'a dial to the closed listener');
    t.true(hasCode(dial, 'CONNECTION_REFUSED') || hasCode(dial, 'CONNECT_TIMEOUT'), `a dial to the closed listener is refused (got ${described(dial)})`);
    t.false(server.closed || client.closed, 'the connection it accepted stays open');
    const back = nextFrames(client, 1);
    server.send(Uint8Array.of(5));
    t.deepEqual([...(await w.within(back, 'a frame on the accepted connection'))[0]!], [5], 'and carries frames');
  });

  test(title(`a receiver's frame limit, set through the fixture, refuses a larger frame: only the frames within it arrive, and the connection closes with an error`), async (t) => {
    const w = await world(t);
    const receiver = await w.transport({ maxFrameBytes: LIMIT });
    t.is(receiver.maxFrameBytes, LIMIT, `the fixture gives a transport with the frame limit asked for (transport({ maxFrameBytes: ${LIMIT} }))`);
    const sender = await w.transport();
    t.true(sender.maxFrameBytes > LIMIT, 'the sender\'s own limit allows the larger frame');
    const accepted = deferred<Connection>();
    const listener = await receiver.listen(w.fixture.listenAddress(), (c) => accepted.resolve(c));
    const client = await w.within(sender.connect(listener.address), 'connect');
    const server = await w.within(accepted.promise, 'the accept');
    const sizes: number[] = [];
    server.onFrame((frame) => sizes.push(frame.byteLength));
    const serverClosed = closeOf(server);
    const clientClosed = closeOf(client);
    client.send(new Uint8Array(LIMIT));
    client.send(new Uint8Array(LIMIT + 1));
    client.send(new Uint8Array(10));
    const error = await w.within(serverClosed, 'the receiver to close the connection');
    t.truthy(error, `the receiver's end closes with an error (got ${described(error ?? null)})`);
    await w.within(clientClosed, 'the sender to see the close');
    t.deepEqual(sizes, [LIMIT], 'the frame at the limit arrives, and nothing from the larger frame on');
  });
}
