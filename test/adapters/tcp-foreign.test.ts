import test, { type ExecutionContext } from 'ava';
import * as tls from 'node:tls';
import type { Socket } from 'node:net';
import { TcpTransport, type TcpTransportOptions } from '../../adapters/tcp/index.js';
import { WebSocketTransport } from '../../adapters/websocket/index.js';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { isOwnPrelude, whoseBytes } from '../../adapters/tcp/first-bytes.js';
import { ClientHandshake, createSecretKey } from '../../adapters/shared/auth.js';
import { controlFrame, FrameType } from '../../adapters/tcp/wire.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { parseTcpAddress } from '../../adapters/tcp/address.js';
import type { ByteStream, ForeignProtocol } from '../../transports/byte-stream.js';
import type { Connection } from '../../transports/transport.js';
import { closing, deferred, rejection, spyLogger, until, within } from './helpers/world.js';
import { dial, socketClosed } from './helpers/raw-tcp.js';
import { testCertificates } from './helpers/tls.js';
import { kafkaApiVersions as realKafkaApiVersions, zookeeperConnect as realZookeeperConnect } from '../../conformance/foreign-bytes.js';

/*
 * Rooms for foreign protocols on a TCP listener: fake Kafka-, ZooKeeper- and four-letter-
 * command protocols, recognised by real first bytes of those protocols, beside the adapter's
 * own clients on the same port.
 */

const certs = testCertificates();

// ---- first bytes of real protocols (the conformance suite's) ----

const kafkaApiVersions = (correlationId: number) => Buffer.from(realKafkaApiVersions(correlationId));
const zookeeperConnect = () => Buffer.from(realZookeeperConnect());

// ---- fake protocols ----

interface Fake extends ForeignProtocol {
  streams: ByteStream[];
  /** Every byte each stream received, in order. */
  received: Buffer[][];
}

/** Answers each Kafka request with "kafka:" and its correlation id; closes the stream on a request it cannot read. */
function fakeKafka(): Fake {
  const fake: Fake = {
    name: 'kafka',
    streams: [],
    received: [],
    matches(prefix) {
      if (prefix.byteLength < 8) return undefined;
      const view = Buffer.from(prefix.buffer, prefix.byteOffset, prefix.byteLength);
      const size = view.readInt32BE(0);
      return size >= 8 && size < 1 << 20 && view.readInt16BE(4) === 18 && view.readInt16BE(6) <= 4;
    },
    accept(stream) {
      fake.streams.push(stream);
      const received: Buffer[] = [];
      fake.received.push(received);
      let pending = Buffer.alloc(0);
      stream.onData((chunk) => {
        received.push(Buffer.from(chunk));
        pending = Buffer.concat([pending, chunk]);
        while (pending.length >= 4) {
          const size = pending.readInt32BE(0);
          if (size < 8 || size > 1 << 20) return stream.close();
          if (pending.length < 4 + size) return;
          stream.write(Buffer.from(`kafka:${pending.readInt32BE(8)}\n`));
          pending = pending.subarray(4 + size);
        }
      });
    },
  };
  return fake;
}

function fakeZooKeeper(): Fake {
  const fake: Fake = {
    name: 'zookeeper',
    streams: [],
    received: [],
    matches(prefix) {
      if (prefix.byteLength < 8) return undefined;
      const view = Buffer.from(prefix.buffer, prefix.byteOffset, prefix.byteLength);
      return view.readInt32BE(0) >= 44 && view.readInt32BE(0) <= 64 && view.readInt32BE(4) === 0;
    },
    accept(stream) {
      fake.streams.push(stream);
      const received: Buffer[] = [];
      fake.received.push(received);
      stream.onData((chunk) => {
        received.push(Buffer.from(chunk));
        if (Buffer.concat(received).length >= 49) stream.write(Buffer.from('zookeeper:connected\n'));
      });
    },
  };
  return fake;
}

/**
 * ZooKeeper's four-letter commands: "ruok" answered "imok", then the stream ends. With `late`,
 * it sets its data handler a turn after it takes the stream, as a protocol that sets up
 * asynchronously would: what arrived meanwhile (even the peer's end) waits for it.
 */
