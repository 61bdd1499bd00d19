/*
 * The invariants of the group simulation, and the seam through which each checker reports a
 * violation: the invariant's name, the group, the partition of the topic when there is one,
 * and what happened (members, offsets, times). The run keeps the first violation.
 */

export const GROUP_INVARIANTS = ['one-owner', 'at-least-once', 'offsets-monotonic', 'groups-independent', 'static-no-rebalance'] as const;
export type GroupInvariant = (typeof GROUP_INVARIANTS)[number];

export type Fail = (invariant: GroupInvariant, groupId: string, partition: number | null, message: string) => void;

/** One incarnation of a simulated consumer (a process; a restart is a new one). */
export interface MemberRef {
  groupId: string;
  /** The member's node name. */
  name: string;
  incarnation: number;
  /** `name#incarnation`, as reports say it. */
  label: string;
}

/** Simulated ms, as reports print them. */
export const ms = (t: number): string => `${t.toFixed(1)} ms`;
