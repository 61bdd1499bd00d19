import { InvariantError } from '../../consensus/sim/checker.js';
import type { Replica } from '../replica/replica.js';
import type { SimBrokerCluster, SimNode } from './cluster.js';
import { readRecords, type LogRecordView } from './log-records.js';
import { liveReplicas, partitionState, registeredBrokers, type LiveReplica } from './observe.js';

/*
 * How this works. The invariants of a whole-cluster run, each named, each violation naming
 * the seed, the partition, the offsets and the replicas:
 *
 *   acked-durable        a record acknowledged with acks=all stays at its acknowledged
 *                        offset: in every replica's log below its high watermark, and in
 *                        the final log;
 *   replica-consistency  replicas hold the same record at every offset below the high
 *                        watermark: each replica's records below its own HW are compared
 *                        with a reference (the first replica to show that offset below its
 *                        HW), during the run and, whole, at the end;
 *   leader-hw-monotonic  a leader's high watermark never moves back while its leader epoch
 *                        lasts (whichever process of the broker leads it);
 *   client-hw-monotonic  the high watermark a client is told (fetch answers, ListOffsets
 *                        LATEST) never moves back, across leader changes;
 *   idempotence          in the final log, each producer's sequence numbers are in order per
 *                        partition and none is there twice; an acknowledged one is there.
 *
 * During the run, `sample` (synchronous, after every step) watches the leaders' high
 * watermarks, and `verify` (asynchronous, from a timer) reads each live replica's records
 * from where it last checked up to its HW. The first violation is kept; the run stops on it.
 *
 * What Kafka promises holds only while some in-sync replica holding every committed record
 * stays alive. The nemesis never crashes the last one, but network faults can still make
 * every in-sync replica dead to the cluster (their sessions expire) while the others have
 * crashed and lost what they had not synced: the controller may then elect one of those.
 * `sample` watches for that — an in-sync replica (by the ensemble's ISR) that is registered
 * and running but lacks records below the highest high watermark seen, and no registered one
 * that has them all — and from then on the partition is exposed: its violations are not
 * reported, and the run says so.
 */

interface Reference {
  digest: string;
  kv: string;
  holder: string;
}

interface Acked {
  kv: string;
  producer: string;
  sequence: number;
}

export const INVARIANTS = ['acked-durable', 'replica-consistency', 'leader-hw-monotonic', 'client-hw-monotonic', 'idempotence'] as const;
export type Invariant = (typeof INVARIANTS)[number];

export interface FinalLog {
  partition: number;
  records: LogRecordView[];
}

const holderOf = (node: SimNode) => `broker ${node.brokerId} (incarnation ${node.incarnation})`;

export class BrokerChecker {
  readonly seed: number | string;
  readonly topic: string;
  readonly partitions: number;
  violation: InvariantError | null = null;
  /** Invariants switched off (to prove the others catch what they should). */
  readonly #skip: ReadonlySet<Invariant>;
  readonly #reference = new Map<number, Map<number, Reference>>();
  readonly #acked = new Map<number, Map<number, Acked>>();
  /** Acknowledged without an offset (a broker's DUPLICATE_SEQUENCE_NUMBER: written before its window). */
  readonly #ackedSomewhere = new Map<number, Acked[]>();
  readonly #verified = new WeakMap<Replica, number>();
  readonly #reading = new WeakSet<Replica>();
  readonly #leaderHw = new Map<string, { hw: number; holder: string }>();
  readonly #clientHw = new Map<string, { hw: number; how: string }>();
  readonly #frontier = new Map<number, number>();
  /** Partitions that lost every in-sync replica holding their committed records (see above), with why. */
  readonly exposed = new Map<number, string>();
  verifiedRecords = 0;

  constructor(seed: number | string, topic: string, partitions: number, skip: readonly Invariant[] = []) {
    this.seed = seed;
    this.topic = topic;
    this.partitions = partitions;
    this.#skip = new Set(skip);
    for (let p = 0; p < partitions; p++) {
      this.#reference.set(p, new Map());
      this.#acked.set(p, new Map());
      this.#ackedSomewhere.set(p, []);
    }
  }

  #fail(invariant: Invariant, partition: number, message: string): void {
    if (this.#skip.has(invariant) || this.violation || this.exposed.has(partition)) return;
    this.violation = new InvariantError(invariant, `seed ${JSON.stringify(this.seed)}, ${this.topic}-${partition}: ${message}`);
  }

  /** The highest high watermark any replica of `partition` has shown: everything below it is committed. */
  frontier(partition: number): number {
    return this.#frontier.get(partition) ?? 0;
  }

  // ---- acknowledgements ----

