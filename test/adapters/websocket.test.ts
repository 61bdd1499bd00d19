import test from 'ava';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { WebSocket, WebSocketServer } from 'ws';
import { ServerHandshake } from '../../adapters/shared/auth.js';
import {
  BrowserWebSocketTransport,
  parseWsAddress,
  RelayHub,
  RelayTransport,
  WebSocketTransport,
  type WebSocketTransportOptions,
} from '../../adapters/websocket/index.js';
import type { WebSocketConstructor } from '../../adapters/websocket/browser.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import type { Connection } from '../../transports/transport.js';
import { closeError, closing, deferred, listenOnce, rejection, spyLogger, until, within } from './helpers/world.js';
import { testCertificates } from './helpers/tls.js';

const quiet: WebSocketTransportOptions = { logger: silentLogger };
const certs = testCertificates();
const BrowserLikeWebSocket = WebSocket as unknown as WebSocketConstructor;

function wsTransport(t: Parameters<typeof closing>[0], options: WebSocketTransportOptions = {}): WebSocketTransport {
  return closing(t, new WebSocketTransport({ ...quiet, ...options }));
}

async function pair(t: Parameters<typeof closing>[0], serverOptions: WebSocketTransportOptions = {}, clientOptions = serverOptions) {
  const { address, accepted } = await listenOnce(wsTransport(t, serverOptions), 'ws://127.0.0.1:0/lk');
  const clientEnd = await within(wsTransport(t, clientOptions).connect(address), 5000, 'connect');
  return { address, clientEnd, serverEnd: await within(accepted, 5000, 'accept') };
}

/** A server that finishes the handshake, then says nothing more (and, unless `autoPong`, answers no ping); resolves with its port. */
async function silentWsServer(t: Parameters<typeof closing>[0], autoPong = false): Promise<number> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1', autoPong });
  t.teardown(() => new Promise<void>((resolve) => {
    for (const c of server.clients) c.terminate();
    server.close(() => resolve());
  }));
  server.on('connection', (ws) => {
    ws.once('message', async (hello: Buffer) => ws.send(await new ServerHandshake(null).challenge(new Uint8Array(hello))));
  });
  await new Promise((resolve) => server.once('listening', resolve));
  return (server.address() as { port: number }).port;
}

// ---- the browser entry imports nothing from Node ----

test('the browser entry bundles for the browser platform with no Node built-in and no ws', async (t) => {
  const entry = fileURLToPath(new URL('../../adapters/websocket/browser.ts', import.meta.url));
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
  const inputs = Object.keys(result.metafile.inputs);
  const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  t.deepEqual(inputs.filter((i) => node.has(i) || i.includes('node_modules/ws/')), []);
  t.true(inputs.some((i) => i.endsWith('relay-client.ts')), 'the relay client is in the browser bundle');
});

// ---- addresses ----

test('addresses: ws:// and wss:// URLs with a path', (t) => {
  t.deepEqual(parseWsAddress('ws://127.0.0.1:7000/relay'), { secure: false, host: '127.0.0.1', port: 7000, path: '/relay' });
  t.deepEqual(parseWsAddress('wss://example.org'), { secure: true, host: 'example.org', port: 443, path: '/' });
  t.deepEqual(parseWsAddress('ws://[::1]:1/'), { secure: false, host: '::1', port: 1, path: '/' });
  for (const bad of ['', 'tcp://a:1', 'ws://', 'http://a:1/']) t.is(t.throws(() => parseWsAddress(bad))?.name, 'BadArgumentsError', bad);
});

test('a wrong path is refused with CONNECTION_REFUSED; plain HTTP gets 426', async (t) => {
  const { address } = await listenOnce(wsTransport(t), 'ws://127.0.0.1:0/lk');
  const error = await rejection(wsTransport(t).connect(address.replace('/lk', '/other')));
  t.is(error.code, 'CONNECTION_REFUSED');
  const response = await fetch(address.replace('ws://', 'http://'));
  t.is(response.status, 426);
});

