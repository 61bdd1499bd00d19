import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ConsumerOptions } from '../../engine/broker/client/index.js';
import { forget, track } from './children.js';

/*
 * A process of group members (groups-member-child.ts), driven from the benchmark: commands
 * go out one at a time and resolve when the child says `done`; everything else it prints
 * (ownership, consumption, counts) goes to `onLine`.
 */

export type MemberLine =
  | { type: 'owned'; member: string; partitions: number[]; t: number }
  | { type: 'consumed'; member: string; partition: number; t: number }
  | { type: 'counted'; member: string; records: number; first: number; last: number }
  | { type: 'event'; t: number };

export interface MemberProcessSettings {
  brokers: string[];
  topic: string;
  options: ConsumerOptions;
  /** The members revoke everything at each rebalance (range, roundrobin). */
  eager: boolean;
}

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'groups-member-child.ts');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export class MemberProcess {
  readonly #child: ChildProcess;
  readonly #waiting: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  readonly #exited: Promise<void>;
  readonly ready: Promise<void>;
  #events: Array<(t: number) => void> = [];

  constructor(settings: MemberProcessSettings, onLine: (line: MemberLine) => void) {
    this.#child = track(spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(settings)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] }));
    let ready!: () => void;
    this.ready = new Promise((resolve) => (ready = resolve));
    createInterface({ input: this.#child.stdout! }).on('line', (text) => {
      const line = JSON.parse(text) as MemberLine | { type: 'ready' } | { type: 'done' };
      if (line.type === 'ready') ready();
      else if (line.type === 'done') this.#waiting.shift()?.resolve();
      else if (line.type === 'event') this.#events.shift()?.(line.t);
      else onLine(line);
    });
    this.#exited = new Promise((resolve) => this.#child.once('exit', () => {
      for (const w of this.#waiting.splice(0)) w.reject(new Error('a group member process exited'));
      forget(this.#child);
      resolve();
    }));
  }

  /** Sends a command; resolves when the child has carried it out. */
  send(command: object): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#child.stdin!.write(`${JSON.stringify(command)}\n`);
    });
  }

  /** Sends a command that begins with an event (run, leave); resolves with the event's time. */
  event(command: object): Promise<number> {
    const t = new Promise<number>((resolve) => this.#events.push(resolve));
    this.send(command).catch(() => {});
    return t;
  }

  /** SIGKILL: the members vanish without a word; resolves with the time of the kill. */
  crash(): number {
    this.#child.kill('SIGKILL');
    return performance.timeOrigin + performance.now();
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) {
      await this.send({ cmd: 'stop' }).catch(() => {});
      const bound = setTimeout(() => this.#child.kill('SIGKILL'), 10_000);
      await this.#exited;
      clearTimeout(bound);
    }
  }
}
