import { compareMembers, compareStrings, toAssignment, type Assignor, type GroupMember } from './types.js';

/*
 * Kafka's RangeAssignor: topic by topic, the members subscribed to it (in Kafka's member
 * order) get consecutive ranges of its partitions; with n partitions and c members each gets
 * floor(n / c), and the first n % c one more. Members subscribed to the same topics thus get
 * the same partition numbers of each (co-partitioned joins).
 */
export const rangeAssignor: Assignor = {
  name: 'range',
  rebalanceProtocol: 'eager',
  userData: () => null,
  assign(members, partitionsPerTopic) {
    const byMember = new Map<string, Map<string, number[]>>(members.map((m) => [m.memberId, new Map()]));
    const topics = [...partitionsPerTopic.keys()].sort(compareStrings);
    for (const topic of topics) {
      const count = partitionsPerTopic.get(topic)!;
      const subscribed: GroupMember[] = members.filter((m) => m.subscription.topics.includes(topic)).sort(compareMembers);
      const each = Math.floor(count / Math.max(1, subscribed.length));
      const extra = count % Math.max(1, subscribed.length);
      subscribed.forEach((m, i) => {
        const start = each * i + Math.min(i, extra);
        const length = each + (i < extra ? 1 : 0);
        byMember.get(m.memberId)!.set(topic, Array.from({ length }, (_, k) => start + k));
      });
    }
    return toAssignment(members, byMember);
  },
};