// ---- authentication and TLS ----

test('a wrong secret fails with AUTHENTICATION_FAILED, nothing is accepted, and the server logs it', async (t) => {
  const logger = spyLogger();
  const { address, accepts } = await listenOnce(wsTransport(t, { secret: 'right', logger }), 'ws://127.0.0.1:0/');
  t.is((await rejection(wsTransport(t, { secret: 'wrong' }).connect(address))).code, 'AUTHENTICATION_FAILED');
  t.is((await rejection(wsTransport(t).connect(address))).code, 'AUTHENTICATION_FAILED', 'no secret at all');
  await within(logger.warned, 5000, 'the log line');
  t.true(logger.warnings.some((w) => /authentication/.test(w.message)));
  t.is(accepts.length, 0);
});

test('a raw client that skips the handshake never gets a frame processed', async (t) => {
  const logger = spyLogger();
  const { address, accepts } = await listenOnce(wsTransport(t, { secret: 'right', logger }), 'ws://127.0.0.1:0/');
  const raw = new WebSocket(address);
  const closed = new Promise<number>((resolve) => raw.on('close', (code) => resolve(code)));
  raw.on('open', () => {
    for (let i = 0; i < 5; i++) raw.send(Uint8Array.of(1, 2, 3, i));
  });
  raw.on('error', () => {});
  t.is(await within(closed, 5000, 'the close'), 4000, 'a typed close');
  t.is(accepts.length, 0);
});

test('wss: a client trusting the CA connects; a plain ws:// client to a wss listener fails cleanly', async (t) => {
  const { address, accepted, accepts } = await listenOnce(wsTransport(t, { tls: certs.server() }), 'wss://127.0.0.1:0/');
  const client = await within(wsTransport(t, { tls: certs.client() }).connect(address), 5000, 'a TLS connect');
  await within(accepted, 5000, 'accept');
  t.false(client.closed);
  const error = await rejection(wsTransport(t).connect(address.replace('wss://', 'ws://')));
  t.true(['CONNECTION_LOSS', 'CONNECTION_REFUSED', 'MALFORMED_FRAME'].includes(error.code!), `typed (got ${error.code}: ${error.message})`);
  const untrusting = await rejection(wsTransport(t, { tls: {} }).connect(address));
  t.is(untrusting.code, 'AUTHENTICATION_FAILED');
  t.is(accepts.length, 1);
});

// ---- liveness and back-pressure ----

test('ping/pong keeps an idle connection open', async (t) => {
  const { clientEnd, serverEnd } = await pair(t, { keepAliveMs: 15, idleTimeoutMs: 60 });
  let closed = false;
  clientEnd.onClose(() => (closed = true));
  serverEnd.onClose(() => (closed = true));
  await new Promise((resolve) => setTimeout(resolve, 250)); // time passing is the thing under test
  t.false(closed, 'pongs kept it alive');
});

test('a peer that stops answering pings is dropped with CONNECTION_LOSS within the bound', async (t) => {
  const port = await silentWsServer(t);
  const client = await wsTransport(t, { keepAliveMs: 15, idleTimeoutMs: 60 }).connect(`ws://127.0.0.1:${port}/`);
  const started = performance.now();
  const error = await closeError(client, 2000);
  t.is(error?.code, 'CONNECTION_LOSS');
  t.true(performance.now() - started < 60 + 15 + 1500, 'within the bound (plus slack for a loaded machine)');
});

