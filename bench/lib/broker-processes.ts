import { silentLogger } from '../../adapters/shared/logger.js';
import { TcpTransport } from '../../adapters/tcp/index.js';
import type { BrokerDeployment } from './broker-deployment.js';
import { startKeeperProcesses, type KeeperProcesses } from './keeper-processes.js';

/*
 * Brokers as a user runs them: `logkeeper start` child processes on loopback TCP, each an
 * ensemble member and a broker of the same id (the default roles), each on its own
 * classic-level directory (bench/lib/keeper-processes.ts starts and stops them). Clients use
 * one TcpTransport per deployment; children of the benchmark make their own.
 */

export interface ProcessDeployment extends BrokerDeployment {
  processes: KeeperProcesses;
  /** Broker ids are the member ids. */
  pidOf(brokerId: number): number;
}

export interface ProcessDeploymentOptions {
  count: number;
  sessionTimeoutMs: number;
  nodeArgs?: string[];
  /** More `logkeeper start` options for every broker (e.g. `--config <file>`). */
  startArgs?: string[];
}

export async function startBrokerProcesses(name: string, o: ProcessDeploymentOptions): Promise<ProcessDeployment> {
  const processes = await startKeeperProcesses({
    count: o.count,
    nodeArgs: o.nodeArgs,
    startArgs: ['--session-timeout', String(o.sessionTimeoutMs), ...(o.startArgs ?? [])],
  });
  const transport = new TcpTransport({ logger: silentLogger });
  const brokers = processes.ids.map(processes.address);
  return {
    name,
    brokers: o.count,
    remote: true,
    processes,
    clientOptions: () => ({ brokers, transport }),
    pidOf: (brokerId) => processes.members.get(String(brokerId))!.pid,
    async stop() {
      await transport.close().catch(() => {});
      await processes.stop();
    },
  };
}
