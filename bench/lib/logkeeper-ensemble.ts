import { silentLogger } from '../../adapters/shared/logger.js';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { Keeper } from '../../engine/coordination/client.js';
import { CreateMode } from '../../engine/coordination/types.js';
import type { CoordinationClient, Connect } from './coordination-workload.js';
import type { RunningEnsemble } from './ensemble-measure.js';
import { startKeeperProcesses, type KeeperProcesses, type KeeperProcessesOptions } from './keeper-processes.js';

/** The workload's client on one logkeeper `Keeper` session. */
export function keeperClient(keeper: Keeper): CoordinationClient {
  return {
    create: async (path, data) => void (await keeper.create(path, data)),
    createEphemeral: (path, data) => keeper.create(path, data, CreateMode.EPHEMERAL),
    setData: async (path, data) => void (await keeper.setData(path, data)),
    getData: async (path) => void (await keeper.getData(path)),
    delete: (path) => keeper.delete(path),
    exists: async (path) => (await keeper.exists(path)) !== null,
    watchExists: async (path, onEvent) => void (await keeper.exists(path, () => onEvent())),
    watchData: async (path, onEvent) => void (await keeper.getData(path, () => onEvent())),
    close: () => keeper.close(),
  };
}

/** Sessions on `Keeper`s (each its own TCP connection, to one server only). */
function keeperConnect(transport: TcpTransport): Connect {
  let seed = 0;
  return async (server) => keeperClient(await Keeper.connect({ transport, servers: [server], sessionTimeoutMs: 30_000, requestTimeoutMs: 60_000, random: ++seed }));
}

/** Three `logkeeper start` processes (classic-level, fsync on) and a client for them. */
export async function startLogkeeperEnsemble(options: KeeperProcessesOptions = {}): Promise<RunningEnsemble & { processes: KeeperProcesses }> {
  const processes = await startKeeperProcesses(options);
  const transport = new TcpTransport({ logger: silentLogger });
  return {
    system: 'logkeeper',
    processes,
    leader: processes.address(processes.leader),
    followers: processes.followers.map(processes.address),
    pids: processes.pids,
    connect: keeperConnect(transport),
    sameLeader: async () => processes.currentLeader() === processes.leader,
    async stop() {
      await transport.close().catch(() => {});
      await processes.stop();
    },
  };
}
