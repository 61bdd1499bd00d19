import { BadArgumentsError, InvalidStateError, toLogkeeperError, type LogkeeperError } from '../errors/index.js';
import { RpcPeer, Router, type RpcPeerOptions } from '../rpc/index.js';
import { Storage } from '../storage/index.js';
import { realClock } from '../time/real-clock.js';
import type { Clock } from '../time/clock.js';
import type { ForeignProtocol } from '../../transports/byte-stream.js';
import type { Connection, Listener, Transport } from '../../transports/transport.js';
import type { Service, ServiceHost, StopOptions } from './service.js';
import { SharedAddress } from './shared-address.js';

/*
 * How this works. A Member is one process of a logkeeper cluster, as `logkeeper start` runs
 * it and as a browser tab runs it over the relay: a small host of services (service.ts) on
 * one shared address (shared-address.ts) and one database.
 *
 *   start     open storage → check it belongs to this id → listen on the shared address →
 *             start each service in order (each registers its methods on the one router,
 *             its rooms and front doors) → serve RPC clients (before that, their
 *             connections are closed and they retry elsewhere);
 *   shutdown  stop the services in reverse order (a planned stop lets each hand over what
 *             it leads: coordination moves Raft leadership so the ensemble does not wait an
 *             election timeout) → close the client connections (their sessions live on in
 *             the cluster) → stop listening → close the storage (flushed).
 *
 * Everything here is transport- and platform-neutral: the CLI (bin/start.ts) brings TCP or
 * WebSocket and classic-level, a tab brings the relay and browser-level or memory-level.
 */

export interface MemberOptions {
  /** This member's id: unique in the cluster, stable across restarts. */
  id: string;
  /** The address the others and clients reach this member at. */
  address: string;
  /** Where to listen, when it differs from `address` (e.g. `tcp://0.0.0.0:7001`); default `address`. */
  listen?: string;
  transport: Transport;
  /** What this member runs, started in this order (e.g. a CoordinationService). */
  services: Service[];
  /** More addresses on `transport` that serve RPC clients only. */
  clientListen?: string[];
  /** The member's database; `shutdown` closes it. Default: a fresh memory-level database. */
  storage?: Storage;
  clock?: Clock;
  /** An accepted connection that sends nothing within this is closed; default 10 s. */
  firstFrameTimeoutMs?: number;
  /** Options of the RPC peer of each client connection (in-flight bounds). */
  rpc?: Pick<RpcPeerOptions, 'maxServing' | 'maxInFlight' | 'streamWindow' | 'requestTimeoutMs'>;
  /** A service stopped on an unexpected failure (storage, state machine). */
  onError?: (error: LogkeeperError) => void;
}

const MEMBER_AREA = 'member';
const ID_KEY = new TextEncoder().encode('id');

/** One running member of a cluster. */
export class Member {
  readonly id: string;
  readonly storage: Storage;
  readonly shared: SharedAddress;
  readonly router = new Router();
  readonly clock: Clock;
  readonly services: readonly Service[];
  readonly clientListeners: Listener[] = [];
  readonly #options: MemberOptions;
  readonly #clients = new Set<RpcPeer>();
  readonly #started = new Set<Service>();
  #stopping: Promise<void> | null = null;

  private constructor(options: MemberOptions, storage: Storage, shared: SharedAddress, clock: Clock) {
    this.id = options.id;
    this.storage = storage;
    this.shared = shared;
    this.clock = clock;
    this.services = [...options.services];
    this.#options = options;
  }

