import { spawn, type ChildProcess } from 'node:child_process';

/*
 * Other work on the machine: child processes that each spin one core (`while (true) {}`),
 * as the "busy" runs have beside the cluster. Killed by stop() or when this process exits.
 */

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface BusyLoops {
  pids: number[];
  stop(): Promise<void>;
}

export function startBusyLoops(count: number): BusyLoops {
  const children = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ['-e', 'while (true) {}'], { stdio: 'ignore' });
    running.add(child);
    return child;
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
        running.delete(child);
      }));
    },
  };
}
