import type { ExecutionContext } from 'ava';
import type { Connection, Transport } from '../transports/transport.js';
import type { ConformanceOptions, TransportFixture } from './options.js';

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
  const frames: Uint8Array[] = [];
  const done = deferred<Uint8Array[]>();
  if (count === 0) done.resolve(frames);
  connection.onFrame((frame) => {
    if (frames.length < count) frames.push(frame);
    if (frames.length === count) done.resolve(frames);
  });
  connection.onClose((error) => {
    if (frames.length < count) done.reject(new Error(`Closed after ${frames.length} of ${count} frames${error ? `: ${error.message}` : ''}`));
  });
  return done.promise;
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

  private constructor(fixture: TransportFixture, timeoutMs: number) {
    this.fixture = fixture;
    this.timeoutMs = timeoutMs;
  }

  static async create(t: ExecutionContext, options: ConformanceOptions): Promise<World> {
    const world = new World(await options.factory(), options.timing?.timeoutMs ?? 10_000);
    t.teardown(() => world.close());
    return world;
  }

  async transport(): Promise<Transport> {
    const transport = await this.fixture.transport();
    this.#transports.push(transport);
    return transport;
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
    await this.fixture.close?.();
  }
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
