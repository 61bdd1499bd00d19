import { InvariantError } from '../../../consensus/sim/checker.js';
import { CoordinatorView } from './coordinator-view.js';
import { Delivery } from './delivery.js';
import type { Fail, GroupInvariant } from './failures.js';
import { CommittedOffsets } from './offsets.js';
import { Ownership } from './ownership.js';

/*
 * The group simulation's checkers, together: one-owner (ownership.ts; and settling within a
 * bound, simulate.ts and membership-change.ts), at-least-once (delivery.ts), offsets-monotonic
 * and groups-independent (offsets.ts; and membership-change.ts), static-no-rebalance
 * (bounce.ts). The first violation is kept, as `seed S, group G, events-P: what happened`.
 *
 * Kafka's promises rest on the broker's: a partition whose in-sync replicas all lost records
 * (the broker simulation calls it exposed, checker.ts) may lose acknowledged records or
 * commits. `excused` says so for a group and partition, and the rules that rest on it are not
 * checked there from then on: at-least-once for an exposed partition of the topic, the
 * committed-offset rules for a group whose `__consumer_offsets` partition is exposed.
 */

export interface GroupCheckerOptions {
  seed: number | string;
  groupIds: readonly string[];
  /** Invariants not checked (to show that the others catch a broken rule). */
  skip?: readonly GroupInvariant[];
  /** Why the rule cannot hold for this group and partition (an exposed partition), or undefined. */
  excused(invariant: GroupInvariant, groupId: string, partition: number | null): string | undefined;
}

export class GroupChecker {
  readonly seed: number | string;
  violation: InvariantError | null = null;
  readonly view: CoordinatorView;
  readonly ownership: Ownership;
  readonly delivery: Delivery;
  readonly offsets: CommittedOffsets;
  readonly fail: Fail;

  constructor(o: GroupCheckerOptions) {
    this.seed = o.seed;
    const skip = new Set(o.skip ?? []);
    this.fail = (invariant, groupId, partition, message) => {
      if (this.violation || skip.has(invariant) || o.excused(invariant, groupId, partition)) return;
      const where = partition === null ? '' : `, events-${partition}`;
      this.violation = new InvariantError(invariant, `seed ${JSON.stringify(o.seed)}, group ${groupId}${where}: ${message}`);
    };
    this.view = new CoordinatorView(o.groupIds);
    this.ownership = new Ownership(this.fail, this.view);
    this.delivery = new Delivery(this.fail);
    this.offsets = new CommittedOffsets(this.fail, this.delivery);
  }
}
