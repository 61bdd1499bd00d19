import type { Clock } from '../engine/time/clock.js';
import type { ByteStream } from '../transports/byte-stream.js';
import type { Supports } from '../transports/supports.js';
import type { Transport } from '../transports/transport.js';

/**
 * What a test needs its world to have, beyond what the fixture gives by default. The suite
 * asks only for what the adapter declares in `supports`; a factory that cannot give it
 * should throw (the test then fails, as it should for an adapter claiming what it lacks).
 */
export interface WorldConfig {
  /** `auth`: every transport of the world holds this cluster secret, and listeners require it. */
  secret?: string;
  /** `tls`: every connection of the world is TLS, with certificates from one authority that all its transports trust. */
  tls?: boolean;
  /** `simulatedTime`: every timer of the world's transports is this clock's. */
  clock?: Clock;
}

/** A transport of the world that differs from the others in one respect (to be refused, or to refuse). */
export interface TransportVariant {
  /** `auth`: this secret instead of the world's; null for none. */
  secret?: string | null;
  /** `tls`: it trusts none of the world's certificates (another authority's instead). */
  untrusting?: boolean;
  /** Its frame limit (`maxFrameBytes`): the largest frame it sends, and accepts from its peers. Every fixture honours it. */
  maxFrameBytes?: number;
}

/** `faults`: fault injection between transports of one world (the memory adapter's, for one). */
export interface Faults {
  /**
   * Cuts every link between transports of different groups, both ways, until `heal()`. It is
   * silence, not a close: connections stay open, frames across the cut are lost, and a connect
   * across it fails with a retriable error.
   */
  partition(...groups: Transport[][]): void;
  /** Cuts the direction `from` → `to` only. */
  block(from: Transport, to: Transport): void;
  /** Removes every partition and block. */
  heal(): void;
  /** Sets the link from `from` to `to`: added one-way latency, and the share of frames lost. */
  link(from: Transport, to: Transport, model: { latencyMs?: number; dropRate?: number }): void;
  /**
   * The node of `transport` crashes: its connections close at once on its side, its peers see
   * their ends close with an error, and its listeners are gone.
   */
  crash(transport: Transport): void;
}

/** What the suite uses of a raw byte connection: a ByteStream's reading, writing and closing. */
export type RawStream = Pick<ByteStream, 'write' | 'onData' | 'onClose' | 'close'>;

/** A recorder on the path between a client and a listener. */
export interface Wiretap {
  /** Dial this instead of the listener's address: it reaches the listener through the recorder. */
  readonly address: string;
  /** Every byte that passed so far, both ways, in arrival order. */
  bytes(): Uint8Array;
  close(): Promise<void>;
}

/** What the suite needs to build a fresh world of one adapter for each test. */
export interface TransportFixture {
  /** A new endpoint. All transports from one fixture must reach each other (variants aside). */
  transport(variant?: TransportVariant): Transport | Promise<Transport>;
  /** A fresh address to listen on (one the adapter may resolve, e.g. port 0); `listener.address` is what to dial. */
  listenAddress(): string;
  /** An address on which nothing listens. */
  unusedAddress(): string | Promise<string>;
  /** Releases whatever the fixture holds beyond its transports (which the suite closes itself). */
  close?(): Promise<void>;

  /** `faults`: the world's fault injection. */
  faults?: Faults;
  /** `persistence`: the node of `transport` after a restart (the old transport is closed); default `transport()`. */
  restart?(transport: Transport): Transport | Promise<Transport>;
  /** `foreignProtocols`: a raw byte connection to a listener's address, as another system's client opens it. */
  rawConnect?(address: string): Promise<RawStream>;
  /** `tls`: a recorder on the path to the listener at `address` (`tcpWiretap` serves `scheme://host:port` addresses). */
  wiretap?(address: string): Promise<Wiretap>;
  /**
   * `browser`: the module a page imports to get this transport (a path or a specifier), which
   * the suite bundles for the browser (with esbuild, which must be installed) and loads with
   * a browser's globals only.
   */
  browserEntry?: string;
}

export interface ConformanceOptions {
  /** Shown in every test title. */
  name: string;
  /** Called once per test, with what that test needs: every test runs in a world of its own. */
  factory: (config: WorldConfig) => TransportFixture | Promise<TransportFixture>;
  /** The adapter's manifest; the tests of a feature it lacks are registered as skipped, never faked. */
  supports: Supports;
  timing?: {
    /** The bound on every wait for an event; default 10 s. */
    timeoutMs?: number;
  };
}
