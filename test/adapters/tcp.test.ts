import test from 'ava';
import fc from 'fast-check';
import { TcpTransport, TcpConnection, parseTcpAddress, formatTcpAddress, type TcpTransportOptions } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import type { Connection } from '../../transports/transport.js';
import { closeError, closing, deferred, listenOnce, rejection, spyLogger, until, within } from './helpers/world.js';
import { dataFrame, dial, handshakenSocket, muteServer, silentServer, socketClosed } from './helpers/raw-tcp.js';
import { testCertificates } from './helpers/tls.js';

const quiet: TcpTransportOptions = { logger: silentLogger };
const certs = testCertificates();

function tcp(t: Parameters<typeof closing>[0], options: TcpTransportOptions = {}): TcpTransport {
  return closing(t, new TcpTransport({ ...quiet, ...options }));
}

async function pair(t: Parameters<typeof closing>[0], serverOptions: TcpTransportOptions = {}, clientOptions: TcpTransportOptions = serverOptions, scheme = 'tcp') {
  const server = tcp(t, serverOptions);
  const client = tcp(t, clientOptions);
  const { address, accepted } = await listenOnce(server, `${scheme}://127.0.0.1:0`);
  const clientEnd = await within(client.connect(address), 5000, 'connect');
  const serverEnd = await within(accepted, 5000, 'accept');
  return { server, client, address, clientEnd, serverEnd };
}

// ---- addresses ----

test('addresses: tcp://, tls://, bare host:port and bracketed IPv6', (t) => {
  t.deepEqual(parseTcpAddress('tcp://127.0.0.1:7001', false), { host: '127.0.0.1', port: 7001, tls: false });
  t.deepEqual(parseTcpAddress('tls://db-1.example:443', false), { host: 'db-1.example', port: 443, tls: true });
  t.deepEqual(parseTcpAddress('localhost:0', true), { host: 'localhost', port: 0, tls: true });
  t.deepEqual(parseTcpAddress('tcp://[::1]:9/', false), { host: '::1', port: 9, tls: false });
  t.is(formatTcpAddress({ host: '::1', port: 9, tls: true }), 'tls://[::1]:9');
  for (const bad of ['', '127.0.0.1', 'ws://a:1', 'tcp://a:70000', 'tcp://:80', 'tcp://a b:1']) {
    t.is(t.throws(() => parseTcpAddress(bad, false))?.name, 'BadArgumentsError', bad);
  }
});

test('a tls:// address on a transport without TLS options is refused with BAD_ARGUMENTS', async (t) => {
  const transport = tcp(t);
  t.is((await rejection(transport.listen('tls://127.0.0.1:0', () => {}))).code, 'BAD_ARGUMENTS');
  t.is((await rejection(transport.connect('tls://127.0.0.1:1'))).code, 'BAD_ARGUMENTS');
});

test('listener and connection addresses are canonical and connectable', async (t) => {
  const { address, clientEnd, serverEnd } = await pair(t);
  t.regex(address, /^tcp:\/\/127\.0\.0\.1:\d+$/);
  t.is(clientEnd.remoteAddress, address);
  t.is(serverEnd.localAddress, address);
  t.is(serverEnd.remoteAddress, clientEnd.localAddress);
});

// ---- authentication ----

test('a wrong secret: connect fails with AUTHENTICATION_FAILED, nothing is accepted, the server logs it', async (t) => {
  const logger = spyLogger();
  const server = tcp(t, { secret: 'right', logger });
  const { address, accepts } = await listenOnce(server, 'tcp://127.0.0.1:0');
  const error = await rejection(tcp(t, { secret: 'wrong' }).connect(address));
  t.is(error.code, 'AUTHENTICATION_FAILED');
  t.false(error.retriable);
  await within(logger.warned, 5000, 'the server to log the failure');
  t.regex(logger.warnings[0]!.message, /authentication/);
  t.is(accepts.length, 0);
});

