import { RaftNode, type RaftNodeOptions } from '../consensus/index.js';
import type { Replicator, ReplicateOptions } from './replication.js';
import { KeeperServer, type KeeperServerOptions } from './server.js';
import type { Transport, Listener } from '../../transports/transport.js';

/*
 * The coordination service on engine/consensus: a RaftNode already is a replicator in all
 * but names — propose resolves with the apply result, readIndex is the read barrier, and it
 * reports leader changes — so this adapter only renames.
 */
export class RaftReplicator implements Replicator {
  readonly node: RaftNode;

  constructor(node: RaftNode) {
    this.node = node;
  }

  get id(): string {
    return this.node.id;
  }

  async propose(data: Uint8Array, options: ReplicateOptions = {}): Promise<unknown> {
    return (await this.node.propose(data, options)).result;
  }

  async readBarrier(options: ReplicateOptions = {}): Promise<void> {
    await this.node.readIndex(options);
  }

  get leaderId(): string | null {
    return this.node.leader?.id ?? null;
  }

  get isLeader(): boolean {
    return this.node.isLeader;
  }

  onLeaderChange(handler: (leaderId: string | null) => void): () => void {
    return this.node.onLeaderChange((info) => handler(info.leader?.id ?? null));
  }
}

export interface RaftKeeperOptions {
  /** The Raft member (its state machine is the server's). */
  raft: Omit<RaftNodeOptions, 'stateMachine'>;
  /** The coordination server (clock defaults to the Raft member's). */
  server?: Omit<KeeperServerOptions, 'id'>;
  /** Where clients connect; omit to call `server.listen` yourself. */
  client?: { transport: Transport; address: string };
}

export interface RaftKeeper {
  server: KeeperServer;
  node: RaftNode;
  listener: Listener | null;
  /** Stops serving clients and the Raft member. */
  close(): Promise<void>;
}

/** Starts one member of a replicated coordination service: a KeeperServer on a RaftNode. */
export async function startRaftKeeper(options: RaftKeeperOptions): Promise<RaftKeeper> {
  const server = new KeeperServer({ clock: options.raft.clock, ...options.server, id: options.raft.id });
  const node = await RaftNode.start({ ...options.raft, stateMachine: server.stateMachine });
  server.attach(new RaftReplicator(node));
  const listener = options.client ? await server.listen(options.client.transport, options.client.address) : null;
  return {
    server,
    node,
    listener,
    async close() {
      await server.close();
      await node.stop();
    },
  };
}