test('a receiver that stops reading: send() turns false at the high-water mark, and past the limit the sender drops the link', async (t) => {
  const { clientEnd } = await pair(t, { highWaterMark: 64 * 1024, maxBufferedBytes: 1024 * 1024, maxFrameBytes: 64 * 1024, keepAliveMs: 0 }, {
    highWaterMark: 64 * 1024, maxBufferedBytes: 1024 * 1024, maxFrameBytes: 64 * 1024, keepAliveMs: 0,
  });
  // Sending far faster than loopback drains, without ever yielding, fills the buffer.
  const frame = new Uint8Array(32 * 1024);
  let atFirstFalse = -1;
  let mostBuffered = 0;
  const closed = closeError(clientEnd);
  for (let sent = 0; !clientEnd.closed && sent < 100_000; sent++) {
    if (!clientEnd.send(frame) && atFirstFalse < 0) atFirstFalse = clientEnd.bufferedAmount;
    if (!clientEnd.closed) mostBuffered = Math.max(mostBuffered, clientEnd.bufferedAmount);
  }
  // The kernel takes what it can first; after that, what waits in this process is what counts.
  t.true(atFirstFalse >= 64 * 1024 - frame.byteLength && atFirstFalse < 64 * 1024 + 2 * frame.byteLength, `false at the mark (${atFirstFalse} buffered)`);
  t.true(clientEnd.closed, 'dropped');
  t.true(mostBuffered <= 1024 * 1024, `never above the limit (${mostBuffered})`);
  t.is((await closed)?.code, 'CONNECTION_LOSS');
});

test('drain follows false once the socket has written its backlog', async (t) => {
  const { clientEnd, serverEnd } = await pair(t, { highWaterMark: 64 * 1024, keepAliveMs: 0 });
  const frame = new Uint8Array(16 * 1024);
  let sent = 0;
  while (clientEnd.send(frame)) sent++;
  sent++;
  const drained = deferred<void>();
  clientEnd.onDrain(() => drained.resolve());
  let received = 0;
  const all = deferred<void>();
  serverEnd.onFrame(() => ++received === sent && all.resolve());
  await within(drained.promise, 5000, 'drain');
  await within(all.promise, 5000, 'all frames');
  t.is(received, sent);
});

// ---- the relay ----

async function hubWith(t: Parameters<typeof closing>[0], options: ConstructorParameters<typeof RelayHub>[0] = {}) {
  const hub = closing(t, new RelayHub({ logger: silentLogger, ...options }));
  const { address } = await hub.listen('ws://127.0.0.1:0/relay');
  return { hub, address };
}

test('relay: tabs listen under names and dial each other; the hub forgets a name when its tab goes', async (t) => {
  const { hub, address } = await hubWith(t, { secret: 's' });
  const tab = () => closing(t, new RelayTransport({
    hub: address, secret: 's', logger: silentLogger,
    link: new BrowserWebSocketTransport({ secret: 's', logger: silentLogger, WebSocket: BrowserLikeWebSocket, maxFrameBytes: 16 * 1024 * 1024 + 64 }),
  }));
  const a = tab();
  const b = tab();
  const atA = deferred<Connection>();
  await a.listen('relay://tab-a', (c) => atA.resolve(c));
  await b.listen('relay://tab-b', () => {});
  t.deepEqual(hub.names.sort(), ['tab-a', 'tab-b']);
  const fromB = await b.connect('relay://tab-a');
  const serverSide = await within(atA.promise, 5000, 'accept at tab a');
  const got = deferred<Uint8Array>();
  serverSide.onFrame((f) => got.resolve(f));
  fromB.send(Uint8Array.of(7, 7));
  t.deepEqual([...(await within(got.promise, 5000, 'a relayed frame'))], [7, 7]);
  const lost = closeError(fromB);
  await a.close();
  t.is(await lost, undefined, 'tab a closed its connections cleanly');
  t.is((await rejection(b.connect('relay://tab-a'))).code, 'CONNECTION_REFUSED');
  t.deepEqual(hub.names, ['tab-b']);
});

