import { spawn } from 'node:child_process';
import { forget, track } from './children.js';

/*
 * Other work on the machine: child processes that each spin one core (`while (true) {}`),
 * as the "busy" runs have beside the cluster. Killed by stop() or when this process exits.
 */

export interface BusyLoops {
  pids: number[];
  stop(): Promise<void>;
}

export function startBusyLoops(count: number): BusyLoops {
  const children = Array.from({ length: count }, () => {
    return track(spawn(process.execPath, ['-e', 'while (true) {}'], { stdio: 'ignore' }));
  });
  return {
    pids: children.map((c) => c.pid!),
    async stop() {
      await Promise.all(children.map(async (child) => {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGKILL');
          await exited;
        }
        forget(child);
      }));
    },
  };
}
