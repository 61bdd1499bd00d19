import type { Assignment } from '../assignment.js';

/*
 * A server-side assignor (KIP-848): from the members' subscriptions and their current target
 * assignment, the next target assignment. Pure and deterministic: the same input gives the
 * same output on every coordinator, so a group's target survives a failover unchanged.
 */

export interface AssignorMember {
  readonly memberId: string;
  readonly instanceId: string | null;
  /** The ids of the topics it subscribes to that exist. */
  readonly topics: ReadonlySet<string>;
  /** Its target assignment so far. */
  readonly current: Assignment;
}

export interface AssignorInput {
  /** Sorted by member id. */
  readonly members: readonly AssignorMember[];
  /** The partition count of each subscribed topic, by topic id. */
  readonly partitions: ReadonlyMap<string, number>;
}

export type Assignor = (input: AssignorInput) => Map<string, Assignment>;