function fakeFourLetters(late = false): Fake {
  const word = Buffer.from('ruok');
  const fake: Fake = {
    name: 'four-letter',
    streams: [],
    received: [],
    matches(prefix) {
      const n = Math.min(prefix.byteLength, 4);
      if (!Buffer.from(prefix.subarray(0, n)).equals(word.subarray(0, n))) return false;
      return n === 4 ? true : undefined;
    },
    accept(stream) {
      fake.streams.push(stream);
      const received: Buffer[] = [];
      fake.received.push(received);
      const listen = () => stream.onData((chunk) => {
        received.push(Buffer.from(chunk));
        stream.write(Buffer.from('imok'));
        stream.close();
      });
      if (late) setTimeout(listen, 50);
      else listen();
    },
  };
  return fake;
}

// ---- helpers ----

function tcp(t: ExecutionContext, options: TcpTransportOptions = {}): TcpTransport {
  return closing(t, new TcpTransport({ logger: silentLogger, ...options }));
}

async function serve(t: ExecutionContext, options: TcpTransportOptions = {}, scheme = 'tcp') {
  const fakes = { kafka: fakeKafka(), zookeeper: fakeZooKeeper(), fourLetters: fakeFourLetters(true) };
  const transport = tcp(t, options);
  const accepts: Connection[] = [];
  const listener = await transport.listen(`${scheme}://127.0.0.1:0`, (c) => {
    accepts.push(c);
    c.onFrame((frame) => c.send(frame));
  }, { foreign: [fakes.kafka, fakes.zookeeper, fakes.fourLetters] });
  return { transport, address: listener.address, accepts, fakes };
}

