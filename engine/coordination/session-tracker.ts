/*
 * The leader's record of when it last heard from each session (ZooKeeper's SessionTracker),
 * pure: the server feeds it touches and the time, and asks which sessions have gone quiet
 * for longer than their timeout. Followers forward what they heard (TouchSessions entries),
 * so a session connected to any server stays alive. A session reported as expired is not
 * reported again for `retryMs` (its expiry is on its way through the log).
 */

interface Tracked {
  timeoutMs: number;
  lastHeard: number;
  reportedAt: number;
}

export class SessionTracker {
  readonly retryMs: number;
  #sessions = new Map<number, Tracked>();

  constructor(retryMs: number) {
    this.retryMs = retryMs;
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Starts (or restarts) tracking a session, as heard from now. */
  add(id: number, timeoutMs: number, now: number): void {
    this.#sessions.set(id, { timeoutMs, lastHeard: now, reportedAt: -Infinity });
  }

  /** Records that the session was heard from; false if it is not tracked. */
  touch(id: number, now: number): boolean {
    const s = this.#sessions.get(id);
    if (!s) return false;
    if (now > s.lastHeard) s.lastHeard = now;
    return true;
  }

  remove(id: number): void {
    this.#sessions.delete(id);
  }

  clear(): void {
    this.#sessions.clear();
  }

  /** When the session was last heard from, or undefined. */
  lastHeard(id: number): number | undefined {
    return this.#sessions.get(id)?.lastHeard;
  }

  /** Sessions not heard from for longer than their timeout, not reported within `retryMs`. */
  expired(now: number): number[] {
    const out: number[] = [];
    for (const [id, s] of this.#sessions) {
      if (now - s.lastHeard > s.timeoutMs && now - s.reportedAt >= this.retryMs) {
        s.reportedAt = now;
        out.push(id);
      }
    }
    return out;
  }

  /** The earliest time at which some session could expire, or Infinity. */
  nextDeadline(): number {
    let next = Infinity;
    for (const s of this.#sessions.values()) next = Math.min(next, s.lastHeard + s.timeoutMs);
    return next;
  }
}