  /** A send was acknowledged at `offset` (-1: at an offset the broker did not say). */
  acked(partition: number, offset: number, key: string, value: string, producer: string, sequence: number): void {
    const kv = `${key}=${value}`;
    if (offset < 0) {
      this.#ackedSomewhere.get(partition)!.push({ kv, producer, sequence });
      return;
    }
    const acked = this.#acked.get(partition)!;
    const earlier = acked.get(offset);
    if (earlier && earlier.kv !== kv) {
      this.#fail('acked-durable', partition, `offset ${offset} was acknowledged twice, for ${earlier.kv} and then for ${kv}`);
    }
    acked.set(offset, { kv, producer, sequence });
    const ref = this.#reference.get(partition)!.get(offset);
    if (ref && ref.kv !== kv) {
      this.#fail('acked-durable', partition, `${kv} was acknowledged at offset ${offset}, where ${ref.holder} holds ${ref.kv} below its high watermark`);
    }
  }

  // ---- high watermarks ----

  /** After every step: the leaders' high watermarks, per leader epoch, only up; exposed partitions. */
  sample(cluster: SimBrokerCluster): void {
    const registered = registeredBrokers(cluster);
    for (let p = 0; p < this.partitions; p++) {
      const replicas = liveReplicas(cluster, this.topic, p);
      this.#watchExposure(cluster, p, replicas, registered);
      for (const { node, replica } of replicas) {
        const hw = replica.highWatermark;
        if (hw > this.frontier(p)) this.#frontier.set(p, hw);
        if (!replica.isLeader) continue;
        const key = `${p}@${replica.leaderEpoch}`;
        const seen = this.#leaderHw.get(key);
        if (seen && hw < seen.hw) {
          this.#fail('leader-hw-monotonic', p, `in leader epoch ${replica.leaderEpoch} the high watermark went from ${seen.hw} (${seen.holder}) back to ${hw} (${holderOf(node)})`);
        }
        if (!seen || hw > seen.hw) this.#leaderHw.set(key, { hw, holder: holderOf(node) });
      }
    }
  }

