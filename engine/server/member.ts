import { BadArgumentsError, InvalidStateError, toLogkeeperError, type LogkeeperError } from '../errors/index.js';
import { RaftNode, Role, type LeaderInfo, type NodeStatus, type RaftNodeOptions } from '../consensus/index.js';
import type { Member } from '../consensus/types.js';
import { KeeperServer, type KeeperServerOptions } from '../coordination/server.js';
import { RaftReplicator } from '../consensus/replicator.js';
import { Storage } from '../storage/index.js';
import { realClock } from '../time/real-clock.js';
import type { Clock } from '../time/clock.js';
import type { Listener, Transport } from '../../transports/transport.js';
import { SharedAddress } from './shared-address.js';

/*
 * How this works. One member of a coordination ensemble, as `logkeeper start` runs it in a
 * process and a browser tab runs it over the relay: a RaftNode (engine/consensus) whose
 * state machine is a KeeperServer's (engine/coordination), both on one SharedAddress — the
 * other members and the clients dial the same address, told apart by the first frame.
 *
 *   start     open storage → check it belongs to this id → listen → KeeperServer → RaftNode
 *             (restores the snapshot, replays the log) → the server serves clients;
 *   shutdown  a leader hands leadership to the most caught-up live voter (so the ensemble
 *             does not wait an election timeout) → stop serving clients (they move to
 *             another member, sessions intact) → stop Raft (its write in flight finishes)
 *             → stop listening → close the storage (flushed).
 *
 * Everything here is transport- and platform-neutral: the CLI (bin/start.ts) brings TCP or
 * WebSocket and classic-level, a tab brings the relay and browser-level or memory-level.
 */

export interface MemberOptions {
  /** This member's id: unique in the ensemble, stable across restarts. */
  id: string;
  /** The address the others and clients reach this member at (its entry in `peers`). */
  address: string;
  /** Where to listen, when it differs from `address` (e.g. `tcp://0.0.0.0:7001`); default `address`. */
  listen?: string;
  /** The initial voters of a new ensemble, this member included; ignored once storage has state. */
  peers: Member[];
  transport: Transport;
  /** More addresses on `transport` that serve clients only. */
  clientListen?: string[];
  /** The member's database; `shutdown` closes it. Default: a fresh memory-level database. */
  storage?: Storage;
  clock?: Clock;
  /** Seed for election timeouts; default: derived from the id. */
  seed?: string | number;
  /**
   * Seed for session secrets, for deterministic tests and simulation only. Without it (the
   * default, and what production wants) secrets come from the platform's cryptographic source.
   */
  secretSeed?: string | number;
  /** Raft tuning (tickMs, electionTicks, heartbeatTicks, snapshotEntries, keepEntries, sync, cluster…). */
  raft?: Omit<RaftNodeOptions, 'id' | 'address' | 'transport' | 'stateMachine' | 'storage' | 'store' | 'peers' | 'clock' | 'random' | 'onError'>;
  /** KeeperServer options (tickMs, session timeout bounds, maxDataBytes, writeTimeoutMs). */
  server?: Omit<KeeperServerOptions, 'id' | 'clock' | 'random'>;
  /** An accepted connection that sends nothing within this is closed; default 10 s. */
  firstFrameTimeoutMs?: number;
  /** The member stopped on an unexpected failure (storage, state machine). */
  onError?: (error: LogkeeperError) => void;
}

export interface ShutdownOptions {
  /** Hand leadership over first when this member leads; default true. */
  handOver?: boolean;
  /** Bound on the hand-over; default 2 election timeouts. */
  handOverTimeoutMs?: number;
}

export interface ShutdownReport {
  /** The member leadership went to, or null (not leading, nobody to take it, or it did not happen in time). */
  handedOverTo: string | null;
  /** Why a hand-over that was tried did not happen. */
  handOverError: LogkeeperError | null;
}

const MEMBER_AREA = 'member';
const ID_KEY = new TextEncoder().encode('id');

/** One running ensemble member. */
export class EnsembleMember {
  readonly id: string;
  readonly node: RaftNode;
  readonly server: KeeperServer;
  readonly storage: Storage;
  readonly shared: SharedAddress;
  readonly clientListeners: Listener[];
  #stopping: Promise<ShutdownReport> | null = null;

  private constructor(id: string, node: RaftNode, server: KeeperServer, storage: Storage, shared: SharedAddress, clientListeners: Listener[]) {
    this.id = id;
    this.node = node;
    this.server = server;
    this.storage = storage;
    this.shared = shared;
    this.clientListeners = clientListeners;
  }

