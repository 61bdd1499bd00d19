import { deleteGroup } from '../admin.js';
import { subscribedTopics as classicTopics } from '../classic/subscription.js';
import type { GroupContext } from '../context.js';
import { subscribedTopics as consumerTopics } from '../consumer/target.js';
import type { OffsetValue } from '../records/types.js';
import type { Group } from '../state.js';

/*
 * How this works: committed offsets expire (Kafka's offsets.retention.minutes, KIP-211). Every
 * offsetsRetentionCheckIntervalMs each shard looks at its groups; an offset expires once
 * offsetsRetentionMs have passed since a time that depends on its group, as in Kafka's
 * coordinator:
 *
 *   - a standalone consumer's (a group without a protocol type: commits with generation -1
 *     only): since its commit;
 *   - an empty classic group's: since the group became empty (its state's timestamp);
 *   - a Stable classic group of protocol type "consumer", and a KIP-848 group: since its
 *     commit, but only for topics none of its members subscribes to — the offsets of
 *     subscribed topics stay while the group has members;
 *   - any other classic group (rebalancing, or another protocol type with members): none.
 *
 * Expired offsets become tombstones in the offsets log, written like any operation's records
 * (runtime/shard.ts); a group that is empty and has no offsets left is deleted with them
 * (its own records become tombstones), as Kafka's cleanup does.
 */

const TIMER = 'offsets-expiry';

/** Starts the shard's periodic cleanup (again after every run). */
export function scheduleOffsetsExpiry(ctx: GroupContext): void {
  ctx.op.timers.schedule(TIMER, ctx.config.offsetsRetentionCheckIntervalMs, (op) => {
    const next = { ...ctx, op };
    expireOffsets(next);
    scheduleOffsetsExpiry(next);
  });
}

/** Writes tombstones for the shard's expired offsets, and for empty groups left without offsets. */
export function expireOffsets(ctx: GroupContext): void {
  const { state, op, config } = ctx;
  for (const group of [...state.groups.values()]) {
    const since = expiryBase(group);
    if (since) {
      const subscribed = subscribedTo(ctx, group);
      for (const [topic, partitions] of [...state.offsets.of(group.groupId)]) {
        if (subscribed.has(topic)) continue;
        for (const [partition, value] of [...partitions]) {
          if (op.now - since(value) >= config.offsetsRetentionMs) op.append({ kind: 'offset', groupId: group.groupId, topic, partition, value: null });
        }
      }
    }
    if (isEmpty(group) && !state.offsets.has(group.groupId)) deleteGroup(ctx, group.groupId);
  }
}

/** The time an offset's retention counts from, or null when the group's offsets do not expire now. */
function expiryBase(group: Group): ((offset: OffsetValue) => number) | null {
  if (group.type === 'consumer') return (o) => o.commitTimestamp;
  if (group.protocolType === null) return (o) => o.commitTimestamp;
  if (group.state === 'Empty') return (o) => (group.currentStateTimestamp >= 0 ? group.currentStateTimestamp : o.commitTimestamp);
  if (group.protocolType === 'consumer' && group.state === 'Stable') return (o) => o.commitTimestamp;
  return null;
}

function subscribedTo(ctx: GroupContext, group: Group): Set<string> {
  return group.type === 'consumer' ? new Set(consumerTopics(ctx, group).map((t) => t.name)) : classicTopics(group);
}

/** Empty, with nobody joining (a classic member told its id, KIP-394, is on its way). */
function isEmpty(group: Group): boolean {
  return group.type === 'consumer' ? group.members.size === 0 : group.state === 'Empty' && group.pendingMembers.size === 0;
}