/** A raw socket (TLS when `secure`) that writes `bytes` in pieces of `piece` bytes and collects what comes back. */
async function rawClient(address: string, secure = false) {
  const { host, port } = parseTcpAddress(address, false);
  const socket: Socket = secure
    ? await new Promise<tls.TLSSocket>((resolve, reject) => {
      const s = tls.connect({ host, port, ...certs.client() }, () => resolve(s));
      s.once('error', reject);
    })
    : await dial(address);
  const received: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  socket.on('error', () => {});
  return {
    socket,
    text: () => Buffer.concat(received).toString('latin1'),
    async send(bytes: Buffer, piece = bytes.length) {
      for (let at = 0; at < bytes.length; at += piece) {
        socket.write(bytes.subarray(at, at + piece));
        // Let each piece arrive on its own.
        if (piece < bytes.length) await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

async function echoes(connection: Connection, payload: number[]): Promise<number[]> {
  const got = deferred<Uint8Array>();
  connection.onFrame((frame) => got.resolve(frame));
  connection.send(Uint8Array.from(payload));
  return [...(await within(got.promise, 5000, 'an echo'))];
}

// ---- the first bytes ----

test('the own prelude is told from Kafka\'s, ZooKeeper\'s, four-letter commands and TLS by at most 8 bytes', (t) => {
  const hello = controlFrame(FrameType.Handshake, new ClientHandshake(null).hello());
  for (let n = 0; n < 8; n++) t.is(isOwnPrelude(hello.subarray(0, n)), undefined, `${n} bytes of the own HELLO: not sure yet`);
  t.true(isOwnPrelude(hello));
  t.true(isOwnPrelude(controlFrame(FrameType.Handshake, new ClientHandshake(createSecretKey('s')).hello())));
  t.is(hello.length - 4, hello[3], 'a length below 256');
  for (const [name, bytes] of [
    ['kafka', kafkaApiVersions(1)],
    ['zookeeper', zookeeperConnect()],
    ['ruok', Buffer.from('ruok')],
    ['TLS ClientHello', Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00])],
  ] as const) {
    t.false(isOwnPrelude(bytes), `${name} is not the own prelude`);
    const firstDifference = [...bytes.subarray(0, 8)].findIndex((_b, i) => isOwnPrelude(bytes.subarray(0, i + 1)) === false);
    t.true(firstDifference >= 0 && firstDifference < 8, `${name} is ruled out within 8 bytes`);
  }
  const fakes = [fakeKafka(), fakeZooKeeper(), fakeFourLetters()];
  const none = () => t.fail('no matcher throws');
  t.is(whoseBytes(hello, fakes, none), 'own');
  t.is(whoseBytes(kafkaApiVersions(1), fakes, none), fakes[0]);
  t.is(whoseBytes(zookeeperConnect(), fakes, none), fakes[1]);
  t.is(whoseBytes(Buffer.from('ruok'), fakes, none), fakes[2]);
  t.is(whoseBytes(Buffer.from('ru'), fakes, none), undefined, 'a four-letter command begun: wait');
  t.is(whoseBytes(Buffer.from('GET / HTTP/1.1\r\n'), fakes, none), 'own', 'nobody\'s bytes are the adapter\'s own: its handshake refuses them');
  t.is(whoseBytes(new Uint8Array(64).fill(0x20), [{ name: 'never sure', matches: () => undefined, accept() {} }], none), 'own', 'undecided after 64 bytes: own');
  const thrown: string[] = [];
  t.is(whoseBytes(Buffer.from('ruok'), [{ name: 'broken', matches: () => { throw new Error('bug'); }, accept() {} }, fakes[2]!], (p) => thrown.push(p.name)), fakes[2]);
  t.deepEqual(thrown, ['broken'], 'a matcher that throws counts as no, and is reported');
});

// ---- one listener, several protocols ----

for (const scheme of ['tcp', 'tls'] as const) {
  test(`${scheme}: one listener serves its own clients beside Kafka-, ZooKeeper- and four-letter-command streams, each recognised by its first bytes`, async (t) => {
    const secure = scheme === 'tls';
    const options: TcpTransportOptions = { secret: 'cluster', ...(secure ? { tls: certs.server() } : {}) };
    const { address, accepts, fakes } = await serve(t, options, scheme);
    const own = await within(tcp(t, { secret: 'cluster', ...(secure ? { tls: certs.client() } : {}) }).connect(address), 5000, 'an own client');
    t.deepEqual(await echoes(own, [1, 2, 3]), [1, 2, 3]);

    // Kafka: the request arrives a byte at a time, so the listener decides on a growing prefix.
    const kafka = await rawClient(address, secure);
    const request = kafkaApiVersions(7);
    await kafka.send(request, 1);
    await until(() => kafka.text() === 'kafka:7\n', 5000, 'the Kafka-like answer');
    t.true(Buffer.concat(fakes.kafka.received[0]!).equals(request), 'the stream replays the bytes it was recognised by, then the rest');
    await kafka.send(Buffer.concat([kafkaApiVersions(8), kafkaApiVersions(9)]));
    await until(() => kafka.text() === 'kafka:7\nkafka:8\nkafka:9\n', 5000, 'two more answers');

    const zk = await rawClient(address, secure);
    await zk.send(zookeeperConnect());
    await until(() => zk.text() === 'zookeeper:connected\n', 5000, 'the ZooKeeper-like answer');

    // A four-letter command sent as `echo ruok | nc` does: the word, then the end of its side.
    const ruok = await rawClient(address, secure);
    ruok.socket.end('ruok');
    await within(socketClosed(ruok.socket), 5000, 'the four-letter stream to end');
    t.is(ruok.text(), 'imok', 'answered although the client had ended its side');

    t.is(fakes.kafka.streams.length, 1);
    t.is(fakes.zookeeper.streams.length, 1);
    t.is(fakes.fourLetters.streams.length, 1);
    t.is(accepts.length, 1, 'only the own client reached onConnection');
    const stream = fakes.kafka.streams[0]!;
    t.regex(stream.remoteAddress, new RegExp(`^${scheme}://127\\.0\\.0\\.1:\\d+$`));
    t.is(stream.localAddress, address);
    t.deepEqual(await echoes(own, [4]), [4], 'the own client is still served');
  });
}

test('a foreign stream\'s garbage, or its peer vanishing, disturbs neither other streams nor the own connections', async (t) => {
  const { address, fakes } = await serve(t, { handshakeTimeoutMs: 300 });
  const own = await within(tcp(t).connect(address), 5000, 'an own client');
  const steady = await rawClient(address);
  await steady.send(kafkaApiVersions(1));
  await until(() => steady.text() === 'kafka:1\n', 5000, 'the steady stream');

  // Garbage after a recognised start: the protocol closes its stream.
  const noisy = await rawClient(address);
  await noisy.send(Buffer.concat([kafkaApiVersions(2), Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3])]));
  await within(socketClosed(noisy.socket), 5000, 'the protocol to close the noisy stream');
  t.true(fakes.kafka.streams[1]!.closed);
  // A peer that goes away in the middle of a request.
  const vanishing = await rawClient(address);
  const closed = deferred<Error | undefined>();
  await vanishing.send(kafkaApiVersions(3).subarray(0, 12));
  await until(() => fakes.kafka.streams.length === 3, 5000, 'the third stream');
  fakes.kafka.streams[2]!.onClose((error) => closed.resolve(error));
  vanishing.socket.destroy();
  await within(closed.promise, 5000, 'the stream to see its peer go');
  // A peer that begins a four-letter word and stops: undecided, dropped at the handshake timeout.
  const stalled = await rawClient(address);
  await stalled.send(Buffer.from('ru'));
  await within(socketClosed(stalled.socket), 5000, 'the stalled peer to be dropped');
  // Bytes nobody claims are the adapter's own, whose handshake refuses them.
  const stranger = await rawClient(address);
  await stranger.send(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  await within(socketClosed(stranger.socket), 5000, 'the stranger to be refused');
  t.regex(stranger.text(), /MALFORMED_FRAME/);

  await steady.send(kafkaApiVersions(4));
  await until(() => steady.text() === 'kafka:1\nkafka:4\n', 5000, 'the steady stream still answers');
  t.deepEqual(await echoes(own, [9]), [9], 'the own connection still works');
  t.is(fakes.fourLetters.streams.length, 0);
});

test('a foreign stream: back-pressure with write and onDrain, pause and resume, close, and a bound on what a protocol may queue', async (t) => {
  const hwm = 64 * 1024;
  const transport = tcp(t, { highWaterMark: hwm, maxFrameBytes: 64 * 1024, maxBufferedBytes: 1024 * 1024 });
  const fake = fakeKafka();
  const accepted: ByteStream[] = [];
  fake.accept = (stream) => accepted.push(stream);
  const listener = await transport.listen('tcp://127.0.0.1:0', () => {}, { foreign: [fake] });
  const peer = await rawClient(listener.address);
  peer.socket.pause();
  await peer.send(kafkaApiVersions(1));
  await until(() => accepted.length === 1, 5000, 'the stream');
  const stream = accepted[0]!;
  const chunks: Buffer[] = [];
  stream.onData((chunk) => chunks.push(Buffer.from(chunk)));
  await until(() => chunks.length === 1, 5000, 'the replayed first bytes');

  // The peer does not read: write turns false at the high-water mark, onDrain follows when it reads.
  const piece = new Uint8Array(16 * 1024);
  let writes = 0;
  while (stream.write(piece)) writes++;
  t.true(stream.bufferedAmount >= hwm, `false at ${stream.bufferedAmount} buffered after ${writes} writes`);
  const drained = deferred<void>();
  stream.onDrain(() => drained.resolve());
  peer.socket.resume();
  await within(drained.promise, 5000, 'drain once the peer reads');
  t.true(stream.bufferedAmount < hwm);

  // Paused, the stream delivers nothing; a round trip through the listener on another stream proves the bytes had time to come.
  stream.pause();
  peer.socket.write('held');
  const other = await rawClient(listener.address);
  await other.send(kafkaApiVersions(2));
  await until(() => accepted.length === 2, 5000, 'another stream');
  t.is(chunks.length, 1, 'nothing delivered while paused');
  stream.resume();
  await until(() => Buffer.concat(chunks.slice(1)).toString() === 'held', 5000, 'the held bytes after resume');

  const closes: Array<Error | undefined> = [];
  stream.onClose((error) => closes.push(error));
  stream.write(Buffer.from('bye'));
  stream.close();
  t.true(stream.closed);
  t.is(closes.length, 1);
  t.is(closes[0], undefined, 'a clean close');
  t.is((t.throws(() => stream.write(piece)) as { code?: string }).code, 'CONNECTION_CLOSED');
  await within(socketClosed(peer.socket), 5000, 'the peer to see the end');
  t.true(peer.text().endsWith('bye'), 'what was written before close arrives first');

  // A protocol that ignores false and goes on past maxBufferedBytes loses the stream.
  const greedy = accepted[1]!;
  other.socket.pause();
  const lost = deferred<(Error & { code?: string }) | undefined>();
  greedy.onClose((error) => lost.resolve(error));
  for (let i = 0; i < 200 && !greedy.closed; i++) greedy.write(new Uint8Array(64 * 1024));
  t.is((await within(lost.promise, 5000, 'the greedy stream to be dropped'))?.code, 'CONNECTION_LOSS');
});

test('transport.close() ends the foreign streams too; a closed listener takes no new ones', async (t) => {
  const { transport, address, fakes } = await serve(t);
  const peer = await rawClient(address);
  await peer.send(kafkaApiVersions(1));
  await until(() => peer.text() === 'kafka:1\n', 5000, 'a stream');
  const ended = deferred<Error | undefined>();
  fakes.kafka.streams[0]!.onClose((error) => ended.resolve(error));
  await transport.close();
  t.is(await within(ended.promise, 5000, 'the stream to end'), undefined);
  await within(socketClosed(peer.socket), 5000, 'the peer to see it');
  t.is((await rejection(dial(address))).message.length > 0, true, 'nothing listens any more');
});

test('listen with foreign protocols is refused by adapters that do not declare foreignProtocols; TCP declares it', async (t) => {
  const foreign = [fakeFourLetters()];
  t.true(new TcpTransport({ logger: silentLogger }).supports.foreignProtocols);
  const ws = closing(t, new WebSocketTransport({ logger: silentLogger }));
  t.false(ws.supports.foreignProtocols);
  t.is((await rejection(ws.listen('ws://127.0.0.1:0/', () => {}, { foreign }))).code, 'BAD_ARGUMENTS');
  const memory = new MemoryNetwork().transport('a');
  t.is((await rejection(memory.listen('a', () => {}, { foreign }))).code, 'BAD_ARGUMENTS');
  t.is((await rejection(tcp(t).listen('tcp://127.0.0.1:0', () => {}, { foreign: [{ name: 'x' } as never] }))).code, 'BAD_ARGUMENTS', 'a protocol without matches/accept');
});

test('a matcher that throws is logged and counts as no; a protocol whose accept throws loses only that stream', async (t) => {
  const logger = spyLogger();
  const transport = tcp(t, { logger });
  const four = fakeFourLetters();
  const listener = await transport.listen('tcp://127.0.0.1:0', () => {}, {
    foreign: [
      { name: 'broken matcher', matches: () => { throw new Error('bug'); }, accept() {} },
      { name: 'broken accept', matches: (p) => (p[0] === 0x78 ? true : p.byteLength === 0 ? undefined : false), accept() { throw new Error('bug'); } },
      four,
    ],
  });
  const bad = await rawClient(listener.address);
  await bad.send(Buffer.from('xyz'));
  await within(socketClosed(bad.socket), 5000, 'the stream whose accept threw to close');
  const ruok = await rawClient(listener.address);
  ruok.socket.write('ruok');
  await within(socketClosed(ruok.socket), 5000, 'ruok answered');
  t.is(ruok.text(), 'imok');
  t.true(logger.warnings.some((w) => w.fields?.protocol === 'broken matcher'));
  t.true(logger.warnings.some((w) => w.fields?.protocol === 'broken accept'));
});
