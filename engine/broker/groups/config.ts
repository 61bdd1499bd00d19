import { BadArgumentsError } from '../../errors/index.js';

/*
 * The group coordinator's settings: Kafka's broker configs of the same meaning (group.*,
 * offset.*), camelCased, with Kafka's defaults. A part of BrokerConfig (config.ts).
 */

export interface GroupConfig {
  /** The smallest session timeout a classic member may ask for. Kafka: group.min.session.timeout.ms = 6 s. */
  groupMinSessionTimeoutMs: number;
  /** The largest. Kafka: group.max.session.timeout.ms = 30 min. */
  groupMaxSessionTimeoutMs: number;
  /** How long a new classic group waits for more members before its first rebalance. Kafka: group.initial.rebalance.delay.ms = 3 s. */
  groupInitialRebalanceDelayMs: number;
  /** Members a classic group takes at most. Kafka: group.max.size = Integer.MAX. */
  groupMaxSize: number;
  /** A KIP-848 member is removed after this long without a heartbeat. Kafka: group.consumer.session.timeout.ms = 45 s. */
  groupConsumerSessionTimeoutMs: number;
  /** How often a KIP-848 member is told to heartbeat. Kafka: group.consumer.heartbeat.interval.ms = 5 s. */
  groupConsumerHeartbeatIntervalMs: number;
  /** Members a KIP-848 group takes at most. Kafka: group.consumer.max.size = Integer.MAX. */
  groupConsumerMaxSize: number;
  /** The server-side assignors, the first the default. Kafka: group.consumer.assignors = uniform, range. */
  groupConsumerAssignors: readonly string[];
  /** The longest metadata string of a committed offset. Kafka: offset.metadata.max.bytes = 4096. */
  offsetMetadataMaxBytes: number;
  /** How long a coordinator's write waits for the in-sync replicas. Kafka: offsets.commit.timeout.ms = 5 s. */
  offsetsCommitTimeoutMs: number;
  /**
   * Committed offsets expire this long after their group became empty, or after their commit
   * for a standalone consumer's and for topics a group's members do not subscribe to (KIP-211).
   * Kafka: offsets.retention.minutes = 7 days.
   */
  offsetsRetentionMs: number;
  /** How often a coordinator looks for expired offsets. Kafka: offsets.retention.check.interval.ms = 10 min. */
  offsetsRetentionCheckIntervalMs: number;
}

/** The server-side assignors there are (consumer/assignors/). */
export const SERVER_ASSIGNORS: readonly string[] = ['uniform', 'range'];

const MAX_INT32 = 0x7fffffff;

export const DEFAULT_GROUP_CONFIG: Readonly<GroupConfig> = Object.freeze({
  groupMinSessionTimeoutMs: 6000,
  groupMaxSessionTimeoutMs: 1_800_000,
  groupInitialRebalanceDelayMs: 3000,
  groupMaxSize: MAX_INT32,
  groupConsumerSessionTimeoutMs: 45_000,
  groupConsumerHeartbeatIntervalMs: 5000,
  groupConsumerMaxSize: MAX_INT32,
  groupConsumerAssignors: SERVER_ASSIGNORS,
  offsetMetadataMaxBytes: 4096,
  offsetsCommitTimeoutMs: 5000,
  offsetsRetentionMs: 7 * 24 * 3600 * 1000,
  offsetsRetentionCheckIntervalMs: 600_000,
});

/** Checks the group settings of a resolved config (BAD_ARGUMENTS for the first one out of range). */
export function checkGroupConfig(config: GroupConfig): void {
  const int = (name: keyof GroupConfig, min: number, max = MAX_INT32) => {
    const v = config[name];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
      throw new BadArgumentsError(`${name} must be an integer from ${min} to ${max}, got ${String(v)}`);
    }
  };
  int('groupMinSessionTimeoutMs', 1);
  int('groupMaxSessionTimeoutMs', config.groupMinSessionTimeoutMs);
  int('groupInitialRebalanceDelayMs', 0);
  int('groupMaxSize', 1);
  int('groupConsumerSessionTimeoutMs', 1);
  int('groupConsumerHeartbeatIntervalMs', 1, config.groupConsumerSessionTimeoutMs);
  int('groupConsumerMaxSize', 1);
  int('offsetMetadataMaxBytes', 0);
  int('offsetsCommitTimeoutMs', 1);
  int('offsetsRetentionMs', 1, Number.MAX_SAFE_INTEGER);
  int('offsetsRetentionCheckIntervalMs', 1);
  const assignors = config.groupConsumerAssignors;
  if (!Array.isArray(assignors) || assignors.length === 0 || assignors.some((a) => !SERVER_ASSIGNORS.includes(a))) {
    throw new BadArgumentsError(`groupConsumerAssignors must name some of ${SERVER_ASSIGNORS.join(', ')}`);
  }
}