test('no secret against a server that wants one, and a secret against one that has none: AUTHENTICATION_FAILED', async (t) => {
  const guarded = await listenOnce(tcp(t, { secret: 's3cret' }), 'tcp://127.0.0.1:0');
  t.is((await rejection(tcp(t).connect(guarded.address))).code, 'AUTHENTICATION_FAILED');
  const open = await listenOnce(tcp(t), 'tcp://127.0.0.1:0');
  t.is((await rejection(tcp(t, { secret: 's3cret' }).connect(open.address))).code, 'AUTHENTICATION_FAILED', 'the server cannot prove the secret');
  t.is(guarded.accepts.length, 0);
});

test('a client that forges the proof and sends frames anyway gets none of them processed', async (t) => {
  const logger = spyLogger();
  const { address, accepts } = await listenOnce(tcp(t, { secret: 'right', logger }), 'tcp://127.0.0.1:0');
  const socket = await handshakenSocket(address, { forgeProof: true });
  const replies: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => replies.push(chunk));
  socket.on('error', () => {});
  for (let i = 0; i < 10; i++) socket.write(dataFrame(Uint8Array.of(i)));
  await within(socketClosed(socket), 5000, 'the server to drop the client');
  t.is(accepts.length, 0, 'no connection reached the engine');
  t.regex(Buffer.concat(replies).toString('latin1'), /AUTHENTICATION_FAILED/, 'the GOAWAY names the reason');
  t.true(logger.warnings.some((w) => /authentication/.test(w.message)));
});

test('the right secret: frames pass both ways', async (t) => {
  const { clientEnd, serverEnd } = await pair(t, { secret: new TextEncoder().encode('bytes work too') });
  const got = deferred<Uint8Array>();
  serverEnd.onFrame((f) => got.resolve(f));
  clientEnd.send(Uint8Array.of(42));
  t.deepEqual([...(await within(got.promise, 5000, 'a frame'))], [42]);
});

// ---- TLS ----