  /** Starts a member: its services start in order, then it serves clients. */
  static async start(options: MemberOptions): Promise<Member> {
    checkOptions(options);
    const clock = options.clock ?? realClock;
    const storage = options.storage ?? (await Storage.open());
    const cleanup: Array<() => Promise<unknown>> = [() => storage.close()];
    const started: Service[] = [];
    try {
      await claimStorage(storage, options.id);
      const shared = await SharedAddress.listen(options.transport, options.listen ?? options.address, {
        clock,
        firstFrameTimeoutMs: options.firstFrameTimeoutMs,
      });
      cleanup.unshift(() => shared.close());
      const member = new Member(options, storage, shared, clock);
      cleanup.unshift(async () => member.#closeClients());
      const host = member.#host();
      for (const service of member.services) {
        await service.start(host);
        started.unshift(service);
        member.#started.add(service);
      }
      const serve = (connection: Connection) => member.#serveClient(connection);
      shared.onClient(serve);
      for (const address of options.clientListen ?? []) {
        const listener = await options.transport.listen(address, serve);
        cleanup.unshift(() => listener.close());
        member.clientListeners.push(listener);
      }
      return member;
    } catch (error) {
      for (const service of started) await service.stop({ planned: false }).catch(() => {});
      for (const step of cleanup) await step().catch(() => {});
      throw error;
    }
  }

  /** The address peers and clients dial (with the port filled in when the OS chose it). */
  get address(): string {
    return this.shared.address;
  }

  /** The service named `name`; BAD_ARGUMENTS if this member does not run it. */
  service<T extends Service>(name: string): T {
    const found = this.services.find((s) => s.name === name);
    if (!found) throw new BadArgumentsError(`Member ${this.id} runs no '${name}' service`);
    return found as T;
  }

  /**
   * Stops the member: each service in reverse order (a planned stop by default: see
   * StopOptions), then the client connections, the listeners and the storage. Calling it
   * again returns the same promise.
   */
  shutdown(options: StopOptions = {}): Promise<void> {
    this.#stopping ??= this.#shutdown(options);
    return this.#stopping;
  }

  /** Stops without handing anything over (the others take over after their timeouts). */
  close(): Promise<void> {
    return this.shutdown({ planned: false });
  }

  async #shutdown(options: StopOptions): Promise<void> {
    for (const service of [...this.services].reverse()) {
      await service.stop({ planned: options.planned ?? true }).catch((error) => this.#options.onError?.(toLogkeeperError(error)));
    }
    this.#closeClients();
    await this.shared.close();
    await Promise.all(this.clientListeners.map((l) => l.close()));
    await this.storage.close();
  }

  #host(): ServiceHost {
    return {
      id: this.id,
      address: this.#options.address,
      clock: this.clock,
      storage: this.storage,
      router: this.router,
      room: (name: string) => this.shared.room(name),
      transport: this.#options.transport,
      foreign: (protocol: ForeignProtocol) => this.shared.foreign(protocol),
      service: <T extends Service>(name: string) => {
        const found = this.service<T>(name);
        if (!this.#started.has(found)) throw new InvalidStateError(`The '${name}' service starts after the one asking for it`);
        return found;
      },
      fail: (error: LogkeeperError) => this.#options.onError?.(error),
    };
  }

  #serveClient(connection: Connection): void {
    if (this.#stopping) {
      connection.close();
      return;
    }
    const peer = new RpcPeer(connection, { clock: this.clock, router: this.router, ...this.#options.rpc });
    this.#clients.add(peer);
    peer.onClose(() => this.#clients.delete(peer));
  }

  #closeClients(): void {
    for (const peer of [...this.#clients]) peer.close();
    this.#clients.clear();
  }
}

function checkOptions(options: MemberOptions): void {
  if (!options || typeof options !== 'object') throw new BadArgumentsError('Member options are required');
  const { id, address, transport, services } = options;
  if (typeof id !== 'string' || id.length === 0) throw new BadArgumentsError('id must be a non-empty string');
  if (typeof address !== 'string' || address.length === 0) throw new BadArgumentsError('address must be a non-empty string');
  if (!transport || typeof transport.listen !== 'function') throw new BadArgumentsError('A transport is required');
  if (!Array.isArray(services) || services.some((s) => typeof s?.name !== 'string' || typeof s.start !== 'function' || typeof s.stop !== 'function')) {
    throw new BadArgumentsError('services must be a list of { name, start, stop }');
  }
  const names = services.map((s) => s.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) throw new BadArgumentsError(`Two services are named '${twice}'`);
}

/**
 * Records the member's id in its storage on first use and refuses storage that belongs to
 * another member: starting member 2 on member 1's data directory would make a second "1".
 */
async function claimStorage(storage: Storage, id: string): Promise<void> {
  const area = storage.area(MEMBER_AREA);
  const stored = await area.get(ID_KEY);
  const bytes = new TextEncoder().encode(id);
  if (stored === undefined) {
    await storage.batch([{ type: 'put', sublevel: area, key: ID_KEY, value: bytes }], { sync: true });
    return;
  }
  const owner = new TextDecoder().decode(stored);
  if (owner !== id) throw new InvalidStateError(`This storage belongs to member ${owner}, not ${id}`);
}
