import type { ExecutionContext } from 'ava';
import type { Connection, Transport } from '../transports/transport.js';
import type { ConformanceOptions, RawStream, TransportFixture, TransportVariant, Wiretap, WorldConfig } from './options.js';

/** Resolves with `promise`, or rejects if it takes longer than `ms`: every wait has a bound. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A promise of the first `count` frames that `connection` receives. */
export function nextFrames(connection: Connection, count: number): Promise<Uint8Array[]> {
  return receiving(connection, count).frames;
}

/** The first `count` frames `connection` receives, and, for a wait that ends too soon, how far they got. */
export function receiving(connection: Connection, count: number): { frames: Promise<Uint8Array[]>; status(): string } {
  const frames: Uint8Array[] = [];
  const done = deferred<Uint8Array[]>();
  let close: string | null = null;
  if (count === 0) done.resolve(frames);
  connection.onFrame((frame) => {
    if (frames.length < count) frames.push(frame);
    if (frames.length === count) done.resolve(frames);
  });
  connection.onClose((error) => {
    close = error ? `closed with ${error.message}` : 'closed';
    if (frames.length < count) done.reject(new Error(`Closed after ${frames.length} of ${count} frames${error ? `: ${error.message}` : ''}`));
  });
  return {
    frames: done.promise,
    status: () => `${frames.length} of ${count} frames arrived and the connection ${close ?? 'reported no close'}`,
  };
}

/** A promise that resolves with the close error (or undefined) when `connection` closes. */
export function closeOf(connection: Connection): Promise<Error | undefined> {
  return new Promise((resolve) => connection.onClose(resolve));
}

/** Whether `error` is a logkeeper error with `code` (checked by shape, so copies of the package agree). */
export function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** Per-test world: a fresh fixture, and everything it made released at teardown. */
export class World {
  readonly fixture: TransportFixture;
  readonly timeoutMs: number;
  readonly #transports: Transport[] = [];
  readonly #taps: Wiretap[] = [];
  readonly #rawStreams: RawStream[] = [];

  private constructor(fixture: TransportFixture, timeoutMs: number) {
    this.fixture = fixture;
    this.timeoutMs = timeoutMs;
  }

  /** A world with what `config` asks for (see WorldConfig). */
  static async create(t: ExecutionContext, options: ConformanceOptions, config: WorldConfig = {}): Promise<World> {
    const world = new World(await options.factory(config), options.timing?.timeoutMs ?? 10_000);
    t.teardown(() => world.close());
    return world;
  }

  async transport(variant?: TransportVariant): Promise<Transport> {
    const transport = await (variant ? this.fixture.transport(variant) : this.fixture.transport());
    this.#transports.push(transport);
    return transport;
  }

  /** The node of `old` after a restart (see TransportFixture.restart). */
  async restart(old: Transport): Promise<Transport> {
    const transport = await (this.fixture.restart ? this.fixture.restart(old) : this.fixture.transport());
    this.#transports.push(transport);
    return transport;
  }

  /** Listens on a fresh address (or `address`) and echoes every frame; `accepted` lists what reached onConnection. */
  async echoListener(transport: Transport, address = this.fixture.listenAddress()): Promise<{ address: string; accepted: Connection[] }> {
    const accepted: Connection[] = [];
    const listener = await transport.listen(address, (connection) => {
      accepted.push(connection);
      connection.onFrame((frame) => {
        if (!connection.closed) connection.send(frame);
      });
    });
    return { address: listener.address, accepted };
  }

  /** Whether a numbered frame sent on `connection` comes back intact from an echoing end. */
  async echoes(connection: Connection, index: number, size = 32): Promise<boolean> {
    const back = nextFrames(connection, 1);
    connection.send(numberedFrame(index, size));
    const [frame] = await this.within(back, `the echo of frame ${index}`);
    return sameBytes(frame!, numberedFrame(index, size));
  }

  /** A raw byte connection to `address` (see TransportFixture.rawConnect), closed with the world. */
  async rawConnect(address: string): Promise<RawStream> {
    const connect = fixturePart(this.fixture.rawConnect, 'foreignProtocols', 'rawConnect(address)');
    const stream = await this.within(connect.call(this.fixture, address), 'a raw connection');
    this.#rawStreams.push(stream);
    return stream;
  }

  /** A recorder on the path to `address`, closed with the world. */
  async wiretap(address: string): Promise<Wiretap> {
    const tap = await fixturePart(this.fixture.wiretap, 'tls', 'wiretap(address)').call(this.fixture, address);
    this.#taps.push(tap);
    return tap;
  }

  within<T>(promise: Promise<T>, what: string): Promise<T> {
    return within(promise, this.timeoutMs, what);
  }

  /** A listening server transport and a connected client: both ends of one connection. */
  async pair(): Promise<{ server: Connection; client: Connection; serverTransport: Transport; clientTransport: Transport; address: string }> {
    const serverTransport = await this.transport();
    const clientTransport = await this.transport();
    const accepted = deferred<Connection>();
    const listener = await serverTransport.listen(this.fixture.listenAddress(), (c) => accepted.resolve(c));
    const client = await this.within(clientTransport.connect(listener.address), 'connect');
    const server = await this.within(accepted.promise, 'the server to accept');
    return { server, client, serverTransport, clientTransport, address: listener.address };
  }

  async close(): Promise<void> {
    for (const transport of this.#transports) await transport.close();
    for (const stream of this.#rawStreams) stream.close();
    for (const tap of this.#taps) await tap.close();
    await this.fixture.close?.();
  }
}

/**
 * The part of the fixture that a declared feature needs; its absence fails the test: an
 * adapter that declares a feature must let the suite exercise it.
 */
export function fixturePart<T>(part: T | undefined, key: string, what: string): T {
  if (part === undefined) throw new Error(`supports.${key} is declared, but the fixture gives no ${what} to test it with`);
  return part;
}

/** The error a promise rejects with, or null if it resolves (a connection it made is closed). */
export async function outcome(promise: Promise<unknown>): Promise<(Error & { code?: string; retriable?: boolean }) | null> {
  return promise.then(
    (value) => {
      (value as { close?: () => void } | null)?.close?.();
      return null;
    },
    (error: unknown) => error as Error,
  );
}

/** Lets pending I/O and promise continuations run `turns` times (never a wait on time). */
export async function idleTurns(turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Whether `needle` occurs in `haystack`. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  if (needle.byteLength === 0) return true;
  const first = needle[0]!;
  outer: for (let i = haystack.indexOf(first); i !== -1 && i + needle.byteLength <= haystack.byteLength; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.byteLength; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A frame whose first four bytes hold `index`, followed by `size` bytes of a pattern. */
export function numberedFrame(index: number, size: number): Uint8Array {
  const frame = new Uint8Array(4 + size);
  new DataView(frame.buffer).setUint32(0, index);
  for (let i = 0; i < size; i++) frame[4 + i] = (index + i) & 0xff;
  return frame;
}

export function frameNumber(frame: Uint8Array): number {
  return new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0);
}

/** Bytes that differ at every position from a shifted copy, so reordering or truncation shows. */
export function patternBytes(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** An outcome for an assertion message: the error's code and message, or that it succeeded. */
export function described(error: unknown): string {
  if (error === null || error === undefined) return 'no error: it succeeded';
  const code = (error as { code?: unknown }).code;
  return `${typeof code === 'string' ? `${code}: ` : ''}${(error as Error).message ?? String(error)}`;
}
