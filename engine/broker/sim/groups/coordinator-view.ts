import type { GroupState } from '../../groups/state.js';
import type { SimBrokerCluster } from '../cluster.js';

/*
 * How this works. Which member ids each group's coordinator counts as members, watched after
 * every step of the run: the coordinator is the broker whose shard serves the group at the
 * highest leader epoch of its `__consumer_offsets` partition (an old leader that has not
 * noticed yet may still serve; the newest one decides). A member id that was a member and is
 * no longer one was removed (it left, its session or its rebalance timeout ended, or a new
 * incarnation of its static instance took its place): from then on the consumer that holds
 * it is a zombie until it learns so — it may still process what it owned, which is no
 * breach of one owner per partition. A failover whose coordinator finds the member in the
 * log again (a removal written but not committed) makes it a member again.
 *
 * The state a coordinator serves may run ahead of its log (answers wait for the log, the
 * state does not): a removal is seen at the latest when it is applied, before anybody can
 * have been told of it, and so before any member takes the removed member's partitions.
 */

export class CoordinatorView {
  readonly #groupIds: readonly string[];
  /** Member ids the run's consumers were given, by group. */
  readonly #ids = new Map<string, Set<string>>();
  readonly #seen = new Set<string>();
  readonly #removedAt = new Map<string, number>();

  constructor(groupIds: readonly string[]) {
    this.#groupIds = groupIds;
    for (const g of groupIds) this.#ids.set(g, new Set());
  }

  /** A consumer of `groupId` was given `memberId`. */
  known(groupId: string, memberId: string): void {
    if (memberId !== '') this.#ids.get(groupId)?.add(memberId);
  }

  /** When the coordinator was last seen to have removed `memberId` (undefined: a member, or never seen as one). */
  removedAt(memberId: string): number | undefined {
    return this.#removedAt.get(memberId);
  }

  /** After every step: each group's members as its coordinator holds them. */
  sample(cluster: SimBrokerCluster): void {
    const now = cluster.elapsed();
    for (const groupId of this.#groupIds) {
      const members = coordinatorMembers(cluster, groupId);
      if (!members) continue;
      for (const id of this.#ids.get(groupId)!) {
        if (members.has(id)) {
          this.#seen.add(id);
          this.#removedAt.delete(id);
        } else if (this.#seen.has(id) && !this.#removedAt.has(id)) {
          this.#removedAt.set(id, now);
        }
      }
    }
  }
}

/** The state of the shard that serves `groupId` at the highest leader epoch, if any serves it now. */
function servingState(cluster: SimBrokerCluster, groupId: string): GroupState | undefined {
  let best: { state: GroupState; leaderEpoch: number } | undefined;
  for (const node of cluster.nodes.values()) {
    if (node.down || !node.broker) continue;
    const serving = node.broker.node.groups.coordinator.serving(groupId);
    if (serving && (!best || serving.leaderEpoch > best.leaderEpoch)) best = serving;
  }
  return best?.state;
}

/** The member ids of `groupId` as its newest serving coordinator holds them; undefined while none serves it. */
export function coordinatorMembers(cluster: SimBrokerCluster, groupId: string): Set<string> | undefined {
  const state = servingState(cluster, groupId);
  if (!state) return undefined;
  const group = state.groups.get(groupId);
  return new Set(group ? group.members.keys() : []);
}

/**
 * Why `groupId` has not settled as its coordinator sees it (null: it has): its members must
 * be exactly the live consumers (`live`: member id → the generation or epoch the consumer
 * has), it must be Stable — classic: every member synced to the generation; KIP-848: every
 * member at the target assignment's epoch, with nothing to revoke or wait for — and each
 * consumer must have heard so (its generation or member epoch is the coordinator's).
 */
export function coordinatorUnsettled(cluster: SimBrokerCluster, groupId: string, live: ReadonlyMap<string, number>): string | null {
  const state = servingState(cluster, groupId);
  if (!state) return 'no coordinator serves the group';
  const group = state.groups.get(groupId);
  if (!group) return 'its coordinator does not know the group';
  const ids = [...group.members.keys()];
  if (ids.length !== live.size || ids.some((id) => !live.has(id))) return `its coordinator counts the members ${ids.join(', ') || 'none'}`;
  if (group.state !== 'Stable' || (group.type === 'classic' && group.pendingSync.size > 0)) return `its coordinator has it ${group.state}`;
  for (const [id, epoch] of live) {
    const current = group.type === 'classic' ? group.generationId : group.members.get(id)!.memberEpoch;
    if (epoch !== current) return `member ${id} is at generation/epoch ${epoch}, its coordinator at ${current}`;
  }
  return null;
}
