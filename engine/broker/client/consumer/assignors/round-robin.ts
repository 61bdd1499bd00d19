import { compareMembers, compareStrings, toAssignment, type Assignor } from './types.js';

/*
 * Kafka's RoundRobinAssignor: every partition of every subscribed topic, ordered by topic
 * then partition, dealt in turn to the members (in Kafka's member order), each partition to
 * the next member in the circle that subscribes to its topic.
 */
export const roundRobinAssignor: Assignor = {
  name: 'roundrobin',
  rebalanceProtocol: 'eager',
  userData: () => null,
  assign(members, partitionsPerTopic) {
    const byMember = new Map<string, Map<string, number[]>>(members.map((m) => [m.memberId, new Map()]));
    const circle = [...members].sort(compareMembers);
    let next = 0;
    for (const topic of [...partitionsPerTopic.keys()].sort(compareStrings)) {
      if (!circle.some((m) => m.subscription.topics.includes(topic))) continue;
      for (let p = 0; p < partitionsPerTopic.get(topic)!; p++) {
        while (!circle[next % circle.length]!.subscription.topics.includes(topic)) next++;
        const topics = byMember.get(circle[next % circle.length]!.memberId)!;
        topics.set(topic, [...(topics.get(topic) ?? []), p]);
        next++;
      }
    }
    return toAssignment(members, byMember);
  },
};
