/*
 * Child processes a benchmark starts (servers, busy loops) are killed when it exits, also
 * on an error or a SIGINT/SIGTERM of the benchmark alone, so a run never leaves orphans.
 */

interface Killable {
  kill(signal: NodeJS.Signals): unknown;
}

const children = new Set<Killable>();
let installed = false;

function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
}

/** Tracks `child` until `forget(child)`; returns it. */
export function track<T extends Killable>(child: T): T {
  if (!installed) {
    installed = true;
    process.once('exit', killAll);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        killAll();
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    }
  }
  children.add(child);
  return child;
}

export function forget(child: Killable): void {
  children.delete(child);
}
