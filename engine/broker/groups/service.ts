import type { CreateTopicsRequest, CreateTopicsResponse } from '../api/types.js';
import type { BrokerConfig } from '../config.js';
import type { ClusterView } from '../metadata/types.js';
import type { ReplicaManager } from '../replica/replica-manager.js';
import type { Clock } from '../../time/clock.js';
import type { Random } from '../../time/random.js';
import { GroupCoordinator } from './coordinator.js';
import { CoordinatorFinder } from './find-coordinator.js';
import { GroupHandlers } from './handlers.js';
import { OFFSETS_TOPIC } from './placement.js';
import { replicaOffsetsLog } from './replica-log.js';
import type { TopicsView } from './topics.js';

/*
 * The group coordinator as a broker runs it: the coordinator on the broker's replicas of
 * `__consumer_offsets` (their leaderships, reads and writes), its view of the topics from
 * the broker's metadata, and the GroupApi it serves.
 */

export interface GroupServiceOptions {
  config: BrokerConfig;
  clock: Clock;
  random: Random;
  replicas: ReplicaManager;
  /** The broker's metadata now. */
  view(): ClusterView;
  /** CreateTopics through the controller (for `__consumer_offsets`). */
  createTopics(request: CreateTopicsRequest): Promise<CreateTopicsResponse>;
  logger?: { warn(message: string, fields?: object): void };
}

export class GroupService {
  readonly coordinator: GroupCoordinator;
  readonly api: GroupHandlers;
  readonly #stop: () => void;

  constructor(o: GroupServiceOptions) {
    const topics: TopicsView = {
      topic: (name) => {
        const t = o.view().topics.get(name);
        return t && { id: t.id, partitions: t.replicas.length };
      },
      names: () => o.view().topics.keys(),
    };
    this.coordinator = new GroupCoordinator({
      config: o.config,
      offsetsTopicPartitions: o.config.offsetsTopicPartitions,
      clock: o.clock,
      random: o.random,
      log: replicaOffsetsLog(o.replicas, o.config.offsetsCommitTimeoutMs),
      topics,
      logger: o.logger,
    });
    this.#stop = o.replicas.onLeadershipChange((topic, partition, leaderEpoch) => {
      if (topic === OFFSETS_TOPIC) this.coordinator.onLeadership(partition, leaderEpoch);
    });
    const finder = new CoordinatorFinder({
      offsetsTopicPartitions: o.config.offsetsTopicPartitions,
      offsetsTopicReplicationFactor: o.config.offsetsTopicReplicationFactor,
      view: o.view,
      createTopics: o.createTopics,
      logger: o.logger,
    });
    this.api = new GroupHandlers({ coordinator: this.coordinator, finder, logger: o.logger });
  }

  close(): void {
    this.#stop();
    this.coordinator.close();
  }
}
