import type { Raft } from '../raft.js';
import type { AppliedEntry, StateMachine } from '../state-machine.js';
import type { Entry } from '../types.js';

/*
 * The invariants of Raft (§5.2–5.4 and the thesis' Figure 3.2), checked across every member
 * after every step of a simulation:
 *
 *   election safety      at most one leader per term
 *   log matching         two logs with an entry of the same index and term hold the same
 *                        entries up to it (checked with a hash chain over each log, kept
 *                        incrementally: a step only rehashes what changed)
 *   commit safety        every member that commits index i commits the same entry there,
 *                        and a committed entry never changes (across crashes too)
 *   leader completeness  a leader's log holds every entry committed before its term
 *   current-term commit  a leader moves its commit index only onto an entry of its own term
 *                        (§5.4.2, Figure 8: an earlier term's entry on a majority can still
 *                        be overwritten, so it commits only with a later one of the leader's);
 *                        so does any member that commits an index first (a follower commit)
 *   state machine safety no two members apply different entries at one index (the
 *                        applied entries are seen through a wrapper around the state
 *                        machine, which also carries the hash chain through snapshots)
 *
 * A violation throws an InvariantError naming the invariant, the members and the indexes.
 */

export class InvariantError extends Error {
  readonly invariant: string;
  constructor(invariant: string, message: string) {
    super(`${invariant}: ${message}`);
    this.name = 'InvariantError';
    this.invariant = invariant;
  }
}

/** 52 bits of two FNV-style hashes over (previous, term, data). */
export function chain(prev: number, term: number, type: number, data: Uint8Array): number {
  let a = (prev ^ 0x811c9dc5) | 0;
  let b = (Math.floor(prev / 0x100000000) ^ 0x01000193 ^ term) | 0;
  a = Math.imul(a ^ term, 0x01000193);
  a = Math.imul(a ^ type, 0x01000193);
  for (let i = 0; i < data.length; i++) {
    a = Math.imul(a ^ data[i]!, 0x01000193);
    b = Math.imul(b ^ data[i]!, 0x5bd1e995) ^ (b >>> 13);
  }
  b = Math.imul(b ^ data.length, 0x5bd1e995);
  return ((b >>> 0) & 0xfffff) * 0x100000000 + (a >>> 0);
}

interface NodeView {
  refs: Array<Entry | undefined>;
  hashes: number[];
  lastCommitted: number;
}

export class Checker {
  /** (index, term) -> chain hash, over every entry any member ever held. */
  #entries = new Map<string, number>();
  /** index -> chain hash of the committed entry. */
  #committed: number[] = [0];
  #leaders = new Map<number, string>();
  #views = new Map<string, NodeView>();
  /** index -> chain hash of the applied state after it, from the state machine wrappers. */
  #applied: number[] = [0];
  /** Snapshot restores across members (restarts included). */
  restores = 0;
  /** The highest index known committed. */
  committedIndex = 0;
  /** As commits are first seen: everything up to `upTo` was committed by the time a member of `term` saw it. */
  #commitEvents: Array<{ upTo: number; term: number }> = [];
  readonly leaderTerms = new Map<number, string>();
  /** Each leader's term and commit index at the last check, to see how it moved since. */
  #leaderCommits = new Map<string, { term: number; committed: number }>();
  /** The same for every member. */
  #commits = new Map<string, { term: number; committed: number }>();

  /** The chain hash of the committed log at `index`, if known. */
  committedHash(index: number): number | undefined {
    return this.#committed[index];
  }

  /** Drops what a member had in memory (it crashed); its disk is checked when it is back. */
  forget(id: string): void {
    this.#views.delete(id);
    this.#leaderCommits.delete(id);
    this.#commits.delete(id);
  }

