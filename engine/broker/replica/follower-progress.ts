/*
 * How this works: what a leader knows of each follower of one partition (Kafka's Replica
 * state at the leader), from the follower's fetches alone. A follower fetches from its own
 * log end, so a fetch's offset is its log end offset (LEO) and its logStartOffset its log
 * start. It is "caught up" at a fetch that asks for the leader's LEO or beyond; a follower
 * that keeps up with a busy leader never asks for exactly its LEO, so it also counts as
 * caught up at the time of its previous fetch when it now asks for what was the leader's LEO
 * then. A follower whose last caught-up time is older than replicaLagTimeMs has fallen out
 * of sync.
 *
 * A new leader knows nothing yet: every follower's LEO is unknown (-1, which holds the high
 * watermark where it is until each in-sync follower has fetched), and those in the ISR are
 * deemed caught up as of the election, so they get replicaLagTimeMs to show up.
 */

export const UNKNOWN = -1;

export interface FollowerState {
  logEndOffset: number;
  logStartOffset: number;
  lastCaughtUpTime: number;
  lastFetchTime: number;
  /** The leader's LEO at the follower's previous fetch. */
  lastFetchLeaderLogEnd: number;
}

export class FollowerProgress {
  #followers = new Map<number, FollowerState>();

  /** Starts over for a new leadership: `followers` are the other replicas, `isr` the in-sync ones. */
  reset(followers: readonly number[], isr: readonly number[], now: number): void {
    this.#followers.clear();
    for (const id of followers) {
      this.#followers.set(id, {
        logEndOffset: UNKNOWN,
        logStartOffset: UNKNOWN,
        lastCaughtUpTime: isr.includes(id) ? now : 0,
        lastFetchTime: 0,
        lastFetchLeaderLogEnd: UNKNOWN,
      });
    }
  }

  /** Keeps only these followers (the replica list changed), adding new ones as not caught up. */
  retain(followers: readonly number[]): void {
    for (const id of [...this.#followers.keys()]) if (!followers.includes(id)) this.#followers.delete(id);
    for (const id of followers) {
      if (!this.#followers.has(id)) {
        this.#followers.set(id, { logEndOffset: UNKNOWN, logStartOffset: UNKNOWN, lastCaughtUpTime: 0, lastFetchTime: 0, lastFetchLeaderLogEnd: UNKNOWN });
      }
    }
  }

  get(id: number): Readonly<FollowerState> | undefined {
    return this.#followers.get(id);
  }

  /** A valid fetch from follower `id` at `fetchOffset` while the leader's LEO is `leaderLogEnd`. */
  fetched(id: number, fetchOffset: number, logStartOffset: number, leaderLogEnd: number, now: number): void {
    const f = this.#followers.get(id);
    if (!f) return;
    if (fetchOffset >= leaderLogEnd) f.lastCaughtUpTime = Math.max(f.lastCaughtUpTime, now);
    else if (fetchOffset >= f.lastFetchLeaderLogEnd) f.lastCaughtUpTime = Math.max(f.lastCaughtUpTime, f.lastFetchTime);
    f.logEndOffset = fetchOffset;
    f.logStartOffset = logStartOffset;
    f.lastFetchLeaderLogEnd = leaderLogEnd;
    f.lastFetchTime = now;
  }

  /** The followers among `isr` that have not caught up for longer than `lagMs`. */
  outOfSync(isr: readonly number[], now: number, lagMs: number): number[] {
    return isr.filter((id) => {
      const f = this.#followers.get(id);
      return f !== undefined && now - f.lastCaughtUpTime > lagMs;
    });
  }

  /** The smallest LEO among `replicas` (the leader's own is `leaderLogEnd`); UNKNOWN if one is unknown. */
  minLogEnd(replicas: readonly number[], leaderId: number, leaderLogEnd: number): number {
    let min = leaderLogEnd;
    for (const id of replicas) {
      if (id === leaderId) continue;
      const leo = this.#followers.get(id)?.logEndOffset ?? UNKNOWN;
      if (leo === UNKNOWN) return UNKNOWN;
      min = Math.min(min, leo);
    }
    return min;
  }

  /** The smallest log start among the leader (`leaderLogStart`) and `replicas`; UNKNOWN if one is unknown. */
  minLogStart(replicas: readonly number[], leaderId: number, leaderLogStart: number): number {
    let min = leaderLogStart;
    for (const id of replicas) {
      if (id === leaderId) continue;
      const start = this.#followers.get(id)?.logStartOffset ?? UNKNOWN;
      if (start === UNKNOWN) return UNKNOWN;
      min = Math.min(min, start);
    }
    return min;
  }
}
