import type { CommitRates } from './groups-commit.js';
import type { ConsumeRates } from './groups-consume.js';
import type { Protocol, Rebalances } from './groups-rebalance.js';
import { span } from './process-rows.js';
import type { Report, Row } from './report.js';

/*
 * The groups benchmark's rows and the issue's targets, from its runs' measurements. Each
 * measurement carries the 1-minute load average read right after it: the machine is shared.
 */

export interface Loaded {
  /** 1-minute load average right after the measurement. */
  load: number;
}

export interface GroupsRun {
  /** By protocol name, then group size. */
  rebalances: Record<string, Record<number, Rebalances & Loaded>>;
  consume?: ConsumeRates & Loaded;
  commits?: CommitRates & Loaded;
  /** Cases that did not complete (a group that did not settle), with why. */
  failures: Array<{ case: string } & Loaded & { error: string }>;
  load: { before: number[]; after: number[] };
}

export interface GroupsSetup {
  protocols: Protocol[];
  sizes: number[];
  heartbeatMs: number;
  sessionTimeoutMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const present = <T>(values: Array<T | undefined>): T[] => values.filter((v): v is T => v !== undefined);

export function groupsRows(results: GroupsRun[], s: GroupsSetup): { rows: Row[]; targets: NonNullable<Report['targets']> } {
  const rows: Row[] = [];
  const targets: NonNullable<Report['targets']> = [];
  const fmt = (values: number[], unit: string) => `${span(values).toLocaleString('en-US')}${unit} (median ${Math.round(median(values) * 100) / 100}${unit})`;
  const check = (target: string, values: number[], met: (m: number) => boolean, unit = '') => {
    if (values.length > 0) targets.push({ target, met: met(median(values)), value: fmt(values, unit) });
  };
  const rebalances = (name: string, size: number) => present(results.map((r) => r.rebalances[name]?.[size]));

  for (const protocol of s.protocols) {
    for (const size of s.sizes) {
      const rs = rebalances(protocol.name, size);
      if (rs.length === 0) continue;
      rows.push({
        case: `rebalance, ${protocol.name}, ${size} members`,
        'leave ms': span(rs.map((x) => x.leave)),
        'join ms': span(rs.map((x) => x.join)),
        'crash ms': span(rs.map((x) => x.crash)),
        'crash - session timeout ms': span(rs.map((x) => x.crash - s.sessionTimeoutMs)),
        'leave / heartbeat interval': span(rs.map((x) => x.leave / s.heartbeatMs)),
        'join / heartbeat interval': span(rs.map((x) => x.join / s.heartbeatMs)),
        load: span(rs.map((x) => x.load)),
        runs: `${rs.length}/${results.length}`,
      });
    }
  }
  const server = s.protocols.find((p) => p.options.groupProtocol === 'consumer')?.name;
  const cooperative = s.protocols.find((p) => p.name.includes('cooperative'))?.name;
  if (server) {
    check('server-side, 10 members: a clean leave rebalanced within 100 ms', rebalances(server, 10).map((x) => x.leave), (m) => m <= 100, ' ms');
    check('server-side, 10 members: a join rebalanced within 100 ms', rebalances(server, 10).map((x) => x.join), (m) => m <= 100, ' ms');
  }
  if (cooperative) {
    check('cooperative-sticky, 10 members: a clean leave within 2x that (200 ms)', rebalances(cooperative, 10).map((x) => x.leave), (m) => m <= 200, ' ms');
    check('cooperative-sticky, 10 members: a join within 2x that (200 ms)', rebalances(cooperative, 10).map((x) => x.join), (m) => m <= 200, ' ms');
  }
  for (const protocol of s.protocols) {
    const crashes = s.sizes.flatMap((size) => rebalances(protocol.name, size).map((x) => x.crash));
    const bound = s.sessionTimeoutMs + 100;
    check(`${protocol.name}: a crash rebalanced within the session timeout + 100 ms (${bound} ms), median over every size and run`, crashes, (m) => m <= bound, ' ms');
  }

  const consumes = present(results.map((r) => r.consume));
  if (consumes.length > 0) {
    rows.push({
      case: 'consume: a group of 3 (KIP-848), a process each, over TCP',
      'records/s': span(consumes.map((c) => c.group)),
      'vs one PartitionConsumer': span(consumes.map((c) => c.group / c.single)),
      records: span(consumes.map((c) => c.records)),
      load: span(consumes.map((c) => c.load)),
    });
    rows.push({ case: 'baseline: one PartitionConsumer (the bench process), the same topic', 'records/s': span(consumes.map((c) => c.single)), load: span(consumes.map((c) => c.load)) });
    check('a group of 3 consumes >= 600,000 records/s in total over TCP', consumes.map((c) => c.group), (m) => m >= 600_000);
  }
  const commits = present(results.map((r) => r.commits));
  if (commits.length > 0) {
    const load = span(commits.map((c) => c.load));
    rows.push({ case: 'commits: 1 member, one commitOffsets after another', 'commits/s': span(commits.map((c) => c.one)), 'vs produce round trips': span(commits.map((c) => c.one / c.produceRoundTrips)), load });
    rows.push({ case: `commits: ${commits[0]!.members} members of one group at once`, 'commits/s': span(commits.map((c) => c.several)), 'vs produce round trips': span(commits.map((c) => c.several / c.produceRoundTrips)), load });
    rows.push({ case: 'baseline: Produce round trips, 1 record, acks=all, rf=3, one after another', 'commits/s': span(commits.map((c) => c.produceRoundTrips)), load });
  }
  return { rows, targets };
}
