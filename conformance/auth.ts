import type { TestFn } from 'ava';
import type { Transport } from '../transports/transport.js';
import { featureGroup } from './group.js';
import { World, described, hasCode, outcome } from './helpers.js';
import type { ConformanceOptions } from './options.js';

const SECRET = 'the conformance cluster secret';
const WRONG = 'not the cluster secret';

/**
 * `auth`: a cluster secret is checked before any frame reaches the engine. In a world whose
 * transports hold one secret, a transport with another or none is refused at connect, at
 * once and for good (AUTHENTICATION_FAILED, not retriable, never a timeout), nothing of it
 * reaches onConnection, and the listener goes on serving the cluster meanwhile.
 */
export function authGroup(test: TestFn, options: ConformanceOptions): void {
  const check = featureGroup(test, options, 'auth');
  const world = (t: Parameters<typeof World.create>[0]) => World.create(t, options, { secret: SECRET });

  check('transports that hold the cluster secret connect and carry frames', async (t) => {
    const w = await world(t);
    const { address } = await w.echoListener(await w.transport());
    const client = await w.within((await w.transport()).connect(address), 'connect');
    t.true(await w.echoes(client, 1), 'a frame goes there and back');
  });

  for (const [what, secret] of [['a wrong secret', WRONG], ['no secret', null]] as const) {
    check(`a client with ${what} is refused with AUTHENTICATION_FAILED, not retriable, and reaches nothing`, async (t) => {
      const w = await world(t);
      const { address, accepted } = await w.echoListener(await w.transport());
      const error = await w.within(outcome((await w.transport({ secret })).connect(address)), 'the refusal');
      t.true(hasCode(error, 'AUTHENTICATION_FAILED'), `refused at once with AUTHENTICATION_FAILED (got ${described(error)})`);
      t.is(error?.retriable, false, 'not retriable: trying again cannot help');
      const member = await w.within((await w.transport()).connect(address), 'a client with the secret to connect');
      t.true(await w.echoes(member, 2), 'the listener still serves the cluster');
      t.is(accepted.length, 1, 'only the client with the secret reached onConnection');
    });
  }

  check('a transport without the secret neither serves the cluster nor reaches it', async (t) => {
    const w = await world(t);
    const loner = await w.transport({ secret: null });
    const member = await w.transport();
    // Listening may itself need the secret (the relay's hub checks it), or the dial fails.
    const reached: unknown[] = [];
    const listening = await loner.listen(w.fixture.listenAddress(), (c) => reached.push(c)).then(
      (listener) => listener,
      (error: unknown) => error as Error,
    );
    if (listening instanceof Error) {
      t.true(hasCode(listening, 'AUTHENTICATION_FAILED'), `listen refused with AUTHENTICATION_FAILED (got ${described(listening)})`);
    } else {
      const error = await w.within(outcome(member.connect(listening.address)), 'the refusal');
      t.true(hasCode(error, 'AUTHENTICATION_FAILED'), `a client with the secret is refused with AUTHENTICATION_FAILED (got ${described(error)})`);
      t.is(reached.length, 0, 'nothing reached the listener without the secret');
    }
    const { address } = await w.echoListener(member);
    const error = await w.within(outcome(loner.connect(address)), 'the refusal');
    t.true(hasCode(error, 'AUTHENTICATION_FAILED'), `its dial is refused with AUTHENTICATION_FAILED (got ${described(error)})`);
  });

  check('a listener refusing 20 wrong clients at once serves the cluster\'s clients meanwhile', async (t) => {
    const w = await world(t);
    const { address, accepted } = await w.echoListener(await w.transport());
    const strangers: Transport[] = [];
    for (let i = 0; i < 4; i++) strangers.push(await w.transport({ secret: `${WRONG} ${i}` }));
    const refusals = Array.from({ length: 20 }, (_, i) => outcome(strangers[i % strangers.length]!.connect(address)));
    const members = Array.from({ length: 3 }, async () => w.transport().then((m) => m.connect(address)));
    const [errors, connections] = await w.within(Promise.all([Promise.all(refusals), Promise.all(members)]), 'the refusals and the members\' connects');
    t.deepEqual(errors.filter((e) => !hasCode(e, 'AUTHENTICATION_FAILED')).map(described), [], 'every wrong client is refused with AUTHENTICATION_FAILED');
    for (const [i, connection] of connections.entries()) t.true(await w.echoes(connection, i), `member ${i} is served`);
    t.is(accepted.length, 3, 'only the members reached onConnection');
  });
}
