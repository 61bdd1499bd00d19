import { LOAD_KINDS, load, prepare, sessionEstablishment, watchLatency, type Connect, type LoadKind } from './coordination-workload.js';
import { percentile } from './report.js';

/*
 * One measurement of one running 3-server ensemble (logkeeper or ZooKeeper): the whole
 * coordination workload through sessions on followers.
 */

export interface RunningEnsemble {
  system: string;
  /** Client addresses. */
  leader: string;
  followers: string[];
  /** The server processes (for busy loops' and profiles' bookkeeping). */
  pids: number[];
  connect: Connect;
  /** True while the leader is still the one found at start (a change would spoil the run). */
  sameLeader(): Promise<boolean>;
  stop(): Promise<void>;
}

export interface Measurement {
  rate: Record<LoadKind, number>;
  p50: Record<LoadKind, number>;
  p99: Record<LoadKind, number>;
  /** Over the create and setData samples together. */
  writeP50: number;
  writeP99: number;
  sessionP50: number;
  watchAfterCloseP50: number;
  watchAfterSetDataP50: number;
  leaderChanged: boolean;
}

export interface MeasureOptions {
  ms: number;
  /** Unmeasured writes first (half create, half setData): the JVM's JIT and V8's warm up alike. */
  warmupMs: number;
  sessionSamples: number;
  watchSamples: number;
}

export async function measureEnsemble(e: RunningEnsemble, o: MeasureOptions): Promise<Measurement> {
  const [follower, other] = [e.followers[0]!, e.followers[1] ?? e.leader];
  const root = '/bench';
  const client = await e.connect(follower);
  const rate = {} as Record<LoadKind, number>;
  const p50 = {} as Record<LoadKind, number>;
  const p99 = {} as Record<LoadKind, number>;
  const writes: number[] = [];
  try {
    const targets = await prepare(client, root);
    await load(client, root, targets, 'create', o.warmupMs / 2, 0);
    await load(client, root, targets, 'setData', o.warmupMs / 2, 0);
    for (const kind of LOAD_KINDS) {
      const r = await load(client, root, targets, kind, o.ms);
      rate[kind] = r.rate;
      p50[kind] = r.p50;
      p99[kind] = r.p99;
      if (kind === 'create' || kind === 'setData') writes.push(...r.latencies);
    }
  } finally {
    await client.close();
  }
  const sessionP50 = await sessionEstablishment(e.connect, follower, o.sessionSamples);
  const watch = await watchLatency(e.connect, follower, other, root, o.watchSamples);
  return {
    rate,
    p50,
    p99,
    writeP50: percentile(writes, 50),
    writeP99: percentile(writes, 99),
    sessionP50,
    watchAfterCloseP50: watch.afterCloseP50,
    watchAfterSetDataP50: watch.afterSetDataP50,
    leaderChanged: !(await e.sameLeader()),
  };
}
