import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLogkeeperEnsemble } from './logkeeper-ensemble.js';
import { processRows, type Mode, type SystemUnderTest } from './process-rows.js';
import type { Report, Row } from './report.js';
import { startZooKeeperEnsemble, zookeeperMissing } from './zookeeper-ensemble.js';

/*
 * The keeper benchmark's headline section, from its flags:
 *   --quick             1 s per case (else 2.5 s), fewer session and watch samples
 *   --runs N            repeat the quiet rows N times (min..max); busy runs once
 *   --no-busy           only the quiet rows
 *   --no-zookeeper      logkeeper alone (also when Debian's zookeeper is not installed)
 *   --profile[=<dir>]   logkeeper servers run with --cpu-prof (profiles written when they stop)
 */

export interface Headline {
  rows: Row[];
  /** Per mode: the baselines and every system's measurement of each run; the machine's load. */
  details: unknown;
  targets: NonNullable<Report['targets']>;
  notes: string[];
  workload: string;
}

const BUSY_LOOPS = 2;

function flagValue(flags: string[], name: string): string | undefined {
  const i = flags.findIndex((f) => f === name || f.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const flag = flags[i]!;
  return flag.includes('=') ? flag.slice(name.length + 1) : '';
}

export async function keeperHeadline(flags: string[]): Promise<Headline> {
  const quick = flags.includes('--quick');
  const ms = quick ? 1000 : 2500;
  const runsFlag = flagValue(flags, '--runs');
  const runs = runsFlag === undefined ? 1 : Number(runsFlag);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a positive integer, got ${runsFlag}`);
  const modes: Mode[] = flags.includes('--no-busy') ? ['quiet'] : ['quiet', 'busy'];
  const profile = flagValue(flags, '--profile');
  const profileDir = profile === undefined ? undefined
    : resolve(profile || join(dirname(fileURLToPath(import.meta.url)), '..', 'results', `profiles-${new Date().toISOString().replace(/[:.]/g, '-')}`));
  const nodeArgs = profileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir];
  const profiled: string[] = [];
  const zkMissing = flags.includes('--no-zookeeper') ? 'skipped (--no-zookeeper)' : zookeeperMissing();
  const systems: SystemUnderTest[] = [
    ...(zkMissing === undefined ? [{ name: 'ZooKeeper', start: () => startZooKeeperEnsemble() }] : []),
    {
      name: 'logkeeper',
      start: async () => {
        const e = await startLogkeeperEnsemble({ nodeArgs });
        const p = e.processes;
        profiled.push(p.ids.map((id) => `member ${id} pid ${p.members.get(id)!.pid} (${id === p.leader ? 'leader' : 'follower'})`).join(', '));
        return e;
      },
    },
  ];
  const loadBefore = loadavg();
  const result = await processRows({
    systems,
    modes,
    runs,
    busyLoops: BUSY_LOOPS,
    baselineMs: 1000,
    ms,
    warmupMs: quick ? 1000 : 2000,
    sessionSamples: quick ? 20 : 50,
    watchSamples: quick ? 20 : 50,
    log: (line) => console.error(line),
  });
  const loadAfter = loadavg();
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  const notes = [`machine load (1, 5, 15-minute averages, ${cpus().length} cores) before the headline rows: ${load(loadBefore)}; after: ${load(loadAfter)}`, ...result.notes];
  if (zkMissing !== undefined) notes.push(`ZooKeeper rows: ${zkMissing}`);
  if (profileDir !== undefined) {
    notes.push(`CPU profiles of the logkeeper server processes (open in Chrome DevTools or speedscope) in ${profileDir}: CPU.<date>.<time>.<pid>.0.*.cpuprofile is a process's main thread (.1. is tsx's loader thread); ensembles, in order: ${profiled.map((p, i) => `#${i + 1}: ${p}`).join('; ')}`);
  }
  notes.push(
    '"vs baseline" columns: "per fdatasync" = ops/s / fdatasync/s; "per round-trip" = ops/s / loopback round-trips/s; "in fdatasyncs" / "in round-trips" = a latency in units of one baseline operation (ms x baseline/s / 1000). Baselines are measured before each run under the same conditions (with the busy loops in busy runs). logkeeper/ZooKeeper pairs the runs one to one.',
    'ZooKeeper\'s client is node-zookeeper-client in this process (like logkeeper\'s Keeper): its own cost is in the ZooKeeper rows, getData most of all.',
  );
  return {
    rows: result.rows,
    details: { modes: result.modes, loadBefore, loadAfter },
    targets: result.targets,
    notes,
    workload: `Headline rows ("processes"): 3 server processes on loopback TCP, started afresh for each mode and run: logkeeper as \`logkeeper start\` (classic-level, fsync on); ZooKeeper ${zkMissing === undefined ? '3.8 from Debian\'s package, default settings (forceSync on)' : '(not run)'}. One session on a follower, 64 requests in flight, 100-byte data, ${ms} ms per case after a warm-up; write p50/p99 over the create and setData requests; session establishment: new sessions to a follower one after another; watch latency: from the owner's close (or setData) being issued to the watcher's callback, watcher and owner on different followers. Modes: quiet${modes.includes('busy') ? `, busy (${BUSY_LOOPS} busy-loop processes beside the cluster)` : ''}; quiet runs: ${runs}.`,
  };
}