  /** Starts a member: it joins (or forms) the ensemble and serves clients. */
  static async start(options: MemberOptions): Promise<EnsembleMember> {
    const { id, address, peers, transport } = options;
    if (typeof id !== 'string' || id.length === 0) throw new BadArgumentsError('id must be a non-empty string');
    if (typeof address !== 'string' || address.length === 0) throw new BadArgumentsError('address must be a non-empty string');
    if (!transport || typeof transport.listen !== 'function') throw new BadArgumentsError('A transport is required');
    if (!Array.isArray(peers)) throw new BadArgumentsError('peers must be a list of { id, address }');
    const own = peers.find((p) => p.id === id);
    if (peers.length > 0 && !own) throw new BadArgumentsError(`peers must include this member (${id})`);
    if (own && own.address !== address) throw new BadArgumentsError(`peers give ${id} the address ${own.address}, not ${address}`);
    const clock = options.clock ?? realClock;
    const seed = options.seed ?? id;
    const storage = options.storage ?? (await Storage.open());
    const cleanup: Array<() => Promise<unknown>> = [() => storage.close()];
    try {
      await claimStorage(storage, id);
      const shared = await SharedAddress.listen(transport, options.listen ?? address, { clock, firstFrameTimeoutMs: options.firstFrameTimeoutMs });
      cleanup.unshift(() => shared.close());
      const clientListeners: Listener[] = [];
      const server = new KeeperServer({ ...options.server, id, clock, random: options.secretSeed });
      cleanup.unshift(() => server.close());
      // Clients that arrive before the Raft member is up get CONNECTION_LOSS (retriable) from the server.
      shared.onClient((connection) => server.accept(connection));
      for (const extra of options.clientListen ?? []) clientListeners.push(await server.listen(transport, extra));
      const node = await RaftNode.start({
        ...options.raft,
        id,
        address,
        transport: shared.peerTransport,
        stateMachine: server.stateMachine,
        storage,
        peers,
        clock,
        random: `raft:${seed}`,
        onError: options.onError,
      });
      server.attach(new RaftReplicator(node));
      return new EnsembleMember(id, node, server, storage, shared, clientListeners);
    } catch (error) {
      for (const step of cleanup) await step().catch(() => {});
      throw error;
    }
  }

  /** The address peers and clients dial (with the port filled in when the OS chose it). */
  get address(): string {
    return this.shared.address;
  }

  get isLeader(): boolean {
    return this.node.isLeader;
  }

  status(): NodeStatus {
    return this.node.status();
  }

  onLeaderChange(handler: (info: LeaderInfo) => void): () => void {
    return this.node.onLeaderChange(handler);
  }

  /**
   * A planned stop: a leader first hands over leadership, then the member stops serving
   * clients (they move elsewhere with their sessions), stops Raft, stops listening and
   * closes its storage. Calling it again returns the same promise.
   */
  shutdown(options: ShutdownOptions = {}): Promise<ShutdownReport> {
    this.#stopping ??= this.#shutdown(options);
    return this.#stopping;
  }

  /** Stops without handing over leadership (the others elect a leader after a timeout). */
  close(): Promise<void> {
    return this.shutdown({ handOver: false }).then(() => undefined);
  }

  async #shutdown(options: ShutdownOptions): Promise<ShutdownReport> {
    const report: ShutdownReport = { handedOverTo: null, handOverError: null };
    if ((options.handOver ?? true) && this.node.isLeader) {
      try {
        report.handedOverTo = await this.#handOver(options.handOverTimeoutMs);
      } catch (error) {
        report.handOverError = toLogkeeperError(error);
      }
    }
    await this.server.close();
    await this.node.stop();
    await this.shared.close();
    await Promise.all(this.clientListeners.map((l) => l.close()));
    await this.storage.close();
    return report;
  }

  /**
   * Moves leadership to the most caught-up voter, preferring those heard from lately (the
   * flag resets at every quorum check, so a live one may lack it); null when there is none.
   */
  async #handOver(timeoutMs?: number): Promise<string | null> {
    const raft = this.node.raft;
    const candidates = [...raft.voters.keys()]
      .filter((id) => id !== this.id)
      .map((id) => ({ id, active: raft.progress.get(id)?.recentActive ? 1 : 0, match: raft.progress.get(id)?.match ?? 0 }))
      .sort((a, b) => b.active - a.active || b.match - a.match);
    const target = candidates[0];
    if (!target) return null;
    const bound = timeoutMs ?? 2 * raft.electionTicks * this.node.tickMs;
    await this.node.transferLeadership(target.id, { timeoutMs: bound });
    if (this.node.role === Role.Leader) throw new InvalidStateError(`Still leading after handing over to ${target.id}`);
    return target.id;
  }
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

/** Starts one ensemble member (see EnsembleMember). */
export function startMember(options: MemberOptions): Promise<EnsembleMember> {
  return EnsembleMember.start(options);
}
