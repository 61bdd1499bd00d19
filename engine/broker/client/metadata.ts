import type { BrokerEndpoint, MetadataResponse, PartitionMetadata, TopicMetadata } from '../api/types.js';
import { NO_BROKER } from '../api/types.js';

/*
 * What a client knows of the cluster: the brokers, the controller, and the topics it asked
 * about, from the last Metadata answers. Answers merge: a topic in an answer replaces what was
 * known of it, others stay. A partition's entry is not replaced by one with an older leader
 * epoch for the same topic id (KIP-320): an answer from a broker that has not yet heard of a
 * leader change must not undo what a newer answer said.
 */

export class MetadataCache {
  clusterId = '';
  controllerId = NO_BROKER;
  /** When the last answer arrived (clock ms); -Infinity before the first. */
  updatedAt = -Infinity;
  #brokers = new Map<number, BrokerEndpoint>();
  #topics = new Map<string, TopicMetadata>();

  update(response: MetadataResponse, now: number): void {
    this.clusterId = response.clusterId;
    this.controllerId = response.controllerId;
    this.#brokers = new Map(response.brokers.map((b) => [b.nodeId, b]));
    for (const topic of response.topics) {
      const known = this.#topics.get(topic.name);
      const partitions = [...topic.partitions].sort((a, b) => a.partition - b.partition);
      if (known && known.topicId === topic.topicId && topic.errorCode === 0) {
        for (let i = 0; i < partitions.length; i++) {
          const older = known.partitions.find((p) => p.partition === partitions[i]!.partition);
          if (older && older.leaderEpoch > partitions[i]!.leaderEpoch) partitions[i] = older;
        }
      }
      this.#topics.set(topic.name, { ...topic, partitions });
    }
    this.updatedAt = now;
  }

  get brokers(): BrokerEndpoint[] {
    return [...this.#brokers.values()];
  }

  broker(nodeId: number): BrokerEndpoint | undefined {
    return this.#brokers.get(nodeId);
  }

  topic(name: string): TopicMetadata | undefined {
    return this.#topics.get(name);
  }

  /** The topic's partitions, by partition number; empty when the topic is not known (or in error). */
  partitions(topic: string): readonly PartitionMetadata[] {
    return this.#topics.get(topic)?.partitions ?? [];
  }

  partition(topic: string, partition: number): PartitionMetadata | undefined {
    const list = this.partitions(topic);
    const p = list[partition];
    return p?.partition === partition ? p : list.find((q) => q.partition === partition);
  }

  /** The partition's leader, NO_BROKER when unknown. */
  leaderOf(topic: string, partition: number): number {
    const p = this.partition(topic, partition);
    return p && this.#brokers.has(p.leader) ? p.leader : NO_BROKER;
  }
}