test('relay: a node whose link to the hub breaks makes its peers see CONNECTION_LOSS', async (t) => {
  const { address, hub } = await hubWith(t);
  const link = new WebSocketTransport({ ...quiet, maxFrameBytes: 16 * 1024 * 1024 + 64 });
  const a = closing(t, new RelayTransport({ hub: address, logger: silentLogger, link, reconnectMs: 0 }));
  const b = closing(t, new RelayTransport({ hub: address, logger: silentLogger }));
  const accepted = deferred<Connection>();
  const listener = await a.listen('relay://a', (c) => accepted.resolve(c));
  const client = await b.connect('relay://a');
  const atA = await within(accepted.promise, 5000, 'accept');
  const atB = closeError(client);
  const atAClosed = closeError(atA);
  await link.close(); // the link goes; the relay transport itself never said goodbye
  t.is((await atB)?.code, 'CONNECTION_LOSS', 'the peer learns it from the hub');
  t.is((await atAClosed)?.code, 'CONNECTION_LOSS', 'the node itself learns it from its link');
  t.true(listener.closed, 'with reconnectMs 0, its listeners stop');
  await until(() => hub.names.length === 0, 2000, 'the hub to forget the name');
});

test('relay: a wrong secret cannot reach the hub', async (t) => {
  const { address, hub } = await hubWith(t, { secret: 'right' });
  const intruder = closing(t, new RelayTransport({ hub: address, secret: 'wrong', logger: silentLogger }));
  t.is((await rejection(intruder.listen('relay://x', () => {}))).code, 'AUTHENTICATION_FAILED');
  t.deepEqual(hub.names, []);
});

test('relay: flow control holds a sender to its window while the receiver is slow to credit', async (t) => {
  const { address } = await hubWith(t);
  const a = closing(t, new RelayTransport({ hub: address, logger: silentLogger, highWaterMark: 64 * 1024 }));
  const b = closing(t, new RelayTransport({ hub: address, logger: silentLogger, highWaterMark: 64 * 1024 }));
  const accepted = deferred<Connection>();
  await a.listen('relay://a', (c) => accepted.resolve(c));
  const client = await b.connect('relay://a');
  const server = await within(accepted.promise, 5000, 'accept');
  const frame = new Uint8Array(8 * 1024);
  let sent = 0;
  while (client.send(frame)) sent++;
  sent++;
  t.true(client.bufferedAmount >= 64 * 1024 && client.bufferedAmount < 64 * 1024 + 2 * frame.byteLength);
  const drained = deferred<void>();
  client.onDrain(() => drained.resolve());
  let received = 0;
  const all = deferred<void>();
  server.onFrame(() => ++received === sent && all.resolve());
  await within(Promise.all([drained.promise, all.promise]), 5000, 'credit and delivery');
  t.is(received, sent);
});

test('relay: when the hub comes back, listeners take their names back and can be dialled again', async (t) => {
  const first = new RelayHub({ logger: silentLogger });
  const { address } = await first.listen('ws://127.0.0.1:0/relay');
  const a = closing(t, new RelayTransport({ hub: address, logger: silentLogger, reconnectMs: 10 }));
  const accepted: Connection[] = [];
  const listener = await a.listen('relay://a', (c) => accepted.push(c));
  await first.close();
  const second = closing(t, new RelayHub({ logger: silentLogger }));
  await second.listen(address);
  await until(() => second.names.includes('a'), 5000, 'a to register again');
  t.false(listener.closed);
  const b = closing(t, new RelayTransport({ hub: address, logger: silentLogger }));
  const connection = await b.connect('relay://a');
  t.false(connection.closed);
  await until(() => accepted.length > 0, 5000, 'the accept');
  t.is(accepted.length, 1);
});

