import type { ExecutionContext, TestFn } from 'ava';
import type { Connection } from '../transports/transport.js';
import { fakeFourLetters, fakeKafka, fakeZooKeeper, fourLetters, kafkaApiVersions, zookeeperConnect } from './foreign-bytes.js';
import { featureGroup } from './group.js';
import { World, deferred, described, hasCode } from './helpers.js';
import type { ConformanceOptions, RawStream } from './options.js';

/** Every byte a raw stream receives, a wait for the first `count`, and a wait for its end. */
function reading(stream: RawStream) {
  const bytes: number[] = [];
  const ended = deferred<void>();
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  stream.onData((chunk) => {
    bytes.push(...chunk);
    for (const w of waiting) if (bytes.length >= w.count) w.resolve();
  });
  stream.onClose(() => ended.resolve());
  const received = (count: number) => (bytes.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ count, resolve })));
  return { bytes, ended: ended.promise, received };
}

const text = (bytes: number[]) => String.fromCharCode(...bytes);

/**
 * `foreignProtocols`: a listener also serves other systems' wire protocols, told apart from
 * the adapter's own by a connection's first bytes (transports/byte-stream.ts). Raw
 * connections come from the fixture's `rawConnect`, as a Kafka or ZooKeeper client's would.
 * An adapter that does not declare it must refuse `foreign` with BAD_ARGUMENTS, because a
 * member relies on that refusal to know that its rooms are not served.
 */
export function foreignProtocolsGroup(test: TestFn, options: ConformanceOptions): void {
  const check = featureGroup(test, options, 'foreignProtocols');
  const setUp = async (t: ExecutionContext) => {
    const w = await World.create(t, options);
    const protocols = { kafka: fakeKafka(), zookeeper: fakeZooKeeper(), fourLetters: fakeFourLetters() };
    const accepted: Connection[] = [];
    const server = await w.transport();
    const listener = await server.listen(w.fixture.listenAddress(), (c) => {
      accepted.push(c);
      c.onFrame((f) => c.send(f));
    }, { foreign: [protocols.zookeeper, protocols.kafka, protocols.fourLetters] });
    const raw = (): Promise<RawStream> => w.rawConnect(listener.address);
    return { w, protocols, accepted, address: listener.address, raw };
  };

  check('Kafka\'s, ZooKeeper\'s and a four-letter command\'s first bytes each reach their protocol, beside the adapter\'s own clients', async (t) => {
    const { w, protocols, accepted, address, raw } = await setUp(t);
    const kafka = await raw();
    const zookeeper = await raw();
    const request = kafkaApiVersions(7);
    // Split, as a socket may deliver it: the protocols must wait for enough bytes to be sure.
    kafka.write(request.subarray(0, 3));
    kafka.write(request.subarray(3));
    zookeeper.write(zookeeperConnect());
    const own = await w.within((await w.transport()).connect(address), 'the adapter\'s own client to connect');
    t.true(await w.echoes(own, 1), 'the adapter\'s own client is served on the same listener');
    const [atKafka, atZooKeeper] = await w.within(
      Promise.all([protocols.kafka.receivedBytes(request.byteLength), protocols.zookeeper.receivedBytes(zookeeperConnect().byteLength)]),
      'the protocols to receive their first bytes',
    );
    t.deepEqual(atKafka, [...request], 'Kafka\'s protocol gets the request whole, from its first byte');
    t.deepEqual(atZooKeeper, [...zookeeperConnect()], 'ZooKeeper\'s protocol gets the connect request whole');
    t.is(accepted.length, 1, 'only the adapter\'s own client reached onConnection');
    t.deepEqual([protocols.kafka.streams.length, protocols.zookeeper.streams.length], [1, 1], 'each protocol got one stream');
  });

  check('a foreign stream carries bytes both ways and ends from either side', async (t) => {
    const { w, protocols, raw } = await setUp(t);
    // ZooKeeper's way: the server answers a four-letter command and ends the stream.
    const ruok = await raw();
    const answer = reading(ruok);
    ruok.write(fourLetters('ruok'));
    await w.within(answer.ended, 'the four-letter stream to end after its answer');
    t.is(text(answer.bytes), 'imok', 'the answer arrives before the end');
    // The client's way: it reads its answer and ends; the protocol sees the end.
    const kafka = await raw();
    const reply = reading(kafka);
    kafka.write(kafkaApiVersions(9));
    await w.within(protocols.kafka.receivedBytes(kafkaApiVersions(9).byteLength), 'the request');
    const stream = protocols.kafka.streams[0]!.stream;
    const streamEnded = deferred<void>();
    stream.onClose(() => streamEnded.resolve());
    await w.within(reply.received(5), 'the protocol\'s reply');
    t.is(text(reply.bytes), 'kafka', 'the protocol\'s reply reaches the client');
    kafka.close();
    await w.within(streamEnded.promise, 'the protocol\'s stream to see the client end');
    t.true(stream.closed);
  });

  check('bytes no protocol claims reach neither a protocol nor onConnection: the adapter refuses them', async (t) => {
    const { w, protocols, accepted, raw } = await setUp(t);
    const stranger = await raw();
    const ended = reading(stranger).ended;
    stranger.write(new Uint8Array(64).fill(0xff));
    await w.within(ended, 'the listener to drop the unclaimed connection');
    t.deepEqual(Object.values(protocols).map((p) => p.streams.length), [0, 0, 0], 'no protocol took it');
    t.is(accepted.length, 0, 'nothing reached onConnection');
  });

  const refusal = `${options.name} › transport › listen with foreign protocols is refused with BAD_ARGUMENTS by an adapter that does not declare foreignProtocols`;
  (options.supports.foreignProtocols ? test.skip : test)(refusal, async (t) => {
    const w = await World.create(t, options);
    const transport = await w.transport();
    const error = await transport.listen(w.fixture.listenAddress(), () => {}, { foreign: [fakeFourLetters()] }).then(
      (listener) => {
        void listener.close();
        return null;
      },
      (e: unknown) => e,
    );
    t.true(hasCode(error, 'BAD_ARGUMENTS'), `refused with BAD_ARGUMENTS (got ${described(error)})`);
  });
}
