/*
 * The cluster's metadata as brokers and the controller see it, and where it lives in the
 * coordination service (the way Kafka kept it in ZooKeeper). Every znode below holds JSON, so
 * a person can read it with `logkeeper zk get` or zkCli:
 *
 *   /cluster/id                             {"version":1,"id":"<22 chars>"}          created once
 *   /brokers/ids/<id>                       BrokerRegistration                       ephemeral
 *   /brokers/topics/<topic>                 TopicAssignment
 *   /brokers/topics/<topic>/partitions/<p>/state   PartitionState
 *   /config/topics/<topic>                  {"version":1,"config":{...}}             overrides only
 *   /controller                             {"version":1,"brokerId":1}               ephemeral (master election)
 *   /controller_epoch                       "<n>"                                    bumped by each new controller
 *   /latest_producer_id_block               {"version":1,"brokerId":1,"blockStart":0,"blockEnd":999}
 *
 * Fencing. A controller bumps /controller_epoch when elected and makes every later write a
 * `multi` that first checks that znode's version: a controller that lost its office (a long
 * pause, a partition) cannot overwrite its successor's work (STALE_CONTROLLER_EPOCH). A
 * partition leader changes the ISR with a setData that expects the state's znode version it
 * last read: a leader the controller has since replaced fails with BAD_VERSION and stops.
 */

export interface BrokerRegistration {
  version: 1;
  id: number;
  /** Where logkeeper clients and other brokers dial it. */
  address: string;
  rack: string | null;
  /** Other protocols' listeners (`kafka` → `host:port`). */
  listeners: Record<string, string>;
  /** When this registration was made (the broker's clock). */
  timestamp: number;
}

export interface TopicAssignment {
  version: 1;
  /** The topic's id (22-character base64url of 16 random bytes, like Kafka's): a re-created topic gets a new one. */
  id: string;
  /** Replica lists by partition number ("0", "1", …); the first replica is the preferred leader. */
  partitions: Record<string, number[]>;
}

export interface PartitionState {
  version: 1;
  /** -1: no leader (offline). */
  leader: number;
  /** Bumped on every leader change. */
  leaderEpoch: number;
  isr: number[];
  /** The epoch of the controller that last changed the leader. */
  controllerEpoch: number;
  /**
   * The broker epoch (see ClusterView.brokerEpochs) of the leader's registration the
   * leadership was given to: a later process of that broker does not lead under it. -1
   * without a leader (or in a state written before this field existed).
   */
  leaderBrokerEpoch: number;
}

export interface TopicConfigOverrides {
  version: 1;
  config: Record<string, string>;
}

/** A partition's state with the znode version it was read at (for conditional updates). */
export interface PartitionView extends PartitionState {
  topic: string;
  partition: number;
  replicas: number[];
  /** The state znode's version. */
  zkVersion: number;
  /**
   * The zxid of the state znode's last change: an ISR member that registered after it has
   * restarted since (controller/leadership.ts).
   */
  mzxid: number;
}

export interface TopicView {
  name: string;
  id: string;
  /** Replica lists by partition index. */
  replicas: number[][];
  /** Overrides only (topic configs given at creation or altered since). */
  config: Record<string, string>;
  /** Internal topics (`__consumer_offsets`). */
  internal: boolean;
}

/** What a broker knows of the cluster, kept current by watches (metadata/cache.ts). */
export interface ClusterView {
  clusterId: string;
  /** -1 when there is none. */
  controllerId: number;
  brokers: ReadonlyMap<number, BrokerRegistration>;
  /**
   * Each registered broker's epoch (Kafka's broker epoch, KIP-380): the zxid that created its
   * registration, new for each process (and each session) of the broker.
   */
  brokerEpochs: ReadonlyMap<number, number>;
  topics: ReadonlyMap<string, TopicView>;
  /** By `topicPartitionKey(topic, partition)`. */
  partitions: ReadonlyMap<string, PartitionView>;
}

export const topicPartitionKey = (topic: string, partition: number): string => `${topic}\u0000${partition}`;

export const PATHS = {
  clusterId: '/cluster/id',
  brokerIds: '/brokers/ids',
  broker: (id: number) => `/brokers/ids/${id}`,
  topics: '/brokers/topics',
  topic: (topic: string) => `/brokers/topics/${topic}`,
  partitions: (topic: string) => `/brokers/topics/${topic}/partitions`,
  partition: (topic: string, partition: number) => `/brokers/topics/${topic}/partitions/${partition}`,
  partitionState: (topic: string, partition: number) => `/brokers/topics/${topic}/partitions/${partition}/state`,
  topicConfigs: '/config/topics',
  topicConfig: (topic: string) => `/config/topics/${topic}`,
  controller: '/controller',
  controllerEpoch: '/controller_epoch',
  producerIdBlock: '/latest_producer_id_block',
} as const;
