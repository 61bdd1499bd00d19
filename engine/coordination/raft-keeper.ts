import { RaftNode, RaftReplicator, type RaftNodeOptions } from '../consensus/index.js';
import { KeeperServer, type KeeperServerOptions } from './server.js';
import type { Transport, Listener } from '../../transports/transport.js';

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