test('browser path: text ping/pong keeps a tab connection open; a silent server is dropped with CONNECTION_LOSS', async (t) => {
  const { address, accepted } = await listenOnce(wsTransport(t, { keepAliveMs: 0 }), 'ws://127.0.0.1:0/');
  const tab = closing(t, new BrowserWebSocketTransport({ logger: silentLogger, WebSocket: BrowserLikeWebSocket, keepAliveMs: 15, idleTimeoutMs: 60 }));
  const connection = await tab.connect(address);
  await accepted;
  let closed = false;
  connection.onClose(() => (closed = true));
  await new Promise((resolve) => setTimeout(resolve, 250)); // time passing is the thing under test
  t.false(closed, 'the server answered the text pings');

  const port = await silentWsServer(t, true);
  const silent = await tab.connect(`ws://127.0.0.1:${port}/`);
  t.is((await closeError(silent, 2000))?.code, 'CONNECTION_LOSS');
});

test('relay hub: garbage from an authenticated link drops that link only', async (t) => {
  const { address, hub } = await hubWith(t);
  const a = closing(t, new RelayTransport({ hub: address, logger: silentLogger }));
  const accepted = deferred<Connection>();
  await a.listen('relay://a', (c) => accepted.resolve(c));
  const raw = wsTransport(t, { maxFrameBytes: 16 * 1024 * 1024 + 64 });
  await fc.assert(
    fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 64 }), { minLength: 1, maxLength: 8 }), async (frames) => {
      const link = await raw.connect(address);
      for (const frame of frames) if (!link.closed) link.send(frame);
      link.close();
    }),
    { numRuns: 40 },
  );
  // Names the garbage happened to register go with their links' closes.
  await until(() => hub.names.length === 1, 5000, 'the garbage links to go');
  t.deepEqual(hub.names, ['a'], 'the good node keeps its name');
  const b = closing(t, new RelayTransport({ hub: address, logger: silentLogger }));
  const connection = await b.connect('relay://a');
  const atA = await within(accepted.promise, 5000, 'accept');
  const got = deferred<Uint8Array>();
  atA.onFrame((f) => got.resolve(f));
  connection.send(Uint8Array.of(9));
  t.deepEqual([...(await within(got.promise, 5000, 'a frame'))], [9]);
});

test('relay over wss: the hub has a certificate, nodes trust its CA', async (t) => {
  const hub = closing(t, new RelayHub({ logger: silentLogger, tls: certs.server(), secret: 's' }));
  const { address } = await hub.listen('wss://127.0.0.1:0/relay');
  t.regex(address, /^wss:/);
  const a = closing(t, new RelayTransport({ hub: address, logger: silentLogger, tls: certs.client(), secret: 's' }));
  const b = closing(t, new RelayTransport({ hub: address, logger: silentLogger, tls: certs.client(), secret: 's' }));
  const accepted = deferred<Connection>();
  await a.listen('relay://a', (c) => accepted.resolve(c));
  const connection = await b.connect('relay://a');
  const atA = await within(accepted.promise, 5000, 'accept');
  const got = deferred<Uint8Array>();
  atA.onFrame((f) => got.resolve(f));
  connection.send(Uint8Array.of(3));
  t.deepEqual([...(await within(got.promise, 5000, 'a frame'))], [3]);
  const untrusting = closing(t, new RelayTransport({ hub: address, logger: silentLogger, tls: {}, secret: 's' }));
  t.is((await rejection(untrusting.connect('relay://a'))).code, 'AUTHENTICATION_FAILED');
});

test('relay hub: a link may hold only so many names and connections (TOO_MANY_REQUESTS)', async (t) => {
  const { address } = await hubWith(t, { maxNamesPerLink: 2, maxChannelsPerLink: 2 });
  const a = closing(t, new RelayTransport({ hub: address, logger: silentLogger }));
  await a.listen('relay://one', () => {});
  await a.listen('relay://two', () => {});
  t.is((await rejection(a.listen('relay://three', () => {}))).code, 'TOO_MANY_REQUESTS');
  const b = closing(t, new RelayTransport({ hub: address, logger: silentLogger }));
  await b.connect('relay://one');
  await b.connect('relay://one');
  const error = await rejection(b.connect('relay://two'));
  t.is(error.code, 'TOO_MANY_REQUESTS');
  t.true(error.retriable);
});