test('server TLS: a client that trusts the CA connects; the certificate is checked against the host', async (t) => {
  const { clientEnd, serverEnd, address } = await pair(t, { tls: certs.server() }, { tls: certs.client() }, 'tls');
  t.regex(address, /^tls:\/\//);
  t.true((clientEnd as TcpConnection).socket.constructor.name === 'TLSSocket');
  const got = deferred<Uint8Array>();
  serverEnd.onFrame((f) => got.resolve(f));
  clientEnd.send(Uint8Array.of(1));
  await within(got.promise, 5000, 'a frame over TLS');
  t.pass();
});

test('a client that does not trust the server certificate fails with AUTHENTICATION_FAILED', async (t) => {
  const { address } = await listenOnce(tcp(t, { tls: certs.mutual('stranger') }), 'tls://127.0.0.1:0');
  t.is((await rejection(tcp(t, { tls: certs.client() }).connect(address))).code, 'AUTHENTICATION_FAILED');
});

test('mutual TLS: a client without a certificate, or with one the CA did not sign, is refused', async (t) => {
  const { address, accepts } = await listenOnce(tcp(t, { tls: certs.mutual('node') }), 'tls://127.0.0.1:0');
  for (const options of [certs.client(), { ...certs.mutual('stranger'), ca: certs.ca }]) {
    const error = await rejection(tcp(t, { tls: options }).connect(address));
    t.true(['AUTHENTICATION_FAILED', 'CONNECTION_LOSS'].includes(error.code!), `typed error (got ${error.code}: ${error.message})`);
  }
  t.is(accepts.length, 0);
});

test('a plain client to a TLS listener, and a TLS client to a plain listener, fail cleanly with typed errors', async (t) => {
  const secure = await listenOnce(tcp(t, { tls: certs.server() }), 'tls://127.0.0.1:0');
  const plainAddress = secure.address.replace('tls://', 'tcp://');
  const e1 = await rejection(tcp(t).connect(plainAddress));
  t.true(['MALFORMED_FRAME', 'CONNECTION_LOSS'].includes(e1.code!), `plain → TLS (got ${e1.code}: ${e1.message})`);
  const plain = await listenOnce(tcp(t), 'tcp://127.0.0.1:0');
  const e2 = await rejection(tcp(t, { tls: certs.client() }).connect(plain.address.replace('tcp://', 'tls://')));
  t.true(['MALFORMED_FRAME', 'CONNECTION_LOSS', 'AUTHENTICATION_FAILED'].includes(e2.code!), `TLS → plain (got ${e2.code}: ${e2.message})`);
  t.is(secure.accepts.length + plain.accepts.length, 0);
});

// ---- timeouts and liveness ----

test('a server that accepts TCP but never answers makes connect fail with CONNECT_TIMEOUT', async (t) => {
  const mute = await muteServer();
  t.teardown(() => mute.close());
  const error = await rejection(tcp(t, { connectTimeoutMs: 100 }).connect(mute.address), 2000);
  t.is(error.code, 'CONNECT_TIMEOUT');
  t.true(error.retriable);
});

test('aborting a connect that hangs rejects with ABORTED', async (t) => {
  const mute = await muteServer();
  t.teardown(() => mute.close());
  const controller = new AbortController();
  const connecting = tcp(t).connect(mute.address, { signal: controller.signal });
  await until(() => mute.sockets.length > 0, 2000, 'the TCP connect');
  controller.abort();
  t.is((await rejection(connecting)).code, 'ABORTED');
});

test('a client that never finishes the handshake is dropped after handshakeTimeoutMs', async (t) => {
  const logger = spyLogger();
  const { address } = await listenOnce(tcp(t, { handshakeTimeoutMs: 100, logger }), 'tcp://127.0.0.1:0');
  const socket = await dial(address);
  socket.on('error', () => {});
  await within(socketClosed(socket), 2000, 'the server to drop the silent client');
  t.regex(logger.warnings[0]?.message ?? '', /handshake/);
});

test('a peer that goes silent is noticed within idleTimeoutMs + keepAliveMs: CONNECTION_LOSS', async (t) => {
  const silent = await silentServer();
  t.teardown(() => silent.close());
  const connection = await tcp(t, { keepAliveMs: 20, idleTimeoutMs: 100 }).connect(silent.address);
  const started = performance.now();
  const error = await closeError(connection, 2000);
  t.is(error?.code, 'CONNECTION_LOSS');
  t.true(performance.now() - started < 100 + 20 + 1500, 'within the bound (plus slack for a loaded machine)');
});

test('idle but live connections stay open: keep-alive pings count as traffic', async (t) => {
  const options = { keepAliveMs: 10, idleTimeoutMs: 40 };
  const { clientEnd, serverEnd } = await pair(t, options);
  let closed = false;
  clientEnd.onClose(() => (closed = true));
  serverEnd.onClose(() => (closed = true));
  await new Promise((resolve) => setTimeout(resolve, 300)); // many idle periods: the thing under test is time passing
  t.false(closed);
});

// ---- back-pressure ----

test('a peer that stops reading: send() turns false at the high-water mark, memory stays bounded, and drain follows resume', async (t) => {
  const highWaterMark = 256 * 1024;
  const { clientEnd, serverEnd } = await pair(t, { highWaterMark, keepAliveMs: 0 });
  const socket = (serverEnd as TcpConnection).socket;
  socket.pause();
  const frame = new Uint8Array(64 * 1024);
  let sent = 0;
  // Send (yielding to the event loop so the kernel buffers really fill) until send() says stop.
  for (;;) {
    const more = clientEnd.send(frame);
    sent++;
    if (!more) break;
    if (sent % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    if (sent > 100_000) t.fail('send() never returned false');
  }
  t.true(clientEnd.bufferedAmount >= highWaterMark);
  t.true(clientEnd.bufferedAmount < highWaterMark + 2 * frame.byteLength, `what waits here is bounded (${clientEnd.bufferedAmount})`);
  const drained = deferred<void>();
  clientEnd.onDrain(() => drained.resolve());
  let received = 0;
  const all = deferred<void>();
  serverEnd.onFrame(() => {
    if (++received === sent) all.resolve();
  });
  socket.resume();
  await within(drained.promise, 5000, 'drain');
  await within(all.promise, 5000, 'every frame');
  t.is(received, sent);
});

test('a sender that ignores send() === false past maxBufferedBytes loses the connection with CONNECTION_LOSS', async (t) => {
  const { clientEnd, serverEnd } = await pair(t, { highWaterMark: 64 * 1024, maxBufferedBytes: 1024 * 1024, maxFrameBytes: 64 * 1024, keepAliveMs: 0 });
  (serverEnd as TcpConnection).socket.pause();
  const closed = closeError(clientEnd);
  const frame = new Uint8Array(32 * 1024);
  let mostBuffered = 0;
  for (let sent = 0; !clientEnd.closed && sent < 100_000; sent++) {
    clientEnd.send(frame);
    if (!clientEnd.closed) mostBuffered = Math.max(mostBuffered, clientEnd.bufferedAmount);
  }
  // The kernel's socket buffers take what they can first; what waits in this process is bounded.
  t.true(clientEnd.closed, 'the connection was dropped');
  t.true(mostBuffered <= 1024 * 1024, `never above the limit (${mostBuffered})`);
  const error = await closed;
  t.is(error?.code, 'CONNECTION_LOSS');
  t.regex(error!.message, /not reading/);
  t.is(t.throws(() => clientEnd.send(frame))?.name, 'ConnectionClosedError');
});

// ---- write coalescing ----

test('a burst of small frames leaves in one socket write', async (t) => {
  const { clientEnd, serverEnd } = await pair(t);
  const socket = (clientEnd as TcpConnection).socket;
  const write = socket.write;
  let writes = 0;
  socket.write = function (this: typeof socket, ...args: Parameters<typeof write>) {
    writes++;
    return write.apply(this, args);
  } as typeof write;
  const all = deferred<void>();
  let received = 0;
  serverEnd.onFrame(() => ++received === 1000 && all.resolve());
  for (let i = 0; i < 1000; i++) clientEnd.send(Uint8Array.of(i & 0xff, 1, 2, 3));
  await within(all.promise, 5000, '1000 frames');
  t.is(writes, 1);
});

test('frames larger than a send buffer arrive whole, and a send buffer reused after its write never changes a frame', async (t) => {
  const { clientEnd, serverEnd } = await pair(t);
  const received: Uint8Array[] = [];
  let wake = () => {};
  serverEnd.onFrame((frame) => {
    received.push(frame);
    wake();
  });
  // One source buffer, refilled before each send (the caller may reuse it at once); waves, so
  // that the second one goes through send buffers the first one's writes gave back.
  const source = new Uint8Array(150 * 1024 + 7);
  let sent = 0;
  for (const wave of [0, 1]) {
    for (let i = 0; i < 20; i++, sent++) clientEnd.send(source.fill(sent & 0xff).subarray(0, source.length - (sent % 3)));
    await within(new Promise<void>((resolve) => (wake = () => received.length === sent && resolve())), 10_000, `wave ${wave}`);
  }
  for (const [i, frame] of received.entries()) {
    t.is(frame.length, source.length - (i % 3), `frame ${i}'s length`);
    t.true(frame.every((b) => b === (i & 0xff)), `frame ${i}'s bytes`);
  }
});

// ---- bounds and garbage ----

test('a frame above the receiver\'s limit closes the link with FRAME_TOO_LARGE on both sides', async (t) => {
  const { clientEnd, serverEnd } = await pair(t, { maxFrameBytes: 1024 }, { maxFrameBytes: 4096 });
  const atServer = closeError(serverEnd);
  const atClient = closeError(clientEnd);
  clientEnd.send(new Uint8Array(2048));
  t.is((await atServer)?.code, 'FRAME_TOO_LARGE');
  t.is((await atClient)?.code, 'FRAME_TOO_LARGE', 'the GOAWAY carried the reason');
});

test('the receiver\'s limit is exact: a frame of maxFrameBytes arrives, one byte more closes the link with FRAME_TOO_LARGE', async (t) => {
  const max = 1024;
  const { clientEnd, serverEnd } = await pair(t, { maxFrameBytes: max }, { maxFrameBytes: 4 * max });
  const received: number[] = [];
  serverEnd.onFrame((frame) => received.push(frame.byteLength));
  const atServer = closeError(serverEnd);
  const atClient = closeError(clientEnd);
  clientEnd.send(new Uint8Array(max).fill(1));
  await until(() => received.length === 1, 5000, 'the frame of exactly the limit');
  t.deepEqual(received, [max]);
  clientEnd.send(new Uint8Array(max + 1));
  t.is((await atServer)?.code, 'FRAME_TOO_LARGE');
  t.is((await atClient)?.code, 'FRAME_TOO_LARGE');
  t.deepEqual(received, [max], 'the frame over the limit was not delivered');
});

test('a length prefix one byte over the limit closes the link with FRAME_TOO_LARGE before its body arrives', async (t) => {
  const max = 1024;
  const accepted: Connection[] = [];
  const server = tcp(t, { maxFrameBytes: max });
  const listener = await server.listen('tcp://127.0.0.1:0', (c) => {
    accepted.push(c);
    c.onFrame(() => {});
  });
  const socket = await handshakenSocket(listener.address);
  socket.on('error', () => {});
  socket.on('data', () => {});
  await until(() => accepted.length === 1, 2000, 'accept');
  const closed = closeError(accepted[0]!);
  socket.write(dataFrame(new Uint8Array(8))); // a first frame, so that maxFrameBytes is the limit at work
  socket.write(dataFrame(new Uint8Array(max + 1)).subarray(0, 4)); // the 4-byte prefix alone, announcing the type byte and max + 1 bytes
  t.is((await closed)?.code, 'FRAME_TOO_LARGE');
  await within(socketClosed(socket), 3000, 'the socket to close');
});

const ALLOWED = ['MALFORMED_FRAME', 'FRAME_TOO_LARGE', 'CONNECTION_LOSS', 'AUTHENTICATION_FAILED', undefined];

test('garbage before the handshake: the server drops the socket and carries on', async (t) => {
  const { address, accepts } = await listenOnce(tcp(t, { handshakeTimeoutMs: 2000 }), 'tcp://127.0.0.1:0');
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2048 }), async (garbage) => {
      const socket = await dial(address);
      socket.on('error', () => {});
      socket.on('data', () => {});
      socket.end(garbage);
      await within(socketClosed(socket), 3000, 'the socket to close');
    }),
    { numRuns: 60 },
  );
  t.is(accepts.length, 0);
  // The listener still works.
  const ok = await within(tcp(t).connect(address), 2000, 'a good connect');
  t.false(ok.closed);
});

