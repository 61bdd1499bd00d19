import type { ClassicGroup } from './classic/group.js';
import { sameMember, type ConsumerGroup } from './consumer/group.js';
import { reconcile } from './consumer/reconcile.js';
import type { GroupState } from './state.js';

/*
 * How this works: "heartbeat now" notices, an extra of logkeeper's own RPC (not Kafka's).
 * A member is reached on the connection its last group request came on (`seen`), when a
 * request names a channel; Kafka's clients (through a Kafka front door) name none and keep
 * Kafka's behaviour: they learn at their next heartbeat.
 *
 * After each operation on a shard, the groups it touched are looked at (`plan`): a member
 * is told to heartbeat when its next heartbeat would be answered differently from what it
 * last heard —
 *   KIP-848: one reconciliation step would move it (a new target for it, partitions of its
 *            target that their previous owner released, a revocation to make);
 *   classic: the group is rebalancing and the member has not rejoined yet (its heartbeat
 *            would be answered REBALANCE_IN_PROGRESS).
 * A member is not told twice of the same thing (the step it would take, or the generation
 * being rebalanced) until it makes a request again; the member that made the request is
 * owed nothing after it (its answer took it one step, or it rejoined).
 * The notices leave once the operation's writes are committed (runtime/shard.ts).
 * They are hints: a lost one costs the member only its heartbeat interval.
 */

/** Where a member's notices go: the connection its last group request came on. */
export interface NoticeChannel {
  /** Sends one notice; may throw if the connection is gone (the notice is then dropped). */
  send(groupId: string, memberId: string): void;
}

export interface Notice {
  channel: NoticeChannel;
  groupId: string;
  memberId: string;
}

interface Entry {
  channel: NoticeChannel;
  /** What the member was last told of (null: nothing since its last request). */
  told: string | null;
}

export class MemberNotices {
  /** By group, by member. */
  readonly #members = new Map<string, Map<string, Entry>>();

  /** A request of the member came on `channel`: notices go there now, and it has heard the answer. */
  seen(groupId: string, memberId: string, channel: NoticeChannel): void {
    if (memberId === '') return;
    let members = this.#members.get(groupId);
    if (!members) this.#members.set(groupId, (members = new Map()));
    members.set(memberId, { channel, told: null });
  }

  /** The notices owed after an operation touched `groupIds`. */
  plan(state: GroupState, groupIds: Iterable<string>): Notice[] {
    const notices: Notice[] = [];
    for (const groupId of groupIds) {
      const members = this.#members.get(groupId);
      if (!members) continue;
      const group = state.groups.get(groupId);
      const owed = group?.type === 'consumer' ? consumerOwed(group) : group?.type === 'classic' ? classicOwed(group) : new Map<string, string | null>();
      for (const [memberId, entry] of members) {
        const what = owed.get(memberId);
        if (what === undefined) {
          members.delete(memberId); // gone from the group
          continue;
        }
        if (what === null || what === entry.told) continue;
        entry.told = what;
        notices.push({ channel: entry.channel, groupId, memberId });
      }
      if (members.size === 0) this.#members.delete(groupId);
    }
    return notices;
  }
}

/** Sends `notices`, dropping those whose connection is gone. */
export function sendNotices(notices: readonly Notice[]): void {
  for (const n of notices) {
    try {
      n.channel.send(n.groupId, n.memberId);
    } catch {
      // a hint only: the member heartbeats at its interval anyway
    }
  }
}

/** Each member: what its next heartbeat would move it to (null: nothing). */
function consumerOwed(group: ConsumerGroup): Map<string, string | null> {
  const owed = new Map<string, string | null>();
  for (const member of group.members.values()) {
    const next = reconcile(member, group.assignmentEpoch, group.target(member.memberId), (t, p) => (group.owner(t, p) ?? member.memberId) !== member.memberId, null);
    owed.set(member.memberId, sameMember(next, member) ? null : `${next.memberEpoch}/${next.state}/${signature(next.assigned)}/${signature(next.pendingRevocation)}`);
  }
  return owed;
}

function classicOwed(group: ClassicGroup): Map<string, string | null> {
  const owed = new Map<string, string | null>();
  const rebalancing = group.state === 'PreparingRebalance';
  for (const m of group.members.values()) owed.set(m.memberId, rebalancing && m.awaitingJoin === null ? `rebalance/${group.generationId}` : null);
  return owed;
}

function signature(assignment: ReadonlyMap<string, ReadonlySet<number>>): string {
  return [...assignment]
    .map(([t, ps]) => `${t}:${[...ps].sort((a, b) => a - b).join(',')}`)
    .sort()
    .join(';');
}
