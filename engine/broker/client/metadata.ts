import { kafkaCodeOf } from '../../errors/index.js';
import type { BrokerEndpoint, MetadataResponse, PartitionMetadata, TopicMetadata } from '../api/types.js';
import { NO_BROKER } from '../api/types.js';
import { topicPartitionKey } from '../metadata/types.js';

/*
 * What a client knows of the cluster: the brokers, the controller, and the topics it asked
 * about, from the last Metadata answers. Answers merge: a topic in an answer replaces what was
 * known of it, others stay. A partition is never taken back to an older leader epoch than
 * one seen for the same topic id (KIP-320): an answer from a broker that has not yet heard of
 * a leader change must not undo what a newer answer said. The epochs seen are kept apart
 * from the topics, as Kafka's clients keep them, so that an answer in between that does not
 * know the topic (a broker that has just started) does not make them forgotten: an older
 * entry then stands for no leader (and the client asks again), not for the old one.
 */

const LEADER_NOT_AVAILABLE = kafkaCodeOf('LEADER_NOT_AVAILABLE');

export class MetadataCache {
  clusterId = '';
  controllerId = NO_BROKER;
  /** When the last answer arrived (clock ms); -Infinity before the first. */
  updatedAt = -Infinity;
  #brokers = new Map<number, BrokerEndpoint>();
  #topics = new Map<string, TopicMetadata>();
  /** The newest leader epoch seen of each partition, by topicPartitionKey, with its topic id. */
  #epochs = new Map<string, { topicId: string; leaderEpoch: number }>();

  update(response: MetadataResponse, now: number): void {
    this.clusterId = response.clusterId;
    this.controllerId = response.controllerId;
    this.#brokers = new Map(response.brokers.map((b) => [b.nodeId, b]));
    for (const topic of response.topics) {
      const known = this.#topics.get(topic.name);
      const partitions = [...topic.partitions].sort((a, b) => a.partition - b.partition);
      if (topic.errorCode === 0) {
        for (let i = 0; i < partitions.length; i++) partitions[i] = this.#newest(topic, partitions[i]!, known);
      }
      this.#topics.set(topic.name, { ...topic, partitions });
    }
    this.updatedAt = now;
  }

  /** `p` as answered, or what is known if that is newer (see the top). */
  #newest(topic: TopicMetadata, p: PartitionMetadata, known: TopicMetadata | undefined): PartitionMetadata {
    const key = topicPartitionKey(topic.name, p.partition);
    const seen = this.#epochs.get(key);
    if (!seen || seen.topicId !== topic.topicId || p.leaderEpoch >= seen.leaderEpoch) {
      this.#epochs.set(key, { topicId: topic.topicId, leaderEpoch: p.leaderEpoch });
      return p;
    }
    const older = known?.topicId === topic.topicId ? known.partitions.find((q) => q.partition === p.partition) : undefined;
    if (older && older.leaderEpoch >= seen.leaderEpoch) return older;
    return { ...p, errorCode: LEADER_NOT_AVAILABLE, leader: NO_BROKER, leaderEpoch: seen.leaderEpoch };
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
