import { MalformedFrameError } from '../../../errors/index.js';

/*
 * Kafka's ConsumerProtocol: the bytes a classic group carries for consumers (protocol type
 * "consumer"). A member's JoinGroup metadata is a Subscription, the leader's SyncGroup gives
 * each member an Assignment. Both start with an int16 version; the rest is Kafka's
 * non-flexible encoding, big-endian: arrays and bytes with an int32 length (-1: null),
 * strings with an int16 length.
 *
 *   Subscription v0: topics [string], userData bytes
 *                v1: + ownedPartitions [{ topic string, partitions [int32] }]
 *                v2: + generationId int32
 *                v3: + rackId nullable string
 *   Assignment   v0..v3: assignedPartitions [{ topic, partitions [int32] }], userData bytes
 *
 * Encoding writes version 3 (what Kafka's clients of today write). Decoding reads any
 * version; a version above 3 is read as 3 and what follows is ignored, as Kafka does (later
 * versions only append fields).
 */

export const CONSUMER_PROTOCOL_TYPE = 'consumer';
export const CONSUMER_PROTOCOL_VERSION = 3;

export interface TopicPartitionList {
  topic: string;
  partitions: number[];
}

export interface Subscription {
  topics: string[];
  userData: Uint8Array | null;
  /** What the member owns now (cooperative protocols). */
  ownedPartitions: TopicPartitionList[];
  /** The generation the owned partitions are from; -1 when unknown. */
  generationId: number;
  rackId: string | null;
}

export interface Assignment {
  assignedPartitions: TopicPartitionList[];
  userData: Uint8Array | null;
}

export function encodeSubscription(s: Subscription): Uint8Array {
  const w = new Writer();
  w.int16(CONSUMER_PROTOCOL_VERSION);
  w.array(s.topics, (t) => w.string(t));
  w.bytes(s.userData);
  w.array(s.ownedPartitions, (tp) => writeTopicPartitions(w, tp));
  w.int32(s.generationId);
  w.nullableString(s.rackId);
  return w.done();
}

export function decodeSubscription(bytes: Uint8Array): Subscription {
  return decoding('Subscription', bytes, (r) => {
    const version = r.version();
    const topics = r.array(() => r.string());
    const userData = r.bytes();
    const ownedPartitions = version >= 1 ? r.array(() => readTopicPartitions(r)) : [];
    const generationId = version >= 2 ? r.int32() : -1;
    const rackId = version >= 3 ? r.nullableString() : null;
    return { topics, userData, ownedPartitions, generationId, rackId };
  });
}

export function encodeAssignment(a: Assignment): Uint8Array {
  const w = new Writer();
  w.int16(CONSUMER_PROTOCOL_VERSION);
  w.array(a.assignedPartitions, (tp) => writeTopicPartitions(w, tp));
  w.bytes(a.userData);
  return w.done();
}

/** An empty byte string (what a member with nothing assigned may get from a coordinator) is an empty assignment. */
export function decodeAssignment(bytes: Uint8Array): Assignment {
  if (bytes.length === 0) return { assignedPartitions: [], userData: null };
  return decoding('Assignment', bytes, (r) => {
    r.version();
    const assignedPartitions = r.array(() => readTopicPartitions(r));
    const userData = r.bytes();
    return { assignedPartitions, userData };
  });
}

function writeTopicPartitions(w: Writer, tp: TopicPartitionList): void {
  w.string(tp.topic);
  w.array(tp.partitions, (p) => w.int32(p));
}

function readTopicPartitions(r: Reader): TopicPartitionList {
  return { topic: r.string(), partitions: r.array(() => r.int32()) };
}

function decoding<T>(what: string, bytes: Uint8Array, read: (r: Reader) => T): T {
  try {
    return read(new Reader(bytes));
  } catch (error) {
    throw new MalformedFrameError(`Undecodable ConsumerProtocol ${what}: ${(error as Error).message}`, { cause: error });
  }
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

class Writer {
  #chunks: number[] = [];

  int16(v: number): void {
    this.#chunks.push((v >> 8) & 0xff, v & 0xff);
  }

  int32(v: number): void {
    this.#chunks.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
  }

  raw(bytes: Uint8Array): void {
    for (const b of bytes) this.#chunks.push(b);
  }

  string(s: string): void {
    const bytes = utf8.encode(s);
    if (bytes.length > 0x7fff) throw new MalformedFrameError('A ConsumerProtocol string is longer than 32767 bytes');
    this.int16(bytes.length);
    this.raw(bytes);
  }

  nullableString(s: string | null): void {
    if (s === null) this.int16(-1);
    else this.string(s);
  }

  bytes(b: Uint8Array | null): void {
    if (b === null) return this.int32(-1);
    this.int32(b.length);
    this.raw(b);
  }

  array<T>(items: readonly T[], write: (item: T) => void): void {
    this.int32(items.length);
    for (const item of items) write(item);
  }

  done(): Uint8Array {
    return Uint8Array.from(this.#chunks);
  }
}

class Reader {
  readonly #view: DataView;
  readonly #bytes: Uint8Array;
  #at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  version(): number {
    const v = this.int16();
    if (v < 0) throw new Error(`version ${v}`);
    return Math.min(v, CONSUMER_PROTOCOL_VERSION);
  }

  int16(): number {
    this.#need(2);
    const v = this.#view.getInt16(this.#at);
    this.#at += 2;
    return v;
  }

  int32(): number {
    this.#need(4);
    const v = this.#view.getInt32(this.#at);
    this.#at += 4;
    return v;
  }

  string(): string {
    const s = this.nullableString();
    if (s === null) throw new Error('a null string');
    return s;
  }

  nullableString(): string | null {
    const n = this.int16();
    if (n < 0) return null;
    return fromUtf8.decode(this.#take(n));
  }

  bytes(): Uint8Array | null {
    const n = this.int32();
    return n < 0 ? null : this.#take(n).slice();
  }

  array<T>(read: () => T): T[] {
    const n = this.int32();
    if (n < 0) return [];
    // Each element is at least one byte: a count beyond what is left is a lie, not an allocation to make.
    this.#need(n);
    return Array.from({ length: n }, read);
  }

  #take(n: number): Uint8Array {
    this.#need(n);
    const out = this.#bytes.subarray(this.#at, this.#at + n);
    this.#at += n;
    return out;
  }

  #need(n: number): void {
    if (this.#at + n > this.#bytes.length) throw new Error(`truncated at byte ${this.#at}`);
  }
}
