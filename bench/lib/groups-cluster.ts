import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GroupConfig } from '../../engine/broker/groups/config.js';
import { startBrokerProcesses, type ProcessDeployment } from './broker-processes.js';

/*
 * The groups benchmark's cluster: three `logkeeper start` processes over TCP (each an
 * ensemble member and a broker, classic-level), their group coordinators configured as a
 * user would, through the config file's `broker.groups`.
 */

export async function startGroupCluster(groups: Partial<GroupConfig>, sessionTimeoutMs: number): Promise<ProcessDeployment> {
  const dir = mkdtempSync(join(tmpdir(), 'logkeeper-bench-groups-'));
  const config = join(dir, 'broker.json');
  writeFileSync(config, JSON.stringify({ broker: { groups } }));
  try {
    const deployment = await startBrokerProcesses('TCP, 3 brokers', { count: 3, sessionTimeoutMs, startArgs: ['--config', config] });
    return {
      ...deployment,
      async stop() {
        await deployment.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
