import { SchemaReader } from '../records/schema-bytes.js';
import type { ClassicGroup } from './group.js';

/*
 * The topics a classic group of protocol type "consumer" subscribes to: each member's
 * metadata of the chosen protocol is Kafka's ConsumerProtocolSubscription (int16 version,
 * then the topic names as an ARRAY of STRING, then fields this needs not read). Metadata
 * that does not decode subscribes to nothing (the coordinator never relies on it otherwise).
 */

export function subscribedTopics(group: ClassicGroup): Set<string> {
  const topics = new Set<string>();
  if (group.protocolType !== 'consumer' || group.state === 'Empty') return topics;
  for (const m of group.members.values()) {
    try {
      const r = new SchemaReader(m.metadata(group.protocolName));
      r.int16();
      for (const name of r.array((x) => x.string())) topics.add(name);
    } catch {
      // not a consumer subscription
    }
  }
  return topics;
}
