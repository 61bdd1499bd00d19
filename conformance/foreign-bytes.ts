import type { ByteStream, ForeignProtocol } from '../transports/byte-stream.js';

/*
 * First bytes of the foreign protocols a member serves beside its own (Kafka's and
 * ZooKeeper's), as their clients really send them, and fake protocols that recognise them.
 * Two of them begin, as many adapters' own preludes do, with a big-endian length: telling
 * them apart is the adapter's job.
 */

function int32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function ascii(text: string): number[] {
  return [...new TextEncoder().encode(text)];
}

/** Kafka's ApiVersions request v3 (request header v2), a Kafka client's first request. */
export function kafkaApiVersions(correlationId: number): Uint8Array {
  const body = [
    0x00, 0x12, 0x00, 0x03, // api_key 18 (ApiVersions), api_version 3
    ...int32(correlationId),
    0x00, 0x07, ...ascii('kafkajs'), // client_id
    0x00, // header tagged fields
    0x08, ...ascii('kafkajs'), 0x06, ...ascii('2.2.4'), // compact client software name and version
    0x00, // body tagged fields
  ];
  return Uint8Array.from([...int32(body.length), ...body]);
}

/** ZooKeeper's ConnectRequest: length 45, protocol version 0, last zxid, timeout, session, password, read-only flag. */
export function zookeeperConnect(): Uint8Array {
  const body = [...int32(0), ...int32(0), ...int32(0), ...int32(30_000), ...int32(0), ...int32(0), ...int32(16), ...new Array<number>(16).fill(0), 0];
  return Uint8Array.from([...int32(body.length), ...body]);
}

/** A ZooKeeper four-letter command. */
export function fourLetters(command: string): Uint8Array {
  return new TextEncoder().encode(command);
}

export interface FakeProtocol extends ForeignProtocol {
  /** The streams handed over, and every byte each received. */
  readonly streams: Array<{ stream: ByteStream; bytes: number[] }>;
  /** Resolves once a stream has received `count` bytes. */
  receivedBytes(count: number): Promise<number[]>;
}

function fake(name: string, matches: (prefix: Uint8Array) => boolean | undefined, onBytes?: (stream: ByteStream, bytes: number[]) => void): FakeProtocol {
  const streams: Array<{ stream: ByteStream; bytes: number[] }> = [];
  const waiting: Array<{ count: number; resolve: (bytes: number[]) => void }> = [];
  return {
    name,
    streams,
    matches,
    accept(stream) {
      const entry = { stream, bytes: [] as number[] };
      streams.push(entry);
      stream.onData((chunk) => {
        entry.bytes.push(...chunk);
        for (const w of waiting.filter((w) => entry.bytes.length >= w.count)) w.resolve(entry.bytes);
        onBytes?.(stream, entry.bytes);
      });
    },
    receivedBytes(count) {
      const done = streams.find((s) => s.bytes.length >= count);
      return done ? Promise.resolve(done.bytes) : new Promise((resolve) => waiting.push({ count, resolve }));
    },
  };
}

function view(prefix: Uint8Array): DataView {
  return new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
}

/** Kafka: a size, then an API key below 100 and a version below 20 (tried after ZooKeeper, whose connect request would pass for Produce v0); answers each full request with "kafka". */
export function fakeKafka(): FakeProtocol {
  return fake('kafka', (prefix) => {
    if (prefix.byteLength < 8) return undefined;
    const v = view(prefix);
    return v.getInt32(0) > 0 && v.getInt16(4) >= 0 && v.getInt16(4) < 100 && v.getInt16(6) >= 0 && v.getInt16(6) < 20;
  }, (stream, bytes) => {
    if (bytes.length >= 4 && bytes.length === 4 + view(Uint8Array.from(bytes)).getInt32(0)) stream.write(Uint8Array.from(ascii('kafka')));
  });
}

/** ZooKeeper: a length of 44 to 48, then protocol version 0. */
export function fakeZooKeeper(): FakeProtocol {
  return fake('zookeeper', (prefix) => {
    if (prefix.byteLength < 8) return undefined;
    const v = view(prefix);
    return v.getInt32(0) >= 44 && v.getInt32(0) <= 48 && v.getInt32(4) === 0;
  });
}

/** Four-letter commands: answers `ruok` with `imok` and ends the stream, as ZooKeeper does. */
export function fakeFourLetters(): FakeProtocol {
  return fake('four-letter', (prefix) => {
    const letters = ['ruok', 'srvr', 'mntr', 'stat'];
    const text = String.fromCharCode(...prefix.subarray(0, 4));
    if (!letters.some((l) => l.startsWith(text))) return false;
    return prefix.byteLength >= 4 ? true : undefined;
  }, (stream, bytes) => {
    if (bytes.length === 4) {
      stream.write(Uint8Array.from(ascii('imok')));
      stream.close();
    }
  });
}
