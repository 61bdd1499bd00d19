import type { GroupConfig } from '../config.js';
import { isInternalTopic } from '../../topic-config.js';
import type { GroupContext } from '../context.js';
import { EMPTY_ASSIGNMENT, sameAssignment } from './assignment.js';
import { rangeAssignor } from './assignors/range.js';
import type { Assignor, AssignorMember } from './assignors/types.js';
import { uniformAssignor } from './assignors/uniform.js';
import type { ConsumerGroup, ConsumerMember } from './group.js';
import { groupRecord, targetRecord } from './records.js';

/*
 * A KIP-848 group's subscriptions and its target assignment. The group epoch moves when a
 * member joins, leaves or changes its subscription, or when a subscribed topic appears,
 * disappears or grows partitions (its metadata is compared on every heartbeat). Each new
 * group epoch gets its target assignment at once, computed by the group's assignor (the one
 * most of its members ask for, else the broker's default), written as the target records of
 * the members whose target changed and the group record with both epochs.
 */

const ASSIGNORS: Readonly<Record<string, Assignor>> = { uniform: uniformAssignor, range: rangeAssignor };

/** A regex subscription matches whole topic names (as Kafka's RE2J `matches`), never internal topics. */
export function regexOf(source: string): RegExp {
  return new RegExp(`^(?:${source})$`, 'u');
}

/** The names a member subscribes to, its regex's matches included. */
function subscribedNames(ctx: GroupContext, member: ConsumerMember): Set<string> {
  const names = new Set(member.subscribedTopicNames);
  if (member.subscribedTopicRegex !== null) {
    const regex = regexOf(member.subscribedTopicRegex);
    for (const name of ctx.topics.names()) if (!isInternalTopic(name) && regex.test(name)) names.add(name);
  }
  return names;
}

/** The subscribed topics that exist, sorted by name: what the group record keeps. */
export function subscribedTopics(ctx: GroupContext, group: ConsumerGroup): ConsumerGroup['topics'] {
  const names = new Set<string>();
  for (const m of group.members.values()) for (const name of subscribedNames(ctx, m)) names.add(name);
  return [...names]
    .sort()
    .flatMap((name) => {
      const topic = ctx.topics.topic(name);
      return topic ? [{ topicId: topic.id, name, partitions: topic.partitions }] : [];
    });
}

export function sameTopics(a: ConsumerGroup['topics'], b: ConsumerGroup['topics']): boolean {
  return a.length === b.length && a.every((t, i) => t.topicId === b[i]!.topicId && t.name === b[i]!.name && t.partitions === b[i]!.partitions);
}

/** The assignor the group uses: the most asked for by its members, else the broker's default. */
export function assignorOf(config: GroupConfig, group: ConsumerGroup): string {
  const votes = new Map<string, number>();
  for (const m of group.members.values()) if (m.serverAssignor !== null) votes.set(m.serverAssignor, (votes.get(m.serverAssignor) ?? 0) + 1);
  const best = [...votes.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0];
  return best?.[0] ?? config.groupConsumerAssignors[0]!;
}

/** Bumps the group epoch and writes the new target assignment (for `topics`, the subscriptions now). */
export function newTargetAssignment(ctx: GroupContext, group: ConsumerGroup, topics: ConsumerGroup['topics']): void {
  const epoch = group.groupEpoch + 1;
  const byName = new Map(topics.map((t) => [t.name, t]));
  const members: AssignorMember[] = [...group.members.values()]
    .sort((a, b) => (a.memberId < b.memberId ? -1 : 1))
    .map((m) => ({
      memberId: m.memberId,
      instanceId: m.instanceId,
      topics: new Set([...subscribedNames(ctx, m)].flatMap((name) => (byName.has(name) ? [byName.get(name)!.topicId] : []))),
      current: group.target(m.memberId),
    }));
  const target = ASSIGNORS[assignorOf(ctx.config, group)]!({ members, partitions: new Map(topics.map((t) => [t.topicId, t.partitions])) });
  for (const m of members) {
    const next = target.get(m.memberId) ?? EMPTY_ASSIGNMENT;
    if (!group.targets.has(m.memberId) || !sameAssignment(next, group.target(m.memberId))) ctx.op.append(targetRecord(group.groupId, m.memberId, next));
  }
  ctx.op.append(groupRecord(group, epoch, epoch, topics));
}
