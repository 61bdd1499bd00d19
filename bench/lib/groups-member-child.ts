import { createInterface } from 'node:readline';
import { silentLogger } from '../../adapters/shared/logger.js';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { createBrokerClient, type Consumer, type ConsumerOptions } from '../../engine/broker/client/index.js';
import { epochNow } from './latency-consumer.js';

/*
 * Group members in a process of their own (bench/lib/groups-members.ts drives it): each
 * member is logkeeper's group consumer with a client of its own, reading one topic with
 * eachBatch. Commands arrive as JSON lines on stdin; what the members do goes out as JSON
 * lines on stdout, with epoch-ms times (performance clocks of processes on one machine agree
 * to well under a millisecond):
 *
 *   { type: 'owned', member, partitions, t }   the member owns these partitions from t (each
 *       group_join event; an eager member owns nothing from its rebalancing event on, since it
 *       revokes everything before rejoining)
 *   { type: 'consumed', member, partition, t } the first batch of a partition the member
 *       processed since it got the partition and since the last `mark`
 *   { type: 'counted', member, records, first, last } after `count`: records processed, and
 *       when the first and last of them were
 *   { type: 'event', t }                        when a `run` or `leave` began
 *   { type: 'done' }                            a command finished
 */

interface Start {
  brokers: string[];
  topic: string;
  options: ConsumerOptions;
  eager: boolean;
}

type Command =
  | { cmd: 'add'; member: string; fromBeginning?: boolean; paused?: boolean; run: boolean }
  | { cmd: 'run'; member: string }
  | { cmd: 'leave'; member: string }
  | { cmd: 'mark'; t: number }
  | { cmd: 'resume' }
  | { cmd: 'count' }
  | { cmd: 'stop' };

interface Member {
  consumer: Consumer;
  /** Owned partitions and when each was taken. */
  owned: Map<number, number>;
  /** Partitions reported as consumed since taken and since the mark. */
  reported: Set<number>;
  lastBatchAt: Map<number, number>;
  records: number;
  first: number;
  last: number;
}

const s = JSON.parse(process.argv[2]!) as Start;
const transport = new TcpTransport({ logger: silentLogger });
const members = new Map<string, Member>();
const out = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

function setOwned(name: string, m: Member, partitions: number[], t: number): void {
  const next = new Map<number, number>();
  for (const p of partitions) next.set(p, m.owned.get(p) ?? t);
  for (const p of next.keys()) if (!m.owned.has(p)) m.reported.delete(p);
  m.owned = next;
  out({ type: 'owned', member: name, partitions, t });
}

async function add(name: string, fromBeginning: boolean, paused: boolean): Promise<Member> {
  const client = createBrokerClient({ brokers: s.brokers, transport, clientId: name, retry: { retries: 100, initialRetryTimeMs: 50, maxRetryTimeMs: 500 } });
  const consumer = client.consumer(s.options);
  const m: Member = { consumer, owned: new Map(), reported: new Set(), lastBatchAt: new Map(), records: 0, first: 0, last: 0 };
  consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => setOwned(name, m, payload.memberAssignment[s.topic] ?? [], epochNow()));
  if (s.eager) consumer.on(consumer.events.REBALANCING, () => setOwned(name, m, [], epochNow()));
  await consumer.connect();
  await consumer.subscribe({ topics: [s.topic], fromBeginning });
  if (paused) consumer.pause([{ topic: s.topic }]);
  members.set(name, m);
  return m;
}

async function run(name: string, m: Member): Promise<void> {
  await m.consumer.run({
    eachBatch: async ({ batch }) => {
      const t = epochNow();
      const p = batch.partition;
      if (m.records === 0) m.first = t;
      m.records += batch.messages.length;
      m.last = t;
      m.lastBatchAt.set(p, t);
      if (m.owned.has(p) && !m.reported.has(p)) {
        m.reported.add(p);
        out({ type: 'consumed', member: name, partition: p, t });
      }
    },
  });
}

/** From `t` on: batches processed at or after it are reported again (the latest one already, if it was). */
function mark(t: number): void {
  for (const [name, m] of members) {
    m.reported.clear();
    for (const p of m.owned.keys()) {
      const at = m.lastBatchAt.get(p) ?? -Infinity;
      if (at >= t && at >= m.owned.get(p)!) {
        m.reported.add(p);
        out({ type: 'consumed', member: name, partition: p, t: at });
      }
    }
  }
}

async function handle(c: Command): Promise<void> {
  if (c.cmd === 'add') {
    const m = await add(c.member, c.fromBeginning ?? false, c.paused ?? false);
    if (c.run) await run(c.member, m);
  } else if (c.cmd === 'run') {
    out({ type: 'event', t: epochNow() });
    await run(c.member, members.get(c.member)!);
  } else if (c.cmd === 'leave') {
    const m = members.get(c.member)!;
    members.delete(c.member);
    out({ type: 'event', t: epochNow() });
    await m.consumer.disconnect();
  } else if (c.cmd === 'mark') {
    mark(c.t);
  } else if (c.cmd === 'resume') {
    for (const m of members.values()) m.consumer.resume([{ topic: s.topic }]);
  } else if (c.cmd === 'count') {
    for (const [name, m] of members) out({ type: 'counted', member: name, records: m.records, first: m.first, last: m.last });
  } else {
    await Promise.all([...members.values()].map((m) => m.consumer.disconnect().catch(() => {})));
    await transport.close();
    out({ type: 'done' });
    process.exit(0);
  }
  out({ type: 'done' });
}

// One command at a time, in order.
let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  queue = queue.then(() => handle(JSON.parse(line) as Command)).catch((error: Error) => {
    process.stderr.write(`groups member process: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
});
out({ type: 'ready' });
