import { inspect } from 'node:util';
import { MultiBar, type SingleBar } from 'cli-progress';
import { AssertionFailure } from './assertions.js';
import type { Registration } from './collector.js';
import type { TestResult } from './run.js';

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

interface Group {
  name: string;
  size: number;
  results: TestResult[];
}

/** The group of a title `name › group › what` (`transport`, `engine › election`…). */
export function groupOf(title: string, name: string): string {
  const rest = title.startsWith(`${name} › `) ? title.slice(name.length + 3) : title;
  const cut = rest.lastIndexOf(' › ');
  return cut === -1 ? rest : rest.slice(0, cut);
}

const indent = (text: string, spaces: number) => text.split('\n').map((line) => `${' '.repeat(spaces)}${line}`).join('\n');

/** Why a test failed: an assertion's own message, or the error with its code and the top of its stack. */
function why(error: unknown): string {
  if (error instanceof AssertionFailure) return error.message;
  const code = (error as { code?: unknown })?.code;
  const text = error instanceof Error ? (error.stack ?? error.message) : inspect(error);
  return `${typeof code === 'string' ? `${code}: ` : ''}${text.split("\n").slice(0, 5).join('\n')}`;
}

/**
 * What the runner prints: a progress bar on a terminal (stderr), each group's result once its
 * tests are done (in the suite's order, with each failure and why), and the totals.
 */
export class Report {
  readonly #name: string;
  readonly #groups: Group[] = [];
  readonly #groupOfTitle = new Map<string, Group>();
  readonly #bars: MultiBar | null;
  readonly #bar: SingleBar | null;
  #printed = 0;

  constructor(name: string, registrations: readonly Registration[], progress: boolean) {
    this.#name = name;
    for (const { title } of registrations) {
      const groupName = groupOf(title, name);
      let group = this.#groups.find((g) => g.name === groupName);
      if (!group) this.#groups.push((group = { name: groupName, size: 0, results: [] }));
      group.size++;
      this.#groupOfTitle.set(title, group);
    }
    this.#bars = progress
      ? new MultiBar({ format: ' {bar} {value}/{total} tests | {current}', stream: process.stderr, hideCursor: true, clearOnComplete: true, barsize: 30 })
      : null;
    this.#bar = this.#bars?.create(registrations.length, 0, { current: '' }) ?? null;
  }

  get groupCount(): number {
    return this.#groups.length;
  }

  started(registration: Registration): void {
    this.#bar?.update({ current: registration.title.slice(this.#name.length + 3) });
  }

  result(result: TestResult): void {
    this.#groupOfTitle.get(result.title)!.results.push(result);
    this.#bar?.increment();
    // Groups are printed in order, each once all its tests (and those of the groups before it) are done.
    for (let g = this.#groups[this.#printed]; g && g.results.length === g.size; g = this.#groups[++this.#printed]) this.#printGroup(g);
  }

  /** Stops the progress bar and prints the totals, last: `N passed, N failed, N skipped`. */
  finish(elapsedMs: number): Totals {
    this.#bars?.update();
    this.#bars?.stop();
    const all = this.#groups.flatMap((g) => g.results);
    const totals = {
      passed: all.filter((r) => r.outcome === 'passed').length,
      failed: all.filter((r) => r.outcome === 'failed').length,
      skipped: all.filter((r) => r.outcome === 'skipped').length,
    };
    console.log(`\n${all.length} tests in ${(elapsedMs / 1000).toFixed(1)} s`);
    console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    return totals;
  }

  #printGroup(group: Group): void {
    const count = (outcome: TestResult['outcome']) => group.results.filter((r) => r.outcome === outcome).length;
    const [passed, failed, skipped] = [count('passed'), count('failed'), count('skipped')];
    const mark = failed > 0 ? '✖' : passed > 0 ? '✔' : '-';
    const counts = [passed && `${passed} passed`, failed && `${failed} failed`, skipped && `${skipped} skipped`].filter(Boolean).join(', ');
    const lines = [`${mark} ${group.name}: ${counts}`];
    for (const result of group.results.filter((r) => r.outcome === 'failed')) {
      lines.push(`    ✖ ${result.title.slice(result.title.lastIndexOf(' › ') + 3)}`, indent(why(result.error), 8));
    }
    this.#print(lines.join('\n'));
  }

  /** Above the progress bar when both share a terminal; otherwise straight to stdout. */
  #print(text: string): void {
    if (this.#bars && process.stdout.isTTY) this.#bars.log(`${text}\n`);
    else console.log(text);
  }
}
