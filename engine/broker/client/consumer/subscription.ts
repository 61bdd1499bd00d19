import { BadArgumentsError } from '../../../errors/index.js';
import type { Cluster } from '../cluster.js';
import type { GroupTopics } from './membership.js';
import type { OffsetReset } from './partition-consumer.js';

/*
 * What a consumer subscribes to: topic names and patterns, each with its fromBeginning. The
 * patterns are matched here, on the client, against the cluster's topic list (fetched again
 * when the metadata is older than metadataMaxAgeMs), for both protocols: the coordinator gets
 * plain topic names. Partition counts and topic ids come from the client's metadata, asked
 * again when a topic is not known.
 */

interface Entry {
  topic: string | RegExp;
  fromBeginning: boolean;
}

export class Subscription implements GroupTopics {
  readonly #cluster: Cluster;
  readonly #entries: Entry[] = [];
  #allTopics: { names: string[]; at: number } | null = null;

  constructor(cluster: Cluster) {
    this.#cluster = cluster;
  }

  get empty(): boolean {
    return this.#entries.length === 0;
  }

  add(topics: ReadonlyArray<string | RegExp>, fromBeginning: boolean): void {
    if (!Array.isArray(topics) || topics.length === 0) throw new BadArgumentsError('subscribe needs { topics: [name or RegExp, ...] }');
    for (const topic of topics) {
      if (!(topic instanceof RegExp) && (typeof topic !== 'string' || topic.length === 0)) throw new BadArgumentsError('A topic must be a non-empty string or a RegExp');
      this.#entries.push({ topic, fromBeginning });
    }
  }

  /** Where a partition of `topic` without a committed offset starts. */
  resetOf(topic: string, autoOffsetReset: OffsetReset): OffsetReset {
    return this.#entries.some((e) => e.fromBeginning && matches(e.topic, topic)) ? 'earliest' : autoOffsetReset;
  }

  async subscribed(signal?: AbortSignal): Promise<string[]> {
    const names = new Set(this.#entries.flatMap((e) => (typeof e.topic === 'string' ? [e.topic] : [])));
    const patterns = this.#entries.flatMap((e) => (e.topic instanceof RegExp ? [e.topic] : []));
    if (patterns.length > 0) {
      for (const name of await this.#everyTopic(signal)) if (patterns.some((p) => matches(p, name))) names.add(name);
    }
    return [...names].sort();
  }

  async partitionCounts(topics: readonly string[], signal?: AbortSignal): Promise<Map<string, number>> {
    await this.#known(topics, signal);
    const counts = new Map<string, number>();
    for (const name of topics) {
      const topic = this.#cluster.metadata.topic(name);
      if (topic?.errorCode === 0) counts.set(name, topic.partitions.length);
    }
    return counts;
  }

  async topicNames(ids: readonly string[], signal?: AbortSignal): Promise<Map<string, string>> {
    const subscribed = await this.subscribed(signal);
    const find = () => {
      const names = new Map<string, string>();
      for (const name of subscribed) {
        const topic = this.#cluster.metadata.topic(name);
        if (topic?.errorCode === 0 && ids.includes(topic.topicId)) names.set(topic.topicId, name);
      }
      return names;
    };
    let names = find();
    if (names.size < new Set(ids).size) {
      await this.#cluster.refreshMetadata(subscribed);
      names = find();
    }
    return names;
  }

  /** Metadata of `topics`, refreshed when stale or when one is not known (a missing topic is no error here). */
  async #known(topics: readonly string[], signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.#cluster.stale || topics.some((t) => this.#cluster.metadata.topic(t) === undefined)) await this.#cluster.refreshMetadata(topics);
  }

  async #everyTopic(signal?: AbortSignal): Promise<string[]> {
    const { clock, metadataMaxAgeMs } = this.#cluster.context;
    if (this.#allTopics && clock.now() - this.#allTopics.at <= metadataMaxAgeMs) return this.#allTopics.names;
    const answer = await this.#cluster.callAny('metadata', { topics: null, allowAutoTopicCreation: false }, { signal });
    this.#cluster.metadata.update(answer, clock.now());
    this.#allTopics = { names: answer.topics.filter((t) => t.errorCode === 0 && !t.isInternal).map((t) => t.name), at: clock.now() };
    return this.#allTopics.names;
  }
}

function matches(pattern: string | RegExp, topic: string): boolean {
  if (typeof pattern === 'string') return pattern === topic;
  pattern.lastIndex = 0;
  return pattern.test(topic);
}
