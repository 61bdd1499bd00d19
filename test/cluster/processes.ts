import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ExecutionContext } from 'ava';
import { deferred, within } from '../../conformance/helpers.js';

/*
 * `logkeeper start` processes for tests: spawn one, read its stdout line by line, wait for
 * a line that matches (with a bound), kill it, wait for its exit. Every process and temp
 * directory is released in the test's teardown, whatever happened.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'logkeeper.ts');

/** Ports the OS says are free now (each from a listener on port 0, closed again). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

export function tempDir(t: ExecutionContext, prefix = 'logkeeper-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Waiter {
  pattern: RegExp;
  from: number;
  resolve(match: RegExpMatchArray): void;
}

/** One `logkeeper start` process. */
export class MemberProcess {
  readonly child: ChildProcess;
  readonly lines: string[] = [];
  /** When each line arrived (Date.now()), by line number. */
  readonly lineTimes: number[] = [];
  readonly errors: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  #waiters: Waiter[] = [];

  /** `nodeArgs` go to node before the script (e.g. `--cpu-prof`). */
  constructor(args: string[], nodeArgs: string[] = []) {
    this.child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', BIN, 'start', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const exit = deferred<{ code: number | null; signal: NodeJS.Signals | null }>();
    this.exited = exit.promise;
    this.child.once('exit', (code, signal) => exit.resolve({ code, signal }));
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      this.lines.push(line);
      this.lineTimes.push(Date.now());
      for (const waiter of [...this.#waiters]) {
        const match = line.match(waiter.pattern);
        if (match) {
          this.#waiters = this.#waiters.filter((w) => w !== waiter);
          waiter.resolve(match);
        }
      }
    });
    createInterface({ input: this.child.stderr! }).on('line', (line) => this.errors.push(line));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The first line from line number `from` on that matches `pattern`, within `ms`. */
  line(pattern: RegExp, ms: number, what: string, from = 0): Promise<RegExpMatchArray> {
    for (let i = from; i < this.lines.length; i++) {
      const match = this.lines[i]!.match(pattern);
      if (match) return Promise.resolve(match);
    }
    const found = deferred<RegExpMatchArray>();
    this.#waiters.push({ pattern, from, resolve: found.resolve });
    // A process that exits never prints it: fail at once rather than at the bound.
    void this.exited.then(({ code, signal }) => found.reject(new Error(`The process exited (${code ?? signal}) before ${what}; stderr: ${this.errors.join(' | ')}`)));
    return within(found.promise, ms, `${what} (stdout so far: ${this.lines.join(' | ')})`);
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }
}

/** Spawns `logkeeper start` with `args`; the process is killed (SIGKILL) at teardown if still running. */
export function startMember(t: ExecutionContext, args: string[]): MemberProcess {
  const member = new MemberProcess(args);
  t.teardown(async () => {
    if (member.running) {
      member.kill('SIGKILL');
      await member.exited;
    }
  });
  return member;
}

/** Resolves once `check()` returns a value (not undefined), polled every `everyMs`, or fails after `ms`. */
export async function poll<T>(check: () => Promise<T | undefined> | T | undefined, ms: number, what: string, everyMs = 50): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** `logkeeper start`'s lines (bin/start.ts). */
export const STARTED = /^\[logkeeper (\S+)\] started: /;
export const LEADER = /^\[logkeeper (\S+)\] leader: (.+) \(term (\d+)\)$/;

/** The leader all members agree on, from their latest "leader:" lines; undefined while they differ. */
export function agreedLeader(members: Map<string, MemberProcess>): { id: string; term: number } | undefined {
  let agreed: { id: string; term: number } | undefined;
  for (const [id, member] of members) {
    const last = member.lines.map((l) => l.match(LEADER)).filter(Boolean).at(-1);
    if (!last) return undefined;
    const leader = last[2] === 'this member' ? id : last[2]!;
    const term = Number(last[3]);
    if (leader === 'none') return undefined;
    if (agreed && (agreed.id !== leader || agreed.term !== term)) return undefined;
    agreed = { id: leader, term };
  }
  return agreed;
}

/** Waits until every member's latest line names one leader (each line is an event; re-checked on each). */
export async function waitForAgreement(members: Map<string, MemberProcess>, ms: number, what: string, accept: (l: { id: string; term: number }) => boolean = () => true) {
  const deadline = Date.now() + ms;
  for (;;) {
    const agreed = agreedLeader(members);
    if (agreed && accept(agreed)) return agreed;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`No agreement on ${what} within ${ms} ms: ${[...members].map(([id, m]) => `${id}: ${m.lines.filter((l) => LEADER.test(l)).at(-1)}`).join('; ')}`);
    // The next leader line from any member (or the bound).
    const counts = [...members.values()].map((m) => m.lines.length);
    await Promise.race([...members.values()].map((m, i) => m.line(LEADER, left, what, counts[i]!).catch(() => undefined)));
  }
}
