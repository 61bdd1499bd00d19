import { Random } from '../../engine/time/random.js';
import { realClock } from '../../engine/time/real-clock.js';
import type { Clock } from '../../engine/time/clock.js';
import { BadArgumentsError } from '../../engine/errors/index.js';
import { checkLinkModel, PERFECT_LINK, type LinkModel } from './link.js';
import { MemoryTransport, type MemoryTransportOptions } from './transport.js';
import type { MemoryConnection } from './connection.js';
import type { MemoryListener } from './listener.js';

/*
 * An in-process network of named nodes. Every delay and every loss is decided by the
 * injected Clock and Random, so with a SimulatedClock a run is a pure function of its seed
 * and of what the code under test does: the trace of two runs with one seed is identical.
 *
 * Faults: per-link latency, jitter and drop rate; partitions between groups of nodes
 * (symmetric) and blocked directions (one-way); crash of a node (its listeners and
 * connections close, its peers see a reset).
 */

export interface MemoryNetworkOptions {
  clock?: Clock;
  /** Seed or source for jitter and drops; default seed 0. */
  random?: Random | number | string;
  /** The model of every link not set otherwise; default: instant and lossless. */
  link?: Partial<LinkModel>;
  /** How long a connect across a partition waits before CONNECT_TIMEOUT; default 1000 ms. */
  connectTimeoutMs?: number;
  /** Above this many undelivered bytes a connection's send() returns false; default 4 MiB. */
  highWaterMark?: number;
  /** Record every event in `trace`; default false. */
  trace?: boolean;
}

export type TraceEventType = 'connect' | 'refuse' | 'accept' | 'send' | 'deliver' | 'drop' | 'close' | 'crash';

export interface TraceEvent {
  time: number;
  type: TraceEventType;
  from: string;
  to: string;
  /** The connection's number in this network (0 for events that have none). */
  connection: number;
  bytes?: number;
}

function linkKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

export class MemoryNetwork {
  readonly clock: Clock;
  readonly random: Random;
  readonly connectTimeoutMs: number;
  readonly highWaterMark: number;
  readonly trace: TraceEvent[] | null;

  #defaultLink: LinkModel;
  #links = new Map<string, LinkModel>();
  #blocked = new Set<string>();
  #listeners = new Map<string, MemoryListener>();
  #connections = new Set<MemoryConnection>();
  #transports = new Set<MemoryTransport>();
  #traceHandlers: Array<(event: TraceEvent) => void> = [];
  #nextConnection = 1;
  #nextAnonymous = 1;

  constructor(options: MemoryNetworkOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.random = options.random instanceof Random ? options.random : new Random(options.random ?? 0);
    checkLinkModel(options.link ?? {});
    this.#defaultLink = { ...PERFECT_LINK, ...options.link };
    this.connectTimeoutMs = options.connectTimeoutMs ?? 1000;
    this.highWaterMark = options.highWaterMark ?? 4 * 1024 * 1024;
    this.trace = options.trace ? [] : null;
  }

  /**
   * A transport for the node named `node`: it listens on addresses that belong to this node
   * and dials out from it. Without a name the node gets one (`client-1`, ...).
   */
  transport(node?: string, options: MemoryTransportOptions = {}): MemoryTransport {
    if (node !== undefined && (typeof node !== 'string' || node.length === 0)) {
      throw new BadArgumentsError('A node name must be a non-empty string');
    }
    const transport = new MemoryTransport(this, node ?? `client-${this.#nextAnonymous++}`, options);
    this.#transports.add(transport);
    return transport;
  }

  // ---- the network model ----

  /** Sets the model of the link from `from` to `to` (one direction), or of both with `symmetric`. */
  setLink(from: string, to: string, model: Partial<LinkModel>, options: { symmetric?: boolean } = {}): void {
    checkLinkModel(model);
    this.#links.set(linkKey(from, to), { ...this.link(from, to), ...model });
    if (options.symmetric) this.#links.set(linkKey(to, from), { ...this.link(to, from), ...model });
  }

