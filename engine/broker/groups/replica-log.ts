import type { ReplicaManager } from '../replica/replica-manager.js';
import type { OffsetsLog } from './log.js';
import { OFFSETS_TOPIC } from './placement.js';

/** The most bytes a load reads at once. */
const LOAD_READ_BYTES = 1024 * 1024;

/** `__consumer_offsets` as this broker's replica manager serves it to its leader. */
export function replicaOffsetsLog(replicas: ReplicaManager, commitTimeoutMs: number): OffsetsLog {
  return {
    append: (partition, leaderEpoch, batch) => replicas.appendAsLeader(OFFSETS_TOPIC, partition, leaderEpoch, batch, commitTimeoutMs),
    read: (partition, leaderEpoch, offset) => replicas.readAsLeader(OFFSETS_TOPIC, partition, leaderEpoch, offset, LOAD_READ_BYTES),
    committed: (partition, leaderEpoch, offset) => replicas.waitForHighWatermark(OFFSETS_TOPIC, partition, leaderEpoch, offset),
  };
}