  check(members: Iterable<{ id: string; raft: Raft }>): void {
    const list = [...members];
    for (const m of list) this.#checkLog(m.id, m.raft);
    for (const m of list) this.#checkCommit(m.id, m.raft);
    for (const m of list) {
      const r = m.raft;
      if (r.role !== 'leader') {
        this.#leaderCommits.delete(m.id);
        continue;
      }
      this.#checkLeaderCommit(m.id, r);
      const known = this.#leaders.get(r.term);
      if (known === undefined) {
        this.#leaders.set(r.term, m.id);
        this.leaderTerms.set(r.term, m.id);
        this.#checkCompleteness(m.id, r);
      } else if (known !== m.id) {
        throw new InvariantError('election safety', `${known} and ${m.id} are both leaders of term ${r.term}`);
      }
    }
  }

  #checkLog(id: string, r: Raft): void {
    const log = r.log;
    let view = this.#views.get(id);
    if (!view) {
      view = { refs: [], hashes: [], lastCommitted: 0 };
      this.#views.set(id, view);
    }
    const last = log.lastIndex();
    const floor = log.snapshotIndex;
    // Walk back from the end to the first entry we have already hashed.
    let from = last;
    while (from > floor && view.refs[from] !== log.entry(from)) from--;
    // from is now the last unchanged index (or the snapshot point).
    let prev: number;
    if (from === floor) {
      // The snapshot point: some member held that entry in its log (or it is committed).
      const known = floor === 0 ? 0 : this.#entries.get(`${floor}:${log.snapshotTerm}`) ?? this.#committed[floor];
      if (known === undefined) {
        throw new InvariantError('log matching', `${id} holds a snapshot at ${floor} (term ${log.snapshotTerm}) that no member's log ever had`);
      }
      prev = known;
      view.hashes[floor] = prev;
      view.refs[floor] = undefined;
    } else {
      prev = view.hashes[from]!;
    }
    for (let i = from + 1; i <= last; i++) {
      const e = log.entry(i)!;
      const h = chain(prev, e.term, e.type, e.data);
      const key = `${i}:${e.term}`;
      const seen = this.#entries.get(key);
      if (seen === undefined) this.#entries.set(key, h);
      else if (seen !== h) {
        throw new InvariantError('log matching', `${id} has an entry at index ${i}, term ${e.term} whose log differs from another member's with the same index and term`);
      }
      view.refs[i] = e;
      view.hashes[i] = h;
      prev = h;
    }
    view.refs.length = last + 1;
    view.hashes.length = last + 1;
  }

  #checkCommit(id: string, r: Raft): void {
    const view = this.#views.get(id)!;
    const committed = r.log.committed;
    // From the snapshot point on (a snapshot covers only committed entries), or from where we left off.
    const from = Math.max(view.lastCommitted + 1, r.log.snapshotIndex);
    this.#checkFirstCommit(id, r);
    for (let i = from; i <= committed; i++) {
      const h = view.hashes[i]!;
      const known = this.#committed[i];
      if (known === undefined) {
        this.#committed[i] = h;
        if (i > this.committedIndex) {
          this.committedIndex = i;
          const last = this.#commitEvents[this.#commitEvents.length - 1];
          if (last && last.term === r.term) last.upTo = i;
          else this.#commitEvents.push({ upTo: i, term: r.term });
        }
      } else if (known !== h) {
        throw new InvariantError('commit safety', `${id} committed a different entry at index ${i} than another member (or than before a crash)`);
      }
    }
    view.lastCommitted = committed;
  }

  #checkLeaderCommit(id: string, r: Raft): void {
    const committed = r.log.committed;
    const before = this.#leaderCommits.get(id);
    this.#leaderCommits.set(id, { term: r.term, committed });
    // Only a move made while leading this term: one seen first as leader may have been a follower's.
    if (!before || before.term !== r.term || committed <= before.committed) return;
    const term = r.log.term(committed);
    if (term !== r.term) {
      throw new InvariantError('current-term commit', `${id}, leader of term ${r.term}, committed index ${committed} of term ${term} by counting replicas (Raft §5.4.2)`);
    }
  }

  /**
   * A member that moves its commit index past every other member's, in a term it held at the
   * last check too (a step that also changed its term may have committed in the earlier one),
   * moves it onto an entry of that term.
   */
  #checkFirstCommit(id: string, r: Raft): void {
    const committed = r.log.committed;
    const before = this.#commits.get(id);
    this.#commits.set(id, { term: r.term, committed });
    if (!before || before.term !== r.term || committed <= before.committed || committed <= this.committedIndex) return;
    const term = r.log.term(committed);
    if (term !== r.term) {
      throw new InvariantError('current-term commit', `${id} (${r.role}, term ${r.term}) was the first to commit index ${committed}, an entry of term ${term} (Raft §5.4.2)`);
    }
  }

  #checkCompleteness(id: string, r: Raft): void {
    // Entries committed in earlier terms must be in this leader's log; those committed in a
    // later term (a paused member can win an old term after others moved on) need not be.
    let c = 0;
    for (const e of this.#commitEvents) if (e.term < r.term && e.upTo > c) c = e.upTo;
    if (c === 0) return;
    const view = this.#views.get(id)!;
    if (r.log.lastIndex() < c) {
      throw new InvariantError('leader completeness', `${id} leads term ${r.term} with a log ending at ${r.log.lastIndex()}, before index ${c}, committed in an earlier term`);
    }
    if (c < r.log.snapshotIndex) return; // its snapshot is at or past it, and was checked as committed
    if (view.hashes[c] !== this.#committed[c]) {
      throw new InvariantError('leader completeness', `${id} leads term ${r.term} without the committed entry at ${c}`);
    }
  }

  // ---- the state machine side ----

  /** Wraps a state machine so that what it applies is checked across members. */
  wrap(id: string, sm: StateMachine): CheckedStateMachine {
    return new CheckedStateMachine(id, sm, this);
  }

  /** @internal */
  applied(id: string, index: number, hash: number): void {
    const known = this.#applied[index];
    if (known === undefined) this.#applied[index] = hash;
    else if (known !== hash) {
      throw new InvariantError('state machine safety', `${id} applied a different entry at index ${index} than another member`);
    }
  }

  /** The chain over applied entries at `index`, if some member got there. */
  appliedHash(index: number): number | undefined {
    return this.#applied[index];
  }
}