test('garbage after the handshake: a typed close (or frames, if the bytes happen to be frames), never a crash', async (t) => {
  const accepted: Connection[] = [];
  const server = tcp(t, { maxFrameBytes: 4096 });
  const listener = await server.listen('tcp://127.0.0.1:0', (c) => {
    accepted.push(c);
    c.onFrame(() => {});
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.oneof(fc.uint8Array({ maxLength: 600 }), fc.uint8Array({ maxLength: 64 }).map((p) => new Uint8Array(dataFrame(p))))),
      async (pieces) => {
        const socket = await handshakenSocket(listener.address);
        socket.on('error', () => {});
        await until(() => accepted.length > 0, 2000, 'accept');
        const connection = accepted.shift()!;
        const closed = closeError(connection, 3000);
        for (const piece of pieces) socket.write(piece);
        socket.end();
        const error = await closed;
        return ALLOWED.includes(error?.code);
      },
    ),
    { numRuns: 60 },
  );
  t.pass();
});

test('IPv6 loopback, where the machine has it', async (t) => {
  const server = tcp(t);
  const listening = await listenOnce(server, 'tcp://[::1]:0').catch(() => null);
  if (!listening) return t.pass('no IPv6 loopback here');
  t.regex(listening.address, /^tcp:\/\/\[::1\]:\d+$/);
  const client = await within(tcp(t).connect(listening.address), 5000, 'connect');
  const serverEnd = await within(listening.accepted, 5000, 'accept');
  const got = deferred<Uint8Array>();
  serverEnd.onFrame((f) => got.resolve(f));
  client.send(Uint8Array.of(6));
  t.deepEqual([...(await within(got.promise, 5000, 'a frame'))], [6]);
});
