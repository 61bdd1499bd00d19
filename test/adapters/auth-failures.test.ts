import test, { type ExecutionContext } from 'ava';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { RelayHub, RelayTransport, WebSocketTransport } from '../../adapters/websocket/index.js';
import { silentLogger, type Logger } from '../../adapters/shared/logger.js';
import type { Connection, Transport } from '../../transports/transport.js';
import { closing, rejection, spyLogger, within } from './helpers/world.js';

/*
 * Every adapter's connect fails at once, with AUTHENTICATION_FAILED (not retriable), when
 * the two ends disagree about the secret — a wrong one, none where one is required, one where
 * none is — and the listening side logs the refusal in its own words, once per host and
 * interval however often the client redials. "At once": the dial's own bound is a minute, so
 * an answer within the test's few seconds cannot be a timeout.
 */

const SLOW = { connectTimeoutMs: 60_000, handshakeTimeoutMs: 60_000 };

interface Setup {
  /** Listens with `secret`; returns the address to dial and the connections accepted. */
  serve(t: ExecutionContext, secret: string | undefined, logger: Logger): Promise<{ address: string; accepts: Connection[] }>;
  client(t: ExecutionContext, secret: string | undefined): Transport;
}

async function listenOn(transport: Transport, address: string, dial = (bound: string) => bound) {
  const accepts: Connection[] = [];
  const listener = await transport.listen(address, (c) => accepts.push(c));
  return { address: dial(listener.address), accepts };
}

const setups: Record<string, Setup> = {
  tcp: {
    serve: (t, secret, logger) => listenOn(closing(t, new TcpTransport({ ...SLOW, secret, logger })), 'tcp://127.0.0.1:0'),
    client: (t, secret) => closing(t, new TcpTransport({ ...SLOW, secret, logger: silentLogger })),
  },
  websocket: {
    serve: (t, secret, logger) => listenOn(closing(t, new WebSocketTransport({ ...SLOW, secret, logger })), 'ws://127.0.0.1:0/lk'),
    client: (t, secret) => closing(t, new WebSocketTransport({ ...SLOW, secret, logger: silentLogger })),
  },
  relay: {
    // The hub checks the secret of every link; a node listens through it with the hub's secret.
    async serve(t, secret, logger) {
      const hub = closing(t, new RelayHub({ ...SLOW, secret, logger }));
      const hubAddress = (await hub.listen('ws://127.0.0.1:0/relay')).address;
      const node = closing(t, new RelayTransport({ ...SLOW, hub: hubAddress, secret, logger: silentLogger }));
      const served = await listenOn(node, 'relay://member-1');
      hubs.set(served.address, hubAddress);
      return served;
    },
    client: () => {
      throw new Error('relay clients are made from the hub address');
    },
  },
};
const hubs = new Map<string, string>();

function clientFor(kind: string, t: ExecutionContext, secret: string | undefined, address: string): Transport {
  if (kind !== 'relay') return setups[kind]!.client(t, secret);
  return closing(t, new RelayTransport({ ...SLOW, hub: hubs.get(address)!, secret, logger: silentLogger }));
}

const CASES = [
  { what: 'a wrong secret', client: 'wrong', server: 'right', words: /secret differs from this listener's/ },
  { what: 'no secret against a listener that requires one', client: undefined, server: 'right', words: /has no cluster secret and this listener requires one/ },
  { what: 'a secret against a listener that has none', client: 'right', server: undefined, words: /has a cluster secret and this listener has none/ },
] as const;

for (const kind of Object.keys(setups)) {
  for (const c of CASES) {
    test(`${kind}: ${c.what} fails connect at once with AUTHENTICATION_FAILED, not retriable; the listener says why in its own words`, async (t) => {
      const logger = spyLogger();
      const { address, accepts } = await setups[kind]!.serve(t, c.server, logger);
      const error = await rejection(clientFor(kind, t, c.client, address).connect(address), 10_000);
      t.is(error.code, 'AUTHENTICATION_FAILED', error.message);
      t.false(error.retriable);
      await within(logger.warned, 5000, 'the listener to log the refusal');
      const line = logger.warnings[0]!.message;
      t.regex(line, /failed authentication/);
      t.regex(line, c.words);
      t.notRegex(line, /[Ss]erver|Peer:/, 'the listener speaks of the client, not as the client');
      t.is(logger.warnings[0]!.fields?.remoteHost, '127.0.0.1');
      t.is(accepts.length, 0, 'nothing reached onConnection');
    });
  }
}

for (const kind of ['tcp', 'websocket']) {
  test(`${kind}: a client refused 20 times in a row is logged once`, async (t) => {
    const logger = spyLogger();
    const { address } = await setups[kind]!.serve(t, 'right', logger);
    const client = setups[kind]!.client(t, 'wrong');
    for (let i = 0; i < 20; i++) t.is((await rejection(client.connect(address))).code, 'AUTHENTICATION_FAILED');
    // A client with the right secret still gets in, and is no refusal to log.
    const ok = await within(setups[kind]!.client(t, 'right').connect(address), 5000, 'a good client');
    ok.close();
    t.is(logger.warnings.length, 1, logger.warnings.map((w) => w.message).join('\n'));
  });
}
