import type { LogRecordView } from '../log-records.js';
import { ms, type Fail, type MemberRef } from './failures.js';

/*
 * How this works: `at-least-once`, per group and partition of the topic. The checker learns
 * every message a member begins and finishes processing, and keeps, per group: the offsets
 * finished by some member (and so the frontier, the first offset no member has finished), the
 * record each offset held when first processed, and the highest offset handed to a member so
 * far, over time (offsets.ts compares committed offsets with it).
 *
 *   - a commit acknowledged to a member (its consumer.commit_offsets event) covers only
 *     finished messages: its offset is at most the frontier — a commit after processing;
 *   - a record processed twice is the same record both times;
 *   - at the end, once the cluster settled: every record of the final log was processed by
 *     the group, as the log holds it (so every acknowledged record, which the broker checkers
 *     find in the final log).
 */

interface PartitionDelivery {
  done: Set<number>;
  frontier: number;
  records: Map<number, { kv: string; by: string }>;
  /** When the highest offset handed out rose, and to what (ascending). */
  handedAt: number[];
  handed: number[];
}

export class Delivery {
  readonly #fail: Fail;
  readonly #partitions = new Map<string, PartitionDelivery>();

  constructor(fail: Fail) {
    this.#fail = fail;
  }

  #of(groupId: string, partition: number): PartitionDelivery {
    const key = `${groupId}/${partition}`;
    let d = this.#partitions.get(key);
    if (!d) this.#partitions.set(key, (d = { done: new Set(), frontier: 0, records: new Map(), handedAt: [], handed: [] }));
    return d;
  }

  /** `ref` was handed `offset` holding `kv` (`key=value`) and begins processing it. */
  begin(ref: MemberRef, partition: number, offset: number, kv: string, at: number): void {
    const d = this.#of(ref.groupId, partition);
    const first = d.records.get(offset);
    if (!first) d.records.set(offset, { kv, by: ref.label });
    else if (first.kv !== kv) this.#fail('at-least-once', ref.groupId, partition, `offset ${offset} was processed as ${first.kv} by ${first.by} and as ${kv} by ${ref.label} (at ${ms(at)})`);
    if (offset > (d.handed.at(-1) ?? -1)) {
      d.handedAt.push(at);
      d.handed.push(offset);
    }
  }

  /** `ref` finished processing `offset`. */
  finish(ref: MemberRef, partition: number, offset: number): void {
    const d = this.#of(ref.groupId, partition);
    d.done.add(offset);
    while (d.done.has(d.frontier)) d.frontier++;
  }

  /** A commit of `offset` (the next to read) was acknowledged to `ref`. */
  committed(ref: MemberRef, partition: number, offset: number, at: number): void {
    const d = this.#of(ref.groupId, partition);
    if (offset > d.frontier) {
      this.#fail('at-least-once', ref.groupId, partition, `${ref.label}'s commit of offset ${offset} was acknowledged at ${ms(at)}, but no member of the group had finished processing offset ${d.frontier}`);
    }
  }

  /** The highest offset handed to a member of `groupId` before `time` (-1: none). */
  handedBefore(groupId: string, partition: number, time: number): number {
    const d = this.#of(groupId, partition);
    let lo = 0;
    let hi = d.handedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (d.handedAt[mid]! < time) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : d.handed[lo - 1]!;
  }

  /** The first offset below `end` that no member of the group finished, or null. */
  missing(groupId: string, partition: number, end: number): number | null {
    const d = this.#of(groupId, partition);
    return d.frontier >= end ? null : d.frontier;
  }

  /** After settling: what the group processed against the partition's final log. */
  final(groupId: string, partition: number, records: readonly LogRecordView[]): void {
    const d = this.#of(groupId, partition);
    const end = records.length === 0 ? 0 : records.at(-1)!.offset + 1;
    const missing = this.missing(groupId, partition, end);
    if (missing !== null) {
      const r = records.find((x) => x.offset === missing);
      this.#fail('at-least-once', groupId, partition, `offset ${missing} (${r ? `${r.key}=${r.value}` : 'no record'}) of the final log (end ${end}) was never processed by the group`);
      return;
    }
    for (const r of records) {
      const seen = d.records.get(r.offset);
      if (seen && seen.kv !== `${r.key}=${r.value}`) {
        this.#fail('at-least-once', groupId, partition, `${seen.by} processed offset ${r.offset} as ${seen.kv}; the final log holds ${r.key}=${r.value} there`);
        return;
      }
    }
    for (const offset of d.records.keys()) {
      if (offset >= end) {
        this.#fail('at-least-once', groupId, partition, `${d.records.get(offset)!.by} processed offset ${offset}, beyond the final log's end ${end}`);
        return;
      }
    }
  }
}
