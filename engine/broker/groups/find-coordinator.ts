import { kafkaCodeOf, toLogkeeperError } from '../../errors/index.js';
import { COORDINATOR_GROUP, type FindCoordinatorRequest, type FindCoordinatorResponse } from '../api/group-types.js';
import type { CreateTopicsRequest, CreateTopicsResponse } from '../api/types.js';
import { topicPartitionKey, type ClusterView } from '../metadata/types.js';
import { coordinatorPartition, OFFSETS_TOPIC } from './placement.js';

/*
 * FindCoordinator: a group's coordinator is the leader of its partition of
 * `__consumer_offsets`, as this broker's metadata says. The first request for a group
 * creates the topic through the controller (compacted, offsetsTopicPartitions partitions,
 * replication factor offsetsTopicReplicationFactor but at most the live brokers) and is
 * answered COORDINATOR_NOT_AVAILABLE, as every request is while the partition has no leader:
 * clients ask again. Transaction coordinators (key type 1) are not served: there are no
 * transactions yet.
 */

export interface CoordinatorFinderOptions {
  offsetsTopicPartitions: number;
  offsetsTopicReplicationFactor: number;
  /** The broker's metadata now. */
  view(): ClusterView;
  /** CreateTopics through the controller (the broker's own API). */
  createTopics(request: CreateTopicsRequest): Promise<CreateTopicsResponse>;
  logger?: { warn(message: string, fields?: object): void };
}

const CREATE_TIMEOUT_MS = 10_000;

export class CoordinatorFinder {
  readonly #o: CoordinatorFinderOptions;
  #creating: Promise<void> | null = null;

  constructor(options: CoordinatorFinderOptions) {
    this.#o = options;
  }

  async findCoordinator(request: FindCoordinatorRequest): Promise<FindCoordinatorResponse> {
    const view = this.#o.view();
    const topic = view.topics.get(OFFSETS_TOPIC);
    const unavailable = (key: string, why: string) => ({ key, nodeId: -1, errorCode: kafkaCodeOf('COORDINATOR_NOT_AVAILABLE'), errorMessage: why });
    if (!topic && request.keyType === COORDINATOR_GROUP) this.#createOffsetsTopic(view);
    const coordinators = request.keys.map((key) => {
      if (request.keyType !== COORDINATOR_GROUP) return { key, nodeId: -1, errorCode: kafkaCodeOf('BAD_ARGUMENTS'), errorMessage: 'Only group coordinators are served: transactions are not supported' };
      if (!topic) return unavailable(key, `${OFFSETS_TOPIC} is being created`);
      const partition = coordinatorPartition(key, topic.replicas.length);
      const leader = view.partitions.get(topicPartitionKey(OFFSETS_TOPIC, partition))?.leader ?? -1;
      if (leader < 0 || !view.brokers.has(leader)) return unavailable(key, `Partition ${partition} of ${OFFSETS_TOPIC} has no leader`);
      return { key, nodeId: leader, errorCode: 0, errorMessage: null };
    });
    return { coordinators };
  }

  #createOffsetsTopic(view: ClusterView): void {
    if (this.#creating) return;
    const { offsetsTopicPartitions, offsetsTopicReplicationFactor, logger } = this.#o;
    const request: CreateTopicsRequest = {
      topics: [
        {
          name: OFFSETS_TOPIC,
          numPartitions: offsetsTopicPartitions,
          replicationFactor: Math.max(1, Math.min(offsetsTopicReplicationFactor, view.brokers.size)),
          assignments: [],
          configs: [{ name: 'cleanup.policy', value: 'compact' }],
        },
      ],
      timeoutMs: CREATE_TIMEOUT_MS,
      validateOnly: false,
    };
    this.#creating = this.#o
      .createTopics(request)
      .then(
        (answer) => {
          const result = answer.topics[0];
          if (result && result.errorCode !== 0 && result.errorCode !== kafkaCodeOf('TOPIC_ALREADY_EXISTS')) {
            logger?.warn(`Creating ${OFFSETS_TOPIC} failed`, { errorCode: result.errorCode, error: result.errorMessage });
          }
        },
        (error: unknown) => logger?.warn(`Creating ${OFFSETS_TOPIC} failed`, { error: toLogkeeperError(error).message }),
      )
      .finally(() => (this.#creating = null));
  }
}