/**
 * A state machine wrapper that keeps a hash chain of applied entries, carries it inside its
 * snapshots, and reports each apply to the Checker.
 */
export class CheckedStateMachine implements StateMachine {
  readonly id: string;
  readonly inner: StateMachine;
  readonly checker: Checker;
  index = 0;
  hash = 0;
  /** Applies and snapshot restores seen, for tests and statistics. */
  count = 0;
  restores = 0;

  constructor(id: string, inner: StateMachine, checker: Checker) {
    this.id = id;
    this.inner = inner;
    this.checker = checker;
  }

  apply(entry: AppliedEntry): unknown {
    if (entry.index <= this.index) {
      throw new InvariantError('state machine safety', `${this.id} applied index ${entry.index} after ${this.index}`);
    }
    this.hash = chain(this.hash, 0, 0, entry.data);
    this.index = entry.index;
    this.count++;
    this.checker.applied(this.id, entry.index, this.hash);
    return this.inner.apply(entry);
  }

  async snapshot(): Promise<Uint8Array> {
    const inner = await this.inner.snapshot();
    const out = new Uint8Array(16 + inner.byteLength);
    const view = new DataView(out.buffer);
    view.setFloat64(0, this.index);
    view.setFloat64(8, this.hash);
    out.set(inner, 16);
    return out;
  }

  async restore(snapshot: Uint8Array): Promise<void> {
    const view = new DataView(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
    const index = view.getFloat64(0);
    const hash = view.getFloat64(8);
    const known = this.checker.appliedHash(index);
    if (index > 0 && known !== undefined && known !== hash) {
      throw new InvariantError('state machine safety', `${this.id} restored a snapshot at ${index} that differs from what others applied`);
    }
    this.index = index;
    this.hash = hash;
    this.restores++;
    this.checker.restores++;
    await this.inner.restore(snapshot.subarray(16));
  }
}
