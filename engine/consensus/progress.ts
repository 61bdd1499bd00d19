/*
 * What a leader knows about one follower (etcd's Progress). A follower is in one of three
 * states:
 *
 *   probe      the leader does not know where the logs match; one append at a time, and the
 *              next waits for its answer (or a heartbeat answer)
 *   replicate  the logs match up to `match`; appends are pipelined, `next` runs ahead, and
 *              at most `maxInflight` appends are unanswered at once
 *   snapshot   a snapshot is on its way; nothing else is sent until it is acknowledged
 *              (or, lost, times out back to probe)
 */

export enum ProgressState {
  Probe = 'probe',
  Replicate = 'replicate',
  Snapshot = 'snapshot',
}

/** A ring of the last indexes of unanswered appends. */
export class Inflights {
  readonly size: number;
  #buffer: number[];
  #start = 0;
  #count = 0;

  constructor(size: number) {
    this.size = size;
    this.#buffer = new Array<number>(size).fill(0);
  }

  get count(): number {
    return this.#count;
  }

  full(): boolean {
    return this.#count >= this.size;
  }

  add(last: number): void {
    this.#buffer[(this.#start + this.#count) % this.size] = last;
    this.#count++;
  }

  /** Frees every append whose last index is <= `index`. */
  freeLE(index: number): void {
    while (this.#count > 0 && this.#buffer[this.#start]! <= index) {
      this.#start = (this.#start + 1) % this.size;
      this.#count--;
    }
  }

  freeFirst(): void {
    if (this.#count === 0) return;
    this.#start = (this.#start + 1) % this.size;
    this.#count--;
  }

  reset(): void {
    this.#start = 0;
    this.#count = 0;
  }
}

export class Progress {
  match = 0;
  next: number;
  state = ProgressState.Probe;
  /** In probe: an append is out and unanswered. */
  probeSent = false;
  /** In snapshot: the index of the snapshot sent, and ticks since. */
  pendingSnapshot = 0;
  snapshotTicks = 0;
  /** Heard from since the last check-quorum round. */
  recentActive = false;
  /** The highest ReadIndex round this follower has confirmed. */
  ackedSeq = 0;
  learner: boolean;
  readonly inflights: Inflights;

  constructor(next: number, maxInflight: number, learner: boolean) {
    this.next = next;
    this.inflights = new Inflights(maxInflight);
    this.learner = learner;
  }

  becomeProbe(): void {
    if (this.state === ProgressState.Snapshot) {
      this.next = Math.max(this.match + 1, this.pendingSnapshot + 1);
    } else {
      this.next = this.match + 1;
    }
    this.#reset(ProgressState.Probe);
  }

  becomeReplicate(): void {
    this.next = this.match + 1;
    this.#reset(ProgressState.Replicate);
  }

  becomeSnapshot(index: number): void {
    this.#reset(ProgressState.Snapshot);
    this.pendingSnapshot = index;
  }

  #reset(state: ProgressState): void {
    this.state = state;
    this.probeSent = false;
    this.pendingSnapshot = 0;
    this.snapshotTicks = 0;
    this.inflights.reset();
  }

  /** An acknowledgement up to `index`; true when it moved `match`. */
  maybeUpdate(index: number): boolean {
    let updated = false;
    if (this.match < index) {
      this.match = index;
      updated = true;
      this.probeSent = false;
    }
    this.next = Math.max(this.next, index + 1);
    return updated;
  }

  /** After sending entries up to `last` while replicating. */
  optimisticUpdate(last: number): void {
    this.next = last + 1;
  }

  /**
   * A rejection of the append after `rejected`; `matchHint` is the follower's guess of where
   * the logs may match. False when the rejection is stale.
   */
  maybeDecrTo(rejected: number, matchHint: number): boolean {
    if (this.state === ProgressState.Replicate) {
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, matchHint + 1), this.match + 1, 1);
    this.probeSent = false;
    return true;
  }

  isPaused(): boolean {
    switch (this.state) {
      case ProgressState.Probe:
        return this.probeSent;
      case ProgressState.Replicate:
        return this.inflights.full();
      case ProgressState.Snapshot:
        return true;
    }
  }
}
