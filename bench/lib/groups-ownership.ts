import type { MemberLine } from './groups-members.js';

/*
 * What the benchmark knows of a group from its members' reports (groups-member-child.ts):
 * who owns which partition since when, and when each owner last reported consuming it.
 *
 * A rebalance is over ("every partition owned and consuming again") at the first moment when
 * every partition is owned by exactly one live member, the live members' shares are balanced
 * (sizes differ by at most one: the assignment the group converges to, not a step on the
 * way), and each partition's owner has processed a batch of it after both the event and the
 * moment it got the partition. `settledAt` gives that moment: the latest of those batches.
 */

export class GroupOwnership {
  readonly #owned = new Map<string, Map<number, number>>();
  readonly #consumed = new Map<string, Map<number, number>>();
  readonly live = new Set<string>();
  /** performance.now() of the last change of ownership seen. */
  lastChange = performance.now();

  constructor(readonly partitions: number) {}

  onLine = (line: MemberLine): void => {
    if (line.type === 'owned') {
      const before = this.#owned.get(line.member) ?? new Map<number, number>();
      const consumed = this.#consumed.get(line.member) ?? new Map<number, number>();
      const after = new Map(line.partitions.map((p) => [p, before.get(p) ?? line.t]));
      for (const p of consumed.keys()) if (!after.has(p)) consumed.delete(p);
      this.#owned.set(line.member, after);
      this.#consumed.set(line.member, consumed);
      if (after.size !== before.size || [...after.keys()].some((p) => !before.has(p))) this.lastChange = performance.now();
    } else if (line.type === 'consumed') {
      if (this.#owned.get(line.member)?.has(line.partition)) {
        const consumed = this.#consumed.get(line.member)!;
        consumed.set(line.partition, Math.max(consumed.get(line.partition) ?? -Infinity, line.t));
      }
    }
  };

  /** Each partition's owner when every partition has exactly one live owner and the shares are balanced; null otherwise. */
  balancedOwners(): string[] | null {
    const owners = new Array<string | null>(this.partitions).fill(null);
    const lo = Math.floor(this.partitions / this.live.size);
    const hi = Math.ceil(this.partitions / this.live.size);
    for (const member of this.live) {
      const owned = this.#owned.get(member) ?? new Map<number, number>();
      if (owned.size < lo || owned.size > hi) return null;
      for (const p of owned.keys()) {
        if (owners[p] !== null) return null;
        owners[p] = member;
      }
    }
    return owners.includes(null) ? null : (owners as string[]);
  }

  /** The epoch ms at which the group was, as of now, last settled after `since`; null if it is not. */
  settledAt(since: number): number | null {
    const owners = this.balancedOwners();
    if (owners === null) return null;
    let latest = since;
    for (let p = 0; p < this.partitions; p++) {
      const t = this.#consumed.get(owners[p]!)?.get(p);
      if (t === undefined || t < since) return null;
      latest = Math.max(latest, t);
    }
    return latest;
  }

  /** Waits until the group is settled after `since` and its ownership has not changed for `quietMs`; the settled moment. */
  async settle(since: number, quietMs: number, limitMs: number): Promise<number> {
    const deadline = performance.now() + limitMs;
    for (;;) {
      const at = this.settledAt(since);
      if (at !== null && performance.now() - this.lastChange >= quietMs) return at;
      if (performance.now() > deadline) throw new Error(`the group did not settle within ${limitMs} ms (${this.describe()})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  describe(): string {
    const counts = [...this.live].map((m) => `${m}:${this.#owned.get(m)?.size ?? 0}/${this.#consumed.get(m)?.size ?? 0}`);
    return `live members' owned/consumed: ${counts.join(' ')}`;
  }
}
