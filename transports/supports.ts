import { BadArgumentsError } from '../engine/errors/index.js';

/** Every feature an adapter may declare. A missing key means false. */
export const SUPPORT_KEYS = [
  /** Fault injection: partitions, message drop, latency, crash of a node. */
  'faults',
  /** A node can restart at the same address and find the peers it had. */
  'persistence',
  /** Runs inside a browser tab. */
  'browser',
  /** Runs on a SimulatedClock: all timing comes from the injected Clock, so runs replay from a seed. */
  'simulatedTime',
  /** Encrypted connections (TLS). */
  'tls',
  /** A cluster secret is checked before any frame reaches the engine. */
  'auth',
  /** A listener also serves foreign protocols (Kafka's, ZooKeeper's), told apart by a connection's first bytes (byte-stream.ts). */
  'foreignProtocols',
] as const;

export type SupportKey = (typeof SUPPORT_KEYS)[number];
export type Supports = Readonly<Record<SupportKey, boolean>>;

/** Builds the frozen manifest of an adapter; unknown keys and non-boolean values are refused. */
export function defineSupports(declared: Partial<Record<SupportKey, boolean>> = {}): Supports {
  const manifest = {} as Record<SupportKey, boolean>;
  for (const [key, value] of Object.entries(declared)) {
    if (!(SUPPORT_KEYS as readonly string[]).includes(key)) throw new BadArgumentsError(`Unknown support key '${key}'`);
    if (typeof value !== 'boolean') throw new BadArgumentsError(`Support '${key}' must be a boolean`);
  }
  for (const key of SUPPORT_KEYS) manifest[key] = declared[key] ?? false;
  return Object.freeze(manifest);
}
