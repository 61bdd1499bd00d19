import { errorFromKafkaCode, LeaderNotAvailableError, type LogkeeperError } from '../../errors/index.js';
import { CONSUMER_REPLICA_ID, NO_EPOCH } from '../api/types.js';
import { topicPartitionKey } from '../metadata/types.js';
import type { Cluster } from './cluster.js';

/*
 * ListOffsets for any set of partitions: each asked of its leader (one request per leader),
 * with the cluster's retries; an attempt after a failure asks only for the partitions still
 * without an answer.
 */

export interface OffsetQuery {
  topic: string;
  partition: number;
  /** A time (ms), or LATEST_TIMESTAMP / EARLIEST_TIMESTAMP / MAX_TIMESTAMP. */
  timestamp: number;
}

export interface OffsetAnswer {
  offset: number;
  /** The timestamp found (-1 for LATEST / EARLIEST). */
  timestamp: number;
}

/** The answer for each query, by topicPartitionKey. */
export async function listOffsets(cluster: Cluster, queries: readonly OffsetQuery[], signal?: AbortSignal): Promise<Map<string, OffsetAnswer>> {
  const answers = new Map<string, OffsetAnswer>();
  const topics = [...new Set(queries.map((q) => q.topic))];
  await cluster.retry(async () => {
    await cluster.ensureTopics(topics, signal);
    const byLeader = new Map<number, OffsetQuery[]>();
    let failure: LogkeeperError | undefined;
    for (const q of queries) {
      if (answers.has(topicPartitionKey(q.topic, q.partition))) continue;
      const leader = cluster.metadata.leaderOf(q.topic, q.partition);
      if (leader < 0) failure ??= new LeaderNotAvailableError(`No leader known for ${q.topic}-${q.partition}`);
      else byLeader.set(leader, [...(byLeader.get(leader) ?? []), q]);
    }
    const calls = [...byLeader].map(([leader, list]) => {
      const topicsOf = new Map<string, Array<{ partition: number; currentLeaderEpoch: number; timestamp: number }>>();
      for (const q of list) {
        const epoch = cluster.metadata.partition(q.topic, q.partition)?.leaderEpoch ?? NO_EPOCH;
        topicsOf.set(q.topic, [...(topicsOf.get(q.topic) ?? []), { partition: q.partition, currentLeaderEpoch: epoch, timestamp: q.timestamp }]);
      }
      const request = { replicaId: CONSUMER_REPLICA_ID, isolationLevel: 0 as const, topics: [...topicsOf].map(([name, partitions]) => ({ name, partitions })) };
      return cluster.call(leader, 'listOffsets', request, { signal });
    });
    for (const result of await Promise.allSettled(calls)) {
      if (result.status === 'rejected') {
        failure ??= result.reason as LogkeeperError;
        continue;
      }
      for (const t of result.value.topics) {
        for (const p of t.partitions) {
          const error = errorFromKafkaCode(p.errorCode, `ListOffsets of ${t.name}-${p.partition}`);
          if (error) failure ??= error;
          else answers.set(topicPartitionKey(t.name, p.partition), { offset: p.offset, timestamp: p.timestamp });
        }
      }
    }
    if (failure) throw failure;
  }, signal);
  return answers;
}
