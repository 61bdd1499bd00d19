import type { TestFn } from 'ava';
import { featureGroup } from './group.js';
import { World, containsBytes, described, hasCode, nextFrames, outcome, patternBytes, sameBytes } from './helpers.js';
import type { ConformanceOptions } from './options.js';

/**
 * `tls`: connections are encrypted and authenticated by certificate. In a TLS world frames
 * flow as usual; a client that trusts none of the world's certificates is refused and
 * reaches nothing; and a recorder on the path never sees a frame's bytes in the clear.
 */
export function tlsGroup(test: TestFn, options: ConformanceOptions): void {
  const check = featureGroup(test, options, 'tls');
  const world = (t: Parameters<typeof World.create>[0]) => World.create(t, options, { tls: true });

  check('connections carry frames over TLS, a 1 MiB frame too', async (t) => {
    const w = await world(t);
    const { address } = await w.echoListener(await w.transport());
    const client = await w.within((await w.transport()).connect(address), 'connect');
    t.true(await w.echoes(client, 1), 'a small frame goes there and back');
    const big = patternBytes(1024 * 1024, 11);
    const back = nextFrames(client, 1);
    client.send(big);
    t.true(sameBytes((await w.within(back, 'the 1 MiB echo'))[0]!, big), 'the 1 MiB frame comes back intact');
  });

  check('a client that does not trust the listener\'s certificate is refused and reaches nothing; trusting clients are served meanwhile', async (t) => {
    const w = await world(t);
    const { address, accepted } = await w.echoListener(await w.transport());
    const error = await w.within(outcome((await w.transport({ untrusting: true })).connect(address)), 'the refusal');
    t.truthy(error, 'connect was refused');
    if (hasCode(error, 'AUTHENTICATION_FAILED')) t.is(error?.retriable, false, 'AUTHENTICATION_FAILED is not retriable');
    // A browser's WebSocket hides why it failed to open, so a browser adapter can only say it was refused.
    else if (options.supports.browser) t.true(hasCode(error, 'CONNECTION_REFUSED'), `refused with AUTHENTICATION_FAILED or, from a browser, CONNECTION_REFUSED (got ${described(error)})`);
    else t.fail(`refused with AUTHENTICATION_FAILED (got ${described(error)})`);
    const member = await w.within((await w.transport()).connect(address), 'a trusting client to connect');
    t.true(await w.echoes(member, 2), 'the listener still serves trusting clients');
    t.is(accepted.length, 1, 'only the trusting client reached onConnection');
  });

  check('a recorder on the wire sees none of the frames\' bytes in the clear', async (t) => {
    const w = await world(t);
    const { address } = await w.echoListener(await w.transport());
    const tap = await w.wiretap(address);
    const client = await w.within((await w.transport()).connect(tap.address), 'connect through the wiretap');
    // Random-looking bytes: compression cannot hide them, so only encryption can.
    const frame = patternBytes(64 * 1024, 29);
    const back = nextFrames(client, 1);
    client.send(frame);
    t.true(sameBytes((await w.within(back, 'the echo'))[0]!, frame), 'the frame went there and back');
    const seen = tap.bytes();
    t.true(seen.byteLength >= 2 * frame.byteLength, `the frame crossed the wiretap both ways (it saw ${seen.byteLength} bytes)`);
    t.false(containsBytes(seen, frame.subarray(0, 48)), 'the frame\'s bytes appear on the wire as they were sent');
  });
}
