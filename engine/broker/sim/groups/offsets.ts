import type { Delivery } from './delivery.js';
import { ms, type Fail, type MemberRef } from './failures.js';

/*
 * How this works: the committed offsets of each group and partition, seen three ways — the
 * commits acknowledged to members (consumer.commit_offsets), what an outside client's
 * OffsetFetch is told over time (offsets-watcher.ts), and the commit records of
 * `__consumer_offsets` in log order (offsets-log.ts) — against two rules:
 *
 *   offsets-monotonic   a group's committed offset never moves back: not in the log's order,
 *                       not in what OffsetFetch tells one client over time, not below a
 *                       commit acknowledged before the OffsetFetch was asked, not between two
 *                       commits acknowledged to one member;
 *   groups-independent  a group's committed offset is one of its own members could have
 *                       committed: at most one past the highest offset handed to a member of
 *                       that group by then (Delivery), whatever the other group commits.
 */

interface Seen {
  offset: number;
  at: number;
  how: string;
}

export class CommittedOffsets {
  readonly #fail: Fail;
  readonly #delivery: Delivery;
  /** `group/partition` → the highest commit acknowledged so far. */
  readonly #acked = new Map<string, Seen>();
  /** `group/partition/label` → the last commit acknowledged to that member. */
  readonly #ackedTo = new Map<string, Seen>();
  /** `group/partition` → the last OffsetFetch answer. */
  readonly #fetched = new Map<string, Seen>();
  /** `group/partition` → the acknowledged commits in order (to find the highest before a time). */
  readonly #ackLog = new Map<string, Seen[]>();

  constructor(fail: Fail, delivery: Delivery) {
    this.#fail = fail;
    this.#delivery = delivery;
  }

  /** A commit of `offset` was acknowledged to `ref` at `at`. */
  acknowledged(ref: MemberRef, partition: number, offset: number, at: number): void {
    const key = `${ref.groupId}/${partition}`;
    const how = `${ref.label}'s commit acknowledged at ${ms(at)}`;
    const mine = this.#ackedTo.get(`${key}/${ref.label}`);
    if (mine && offset < mine.offset) this.#fail('offsets-monotonic', ref.groupId, partition, `${how} set offset ${offset}, below its own earlier commit of ${mine.offset} (${mine.how})`);
    const seen: Seen = { offset, at, how };
    this.#ackedTo.set(`${key}/${ref.label}`, seen);
    const best = this.#acked.get(key);
    if (!best || offset > best.offset) {
      this.#acked.set(key, seen);
      let log = this.#ackLog.get(key);
      if (!log) this.#ackLog.set(key, (log = []));
      log.push(seen);
    }
  }

  /** An OffsetFetch asked at `askedAt` was answered `offset` (-1: none) at `at`. */
  fetched(groupId: string, partition: number, offset: number, askedAt: number, at: number): void {
    const key = `${groupId}/${partition}`;
    const how = `OffsetFetch asked at ${ms(askedAt)}`;
    const last = this.#fetched.get(key);
    if (last && offset < last.offset) this.#fail('offsets-monotonic', groupId, partition, `${how} answered ${offset}, after ${last.how} answered ${last.offset}`);
    this.#fetched.set(key, { offset, at, how });
    const acked = this.#ackedBefore(key, askedAt);
    if (acked && offset < acked.offset) this.#fail('offsets-monotonic', groupId, partition, `${how} answered ${offset}, below ${acked.offset}, ${acked.how}`);
    this.#ownOffset(groupId, partition, offset, at, `${how} answered ${offset}`);
  }

  /**
   * The commit records of one group and partition in `__consumer_offsets`, in log order, each
   * with the time its coordinator wrote it.
   */
  logged(groupId: string, partition: number, records: ReadonlyArray<{ offset: number; logOffset: number; writtenBefore: number }>, where: string): void {
    let previous: { offset: number; logOffset: number } | undefined;
    for (const r of records) {
      if (previous && r.offset < previous.offset) {
        this.#fail('offsets-monotonic', groupId, partition, `${where} holds offset ${previous.offset} at log offset ${previous.logOffset}, then ${r.offset} at log offset ${r.logOffset}`);
        return;
      }
      previous = r;
      this.#ownOffset(groupId, partition, r.offset, r.writtenBefore, `${where} holds offset ${r.offset} at log offset ${r.logOffset}, written before ${ms(r.writtenBefore)}`);
    }
  }

  /** The last OffsetFetch answer (-1 before any). */
  lastFetched(groupId: string, partition: number): number {
    return this.#fetched.get(`${groupId}/${partition}`)?.offset ?? -1;
  }

  #ownOffset(groupId: string, partition: number, offset: number, at: number, how: string): void {
    if (offset <= 0) return;
    const handed = this.#delivery.handedBefore(groupId, partition, at);
    if (offset - 1 > handed) {
      this.#fail('groups-independent', groupId, partition, `${how}, but no member of group ${groupId} had been handed offset ${offset - 1} by then (the highest: ${handed})`);
    }
  }

  #ackedBefore(key: string, time: number): Seen | undefined {
    const log = this.#ackLog.get(key) ?? [];
    let found: Seen | undefined;
    for (const s of log) {
      if (s.at < time) found = s;
      else break;
    }
    return found;
  }
}