  #watchExposure(cluster: SimBrokerCluster, p: number, replicas: LiveReplica[], registered: ReadonlySet<number>): void {
    if (this.exposed.has(p)) return;
    const state = partitionState(cluster, this.topic, p);
    if (!state) return;
    let frontier = this.frontier(p);
    for (const r of replicas) frontier = Math.max(frontier, r.replica.highWatermark);
    // Some in-sync replica electable (registered) and holding every committed record; some electable, running and not.
    // (Plain loops: this runs after every step.)
    let holds = false;
    let lacks = false;
    for (const id of state.isr) {
      if (!registered.has(id)) continue;
      let end = -1;
      for (const r of replicas) if (r.node.brokerId === id) end = r.replica.log.logEndOffset;
      if (end >= frontier) holds = true;
      else if (!cluster.node(String(id)).down) lacks = true;
    }
    if (holds || !lacks) return;
    const why = `the only in-sync replicas the controller could elect (ISR ${state.isr.join(',')}) lack records below ${frontier}`;
    this.exposed.set(p, why);
    this.onExposed?.(p, why);
  }

  /** Told when a partition becomes exposed. */
  onExposed: ((partition: number, why: string) => void) | undefined;

  /** A client was told `hw` for `partition`. */
  clientSaw(client: string, partition: number, hw: number, how: string): void {
    const key = `${client}/${partition}`;
    const seen = this.#clientHw.get(key);
    if (seen && hw < seen.hw) {
      this.#fail('client-hw-monotonic', partition, `${client} was told high watermark ${seen.hw} (${seen.how}), then ${hw} (${how})`);
    }
    if (!seen || hw >= seen.hw) this.#clientHw.set(key, { hw, how });
  }

  /** A client fetching at a high watermark it was told found that offset out of the leader's log. */
  clientLost(client: string, partition: number, offset: number, how: string): void {
    this.#fail('client-hw-monotonic', partition, `${client} fetched at ${offset}, a high watermark it was told, and got OFFSET_OUT_OF_RANGE (${how})`);
  }

  // ---- records below the high watermark ----

  /** Reads every live replica's records from where it was last checked up to its HW (not awaited during a run). */
  verify(cluster: SimBrokerCluster): Promise<void> {
    const reads: Array<Promise<void>> = [];
    for (let p = 0; p < this.partitions; p++) {
      for (const { node, replica } of liveReplicas(cluster, this.topic, p)) {
        if (!this.#reading.has(replica)) reads.push(this.#verifyReplica(p, node, replica));
      }
    }
    return Promise.all(reads).then(() => {});
  }

  async #verifyReplica(partition: number, node: SimNode, replica: Replica): Promise<void> {
    const from = this.#verified.get(replica) ?? 0;
    const hw = replica.highWatermark;
    if (hw <= from) {
      this.#verified.set(replica, hw);
      return;
    }
    this.#reading.add(replica);
    try {
      const records = await readRecords(replica.log, from, hw);
      for (const r of records) this.#compare(partition, r, holderOf(node));
      this.verifiedRecords += records.length;
      this.#verified.set(replica, records.length > 0 ? records.at(-1)!.offset + 1 : from);
    } finally {
      this.#reading.delete(replica);
    }
  }

  #compare(partition: number, r: LogRecordView, holder: string): void {
    const references = this.#reference.get(partition)!;
    const ref = references.get(r.offset);
    if (!ref) {
      references.set(r.offset, { digest: r.digest, kv: `${r.key}=${r.value}`, holder });
      const acked = this.#acked.get(partition)!.get(r.offset);
      if (acked && acked.kv !== `${r.key}=${r.value}`) {
        this.#fail('acked-durable', partition, `${acked.kv} was acknowledged at offset ${r.offset}, where ${holder} holds ${r.key}=${r.value} below its high watermark`);
      }
    } else if (ref.digest !== r.digest) {
      this.#fail('replica-consistency', partition, `at offset ${r.offset}, below both high watermarks, ${ref.holder} holds [${ref.digest}] and ${holder} holds [${r.digest}]`);
    }
  }

  // ---- the end ----

  /**
   * After the cluster settled: every live replica's whole log against the others and the
   * reference; every acknowledged record at its offset; each producer's sequences. Returns
   * the final log of each partition (the first replica's).
   */
  async final(cluster: SimBrokerCluster): Promise<FinalLog[]> {
    const logs: FinalLog[] = [];
    for (let p = 0; p < this.partitions; p++) {
      const replicas = liveReplicas(cluster, this.topic, p);
      let first: { holder: string; records: LogRecordView[] } | undefined;
      for (const { node, replica } of replicas) {
        const records = await readRecords(replica.log, 0, replica.log.logEndOffset);
        const holder = holderOf(node);
        for (const r of records) this.#compare(p, r, holder);
        if (!first) first = { holder, records };
        else this.#sameLog(p, first, { holder, records });
      }
      const records = first?.records ?? [];
      logs.push({ partition: p, records });
      this.#ackedPresent(p, records, first?.holder ?? 'no replica');
      this.#idempotent(p, records);
    }
    return logs;
  }

  #sameLog(partition: number, a: { holder: string; records: LogRecordView[] }, b: { holder: string; records: LogRecordView[] }): void {
    const n = Math.max(a.records.length, b.records.length);
    for (let i = 0; i < n; i++) {
      const x = a.records[i];
      const y = b.records[i];
      if (x?.digest !== y?.digest) {
        const offset = x?.offset ?? y!.offset;
        this.#fail('replica-consistency', partition, `after settling, at offset ${offset}, ${a.holder} holds [${x?.digest ?? 'nothing'}] and ${b.holder} holds [${y?.digest ?? 'nothing'}]`);
        return;
      }
    }
  }

  #ackedPresent(partition: number, records: LogRecordView[], holder: string): void {
    const byOffset = new Map(records.map((r) => [r.offset, r]));
    for (const [offset, acked] of [...this.#acked.get(partition)!].sort((x, y) => x[0] - y[0])) {
      const r = byOffset.get(offset);
      if (!r || `${r.key}=${r.value}` !== acked.kv) {
        this.#fail('acked-durable', partition, `${acked.kv} was acknowledged at offset ${offset}; the final log (${holder}) holds ${r ? `${r.key}=${r.value}` : 'nothing'} there`);
        return;
      }
    }
  }

  #idempotent(partition: number, records: LogRecordView[]): void {
    const last = new Map<string, { sequence: number; offset: number }>();
    for (const r of records) {
      const [producer, sequence] = parseValue(r.value);
      if (producer === undefined) continue;
      const before = last.get(producer);
      if (before && sequence === before.sequence) {
        this.#fail('idempotence', partition, `${producer}'s record ${sequence} is written twice, at offsets ${before.offset} and ${r.offset}`);
        return;
      }
      if (before && sequence < before.sequence) {
        this.#fail('idempotence', partition, `${producer}'s record ${sequence} (offset ${r.offset}) comes after its record ${before.sequence} (offset ${before.offset})`);
        return;
      }
      last.set(producer, { sequence, offset: r.offset });
    }
    const present = new Set(records.map((r) => r.value));
    const acked = [...[...this.#acked.get(partition)!].map(([offset, a]) => ({ ...a, at: `at offset ${offset}` })), ...this.#ackedSomewhere.get(partition)!.map((a) => ({ ...a, at: 'as a duplicate' }))];
    for (const a of acked) {
      if (!present.has(`${a.producer}:${a.sequence}`)) {
        this.#fail('idempotence', partition, `${a.producer}'s record ${a.sequence}, acknowledged ${a.at}, is missing from the final log`);
        return;
      }
    }
  }
}

/** A workload value is `<producer>:<sequence>`. */
function parseValue(value: string): [string | undefined, number] {
  const at = value.lastIndexOf(':');
  if (at < 0) return [undefined, -1];
  return [value.slice(0, at), Number(value.slice(at + 1))];
}