  /** Sets the model of every link that has no model of its own. */
  setDefaultLink(model: Partial<LinkModel>): void {
    checkLinkModel(model);
    this.#defaultLink = { ...this.#defaultLink, ...model };
  }

  link(from: string, to: string): LinkModel {
    if (this.#links.size === 0) return this.#defaultLink;
    return this.#links.get(linkKey(from, to)) ?? this.#defaultLink;
  }

  /** Cuts every link between nodes of different groups, both ways. */
  partition(...groups: string[][]): void {
    for (let i = 0; i < groups.length; i++) {
      for (let j = 0; j < groups.length; j++) {
        if (i === j) continue;
        for (const a of groups[i]!) for (const b of groups[j]!) this.#blocked.add(linkKey(a, b));
      }
    }
  }

  /** Cuts the direction `from` → `to` only: `to` still reaches `from`. */
  block(from: string, to: string): void {
    this.#blocked.add(linkKey(from, to));
  }

  unblock(from: string, to: string): void {
    this.#blocked.delete(linkKey(from, to));
  }

  /** Removes every partition and block (link models stay). */
  heal(): void {
    this.#blocked.clear();
  }

  reachable(from: string, to: string): boolean {
    return this.#blocked.size === 0 || !this.#blocked.has(linkKey(from, to));
  }

  /**
   * Crashes a node: each of its connections closes at once on its side with a ConnectionLoss
   * error, its peers see a reset after the link's latency, and its transports close (so its
   * listeners stop). A restarted node takes a new transport: `network.transport(node)`.
   */
  crash(node: string): void {
    this.record('crash', node, node, 0);
    for (const connection of [...this.#connections]) {
      if (connection.node === node) connection.crash();
    }
    for (const transport of [...this.#transports]) {
      if (transport.node === node) {
        this.#transports.delete(transport);
        void transport.close();
      }
    }
  }

  /** Calls `handler` for every event (used by tests and the demo to watch the traffic). */
  onTrace(handler: (event: TraceEvent) => void): void {
    this.#traceHandlers.push(handler);
  }

  // ---- used by the adapter's own classes ----

  /** @internal */
  forget(transport: MemoryTransport): void {
    this.#transports.delete(transport);
  }

  /** @internal */
  register(listener: MemoryListener): boolean {
    if (this.#listeners.has(listener.address)) return false;
    this.#listeners.set(listener.address, listener);
    return true;
  }

  /** @internal */
  unregister(listener: MemoryListener): void {
    if (this.#listeners.get(listener.address) === listener) this.#listeners.delete(listener.address);
  }

  /** @internal */
  listenerAt(address: string): MemoryListener | undefined {
    return this.#listeners.get(address);
  }

  /** @internal */
  nextConnectionId(): number {
    return this.#nextConnection++;
  }

  /** @internal */
  opened(connection: MemoryConnection): void {
    this.#connections.add(connection);
  }

  /** @internal */
  closedConnection(connection: MemoryConnection): void {
    this.#connections.delete(connection);
  }

  /** The one-way delay of a frame sent now from `from` to `to`. @internal */
  delay(from: string, to: string): number {
    const model = this.link(from, to);
    return model.latencyMs + (model.jitterMs > 0 ? this.random.next() * model.jitterMs : 0);
  }

  /** Whether a frame from `from` to `to` is lost to the link's drop rate. @internal */
  lost(from: string, to: string): boolean {
    const rate = this.link(from, to).dropRate;
    return rate > 0 && this.random.chance(rate);
  }

  /** @internal */
  record(type: TraceEventType, from: string, to: string, connection: number, bytes?: number): void {
    if (this.trace === null && this.#traceHandlers.length === 0) return;
    const event: TraceEvent = { time: this.clock.now(), type, from, to, connection };
    if (bytes !== undefined) event.bytes = bytes;
    this.trace?.push(event);
    for (const handler of this.#traceHandlers) handler(event);
  }
}
