import { BadArgumentsError, InvalidStateError, toLogkeeperError, type LogkeeperError } from '../errors/index.js';
import { RaftNode, RaftReplicator, Role, type LeaderInfo, type NodeStatus, type RaftNodeOptions } from '../consensus/index.js';
import type { Peer } from '../consensus/types.js';
import type { Service, ServiceHost, StopOptions } from '../server/service.js';
import { KeeperServer, type KeeperServerOptions } from './server.js';

/*
 * The coordination service as a member hosts it: this member is a voter of the ensemble.
 * A RaftNode (engine/consensus) whose state machine is a KeeperServer's; the Raft peer
 * links run in the shared address's `peer` room, the `keeper.*` methods on the member's
 * router, the Raft log in the member's storage.
 *
 *   start  KeeperServer (its methods registered; a client before Raft is up gets a
 *          retriable CONNECTION_LOSS) → RaftNode (restores the snapshot, replays the log)
 *          → the server serves;
 *   stop   (planned) a leader hands leadership to the most caught-up live voter, so the
 *          ensemble does not wait an election timeout → the server stops serving (its
 *          clients move to another member, sessions intact) → Raft stops (its write in
 *          flight finishes).
 */

export interface CoordinationOptions {
  /** The initial voters of a new ensemble, this member included; ignored once storage has state. */
  peers: Peer[];
  /** Seed for election timeouts; default: derived from the member's id. */
  seed?: string | number;
  /**
   * Seed for session secrets, for deterministic tests and simulation only. Without it (the
   * default, and what production wants) secrets come from the platform's cryptographic source.
   */
  secretSeed?: string | number;
  /** Raft tuning (tickMs, electionTicks, heartbeatTicks, snapshotEntries, keepEntries, sync, cluster…). */
  raft?: Omit<RaftNodeOptions, 'id' | 'address' | 'transport' | 'stateMachine' | 'storage' | 'store' | 'peers' | 'clock' | 'random' | 'onError'>;
  /** KeeperServer options (tickMs, session timeout bounds, maxDataBytes, writeTimeoutMs). */
  server?: Omit<KeeperServerOptions, 'id' | 'clock' | 'random' | 'router'>;
  /** Bound on the leadership hand-over of a planned stop; default 2 election timeouts. */
  handOverTimeoutMs?: number;
}

/** How the last planned stop's hand-over went. */
export interface HandOverReport {
  /** The member leadership went to, or null (not leading, nobody to take it, or it did not happen in time). */
  handedOverTo: string | null;
  /** Why a hand-over that was tried did not happen. */
  handOverError: LogkeeperError | null;
}

export class CoordinationService implements Service {
  readonly name = 'coordination';
  readonly #options: CoordinationOptions;
  #node: RaftNode | null = null;
  #server: KeeperServer | null = null;
  /** Set by a planned stop. */
  handOver: HandOverReport | null = null;

  constructor(options: CoordinationOptions) {
    if (!options || !Array.isArray(options.peers)) throw new BadArgumentsError('peers must be a list of { id, address }');
    this.#options = options;
  }

  get node(): RaftNode {
    if (!this.#node) throw new InvalidStateError('The coordination service has not started');
    return this.#node;
  }

  get server(): KeeperServer {
    if (!this.#server) throw new InvalidStateError('The coordination service has not started');
    return this.#server;
  }

  get isLeader(): boolean {
    return this.#node?.isLeader ?? false;
  }

  status(): NodeStatus {
    return this.node.status();
  }

  onLeaderChange(handler: (info: LeaderInfo) => void): () => void {
    return this.node.onLeaderChange(handler);
  }

  async start(host: ServiceHost): Promise<void> {
    const { id } = host;
    const { peers } = this.#options;
    const own = peers.find((p) => p.id === id);
    if (peers.length > 0 && !own) throw new BadArgumentsError(`peers must include this member (${id})`);
    if (own && own.address !== host.address) throw new BadArgumentsError(`peers give ${id} the address ${own.address}, not ${host.address}`);
    const server = new KeeperServer({ ...this.#options.server, id, clock: host.clock, random: this.#options.secretSeed, router: host.router });
    try {
      this.#node = await RaftNode.start({
        ...this.#options.raft,
        id,
        address: host.address,
        transport: host.room('peer'),
        stateMachine: server.stateMachine,
        storage: host.storage,
        peers,
        clock: host.clock,
        random: `raft:${this.#options.seed ?? id}`,
        onError: (error) => host.fail(error),
      });
    } catch (error) {
      await server.close();
      throw error;
    }
    this.#server = server;
    server.attach(new RaftReplicator(this.#node));
  }

  async stop(options: StopOptions): Promise<void> {
    const node = this.#node;
    const server = this.#server;
    if (!node || !server) return;
    if ((options.planned ?? true) && node.isLeader) {
      const report: HandOverReport = { handedOverTo: null, handOverError: null };
      try {
        report.handedOverTo = await this.#handOver(node);
      } catch (error) {
        report.handOverError = toLogkeeperError(error);
      }
      this.handOver = report;
    }
    await server.close();
    await node.stop();
  }

  /**
   * Moves leadership to the most caught-up voter, preferring those heard from lately (the
   * flag resets at every quorum check, so a live one may lack it); null when there is none.
   */
  async #handOver(node: RaftNode): Promise<string | null> {
    const raft = node.raft;
    const candidates = [...raft.voters.keys()]
      .filter((id) => id !== node.id)
      .map((id) => ({ id, active: raft.progress.get(id)?.recentActive ? 1 : 0, match: raft.progress.get(id)?.match ?? 0 }))
      .sort((a, b) => b.active - a.active || b.match - a.match);
    const target = candidates[0];
    if (!target) return null;
    const bound = this.#options.handOverTimeoutMs ?? 2 * raft.electionTicks * node.tickMs;
    await node.transferLeadership(target.id, { timeoutMs: bound });
    if (node.role === Role.Leader) throw new InvalidStateError(`Still leading after handing over to ${target.id}`);
    return target.id;
  }
}
