import type { Supports } from '../transports/supports.js';
import type { Transport } from '../transports/transport.js';

/** What the suite needs to build a fresh world of one adapter for each test. */
export interface TransportFixture {
  /** A new endpoint. All transports from one fixture must reach each other. */
  transport(): Transport | Promise<Transport>;
  /** A fresh address to listen on (one the adapter may resolve, e.g. port 0); `listener.address` is what to dial. */
  listenAddress(): string;
  /** An address on which nothing listens. */
  unusedAddress(): string | Promise<string>;
  /** Releases whatever the fixture holds beyond its transports (which the suite closes itself). */
  close?(): Promise<void>;
}

export interface ConformanceOptions {
  /** Shown in every test title. */
  name: string;
  /** Called once per test: every test runs in a world of its own. */
  factory: () => TransportFixture | Promise<TransportFixture>;
  /** The adapter's manifest; features it lacks have their tests skipped, not faked. */
  supports: Supports;
  timing?: {
    /** The bound on every wait for an event; default 10 s. */
    timeoutMs?: number;
  };
}
