import type { CoordinatorView } from './coordinator-view.js';
import { ms, type Fail, type MemberRef } from './failures.js';

/*
 * How this works: `one-owner`, from what the consumers actually do. Each message a member
 * processes is an interval of simulated time, tagged with the member id and the generation
 * (classic) or member epoch (KIP-848) the consumer had when it began. Two members of one
 * group processing one partition in overlapping intervals breach the rule — unless, when the
 * later one began, the coordinator had already removed one of them (coordinator-view.ts): a
 * member cut off, paused or expired goes on with what it held until it learns it was
 * removed, which Kafka allows (at least once, not exactly once; its commits are refused).
 * Both protocols promise that a partition reaches its next owner only once its previous
 * owner gave it up (or was removed), so every other overlap, and in particular two members
 * of one generation or epoch, is a violation.
 *
 * Only open intervals are kept. When one begins while another member's is open, the pair is
 * noted on the open one; when that ends (or its process dies), the pair overlapped if it
 * ended after the later one began.
 *
 * The same rule is checked on what members hold, not only on what they process (a partition
 * handed over too early breaks it even when no message happens to be processed twice at once):
 * `held` looks, at every instant of the run, at the partitions each running consumer owns.
 * `notExactlyOneOwner` checks, once the group settled, that each partition is owned by
 * exactly one live member.
 */

interface Interval {
  ref: MemberRef;
  memberId: string;
  epoch: number;
  offset: number;
  start: number;
  /** Intervals of other members that began while this one was open. */
  later: Interval[];
}

export class Ownership {
  readonly #fail: Fail;
  readonly #view: CoordinatorView;
  /** `group/partition` → member label → its open interval. */
  readonly #open = new Map<string, Map<string, Interval>>();

  constructor(fail: Fail, view: CoordinatorView) {
    this.#fail = fail;
    this.#view = view;
  }

  /** A member begins processing `offset` of `partition`. */
  begin(ref: MemberRef, memberId: string, epoch: number, partition: number, offset: number, at: number): Interval {
    const key = `${ref.groupId}/${partition}`;
    let open = this.#open.get(key);
    if (!open) this.#open.set(key, (open = new Map()));
    const interval: Interval = { ref, memberId, epoch, offset, start: at, later: [] };
    for (const other of open.values()) if (other.ref.label !== ref.label) other.later.push(interval);
    open.set(ref.label, interval);
    return interval;
  }

  /** It finished (or its process died) at `at`. */
  end(interval: Interval, partition: number, at: number): void {
    const open = this.#open.get(`${interval.ref.groupId}/${partition}`);
    if (open?.get(interval.ref.label) !== interval) return;
    open.delete(interval.ref.label);
    for (const later of interval.later) if (later.start < at) this.#overlap(interval, later, partition, at);
  }

  /** Every interval of a process that died at `at` ends then. */
  died(ref: MemberRef, at: number): void {
    for (const [key, open] of this.#open) {
      const interval = open.get(ref.label);
      if (interval) this.end(interval, Number(key.slice(key.lastIndexOf('/') + 1)), at);
    }
  }

  /** At `at`, the partitions each running consumer of `groupId` owns: none may be owned by two the coordinator counts. */
  held(groupId: string, holders: ReadonlyArray<{ label: string; memberId: string; epoch: number; partitions: readonly number[] }>, at: number): void {
    const counted = holders.filter((h) => h.partitions.length > 0 && this.#view.removedAt(h.memberId) === undefined);
    for (let i = 0; i < counted.length; i++) {
      for (let j = i + 1; j < counted.length; j++) {
        const [a, b] = [counted[i]!, counted[j]!];
        const both = a.partitions.find((p) => b.partitions.includes(p));
        if (both === undefined) continue;
        this.#fail('one-owner', groupId, both, `at ${ms(at)} ${a.label} (member ${a.memberId}, epoch ${a.epoch}) and ${b.label} (member ${b.memberId}, epoch ${b.epoch}) both own it; the coordinator had removed neither`);
        return;
      }
    }
  }

  #overlap(a: Interval, b: Interval, partition: number, aEnd: number): void {
    const removed = (i: Interval) => {
      const at = this.#view.removedAt(i.memberId);
      return at !== undefined && at <= b.start;
    };
    if (removed(a) || removed(b)) return;
    const same = a.epoch === b.epoch ? `, the same generation/epoch ${a.epoch}` : `, generations/epochs ${a.epoch} and ${b.epoch}`;
    this.#fail(
      'one-owner',
      a.ref.groupId,
      partition,
      `${a.ref.label} (member ${a.memberId}, epoch ${a.epoch}) processed offset ${a.offset} from ${ms(a.start)} to ${ms(aEnd)} while ${b.ref.label} (member ${b.memberId}, epoch ${b.epoch}) processed offset ${b.offset} from ${ms(b.start)}${same}; the coordinator had removed neither`,
    );
  }
}

/** Why the live members' assignments do not give each of `partitions` exactly one owner (null: they do). */
export function notExactlyOneOwner(live: ReadonlyArray<{ label: string; partitions: readonly number[] }>, partitions: number): { partition: number; why: string } | null {
  for (let p = 0; p < partitions; p++) {
    const owners = live.filter((m) => m.partitions.includes(p)).map((m) => m.label);
    if (owners.length !== 1) return { partition: p, why: owners.length === 0 ? 'no live member owns it' : `${owners.join(' and ')} all own it` };
  }
  return null;
}
