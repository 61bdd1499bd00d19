import {
  BadArgumentsError,
  FencedLeaderEpochError,
  NotLeaderOrFollowerError,
  UnknownLeaderEpochError,
  UnknownTopicOrPartitionError,
} from '../../errors/index.js';
import type { Clock } from '../../time/index.js';
import { NO_EPOCH } from '../api/types.js';
import { errorCodeOf } from './error-codes.js';
import type { Purgatory } from './purgatory.js';
import type { Replica } from './replica.js';
import type { ReplicaLogger } from './types.js';

/*
 * What the request handlers (produce.ts, fetch.ts, offsets.ts, delete-records.ts) share: the
 * replicas they serve, and the checks every partition of a request goes through first, in
 * Kafka's order — is it hosted here, is the caller's leader epoch ours, do we lead it.
 */

export interface ServeContext {
  brokerId: number;
  clock: Clock;
  logger: ReplicaLogger;
  purgatory: Purgatory;
  replica(topic: string, partition: number): Replica | undefined;
  minInsyncReplicas(topic: string): number;
  /** Bounds of a fetch answer: its record bytes (config.fetchMaxBytes; KIP-74 aside) and all its bytes (the frame). */
  fetchMaxBytes: number;
  maxFetchResponseBytes: number;
}

export function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** The hosted replica of a partition, or UNKNOWN_TOPIC_OR_PARTITION. */
export function hostedReplica(ctx: ServeContext, topic: string, partition: number): Replica {
  const replica = ctx.replica(topic, partition);
  if (!replica) throw new UnknownTopicOrPartitionError(`This broker hosts no replica of ${topic}-${partition}`);
  return replica;
}

/** FENCED_LEADER_EPOCH for an older epoch than ours, UNKNOWN_LEADER_EPOCH for a newer one; -1 skips the check. */
export function checkLeaderEpoch(replica: Replica, currentLeaderEpoch: number): void {
  if (currentLeaderEpoch === NO_EPOCH || currentLeaderEpoch === undefined) return;
  if (!isInt(currentLeaderEpoch)) throw new BadArgumentsError('currentLeaderEpoch must be an integer');
  if (currentLeaderEpoch < replica.leaderEpoch) {
    throw new FencedLeaderEpochError(`Leader epoch ${currentLeaderEpoch} of ${replica.topic}-${replica.partition} is older than ours, ${replica.leaderEpoch}`);
  }
  if (currentLeaderEpoch > replica.leaderEpoch) {
    throw new UnknownLeaderEpochError(`Leader epoch ${currentLeaderEpoch} of ${replica.topic}-${replica.partition} is newer than ours, ${replica.leaderEpoch}`);
  }
}

/** The replica if this broker leads the partition now (at `currentLeaderEpoch`, when given). */
export function leaderReplica(ctx: ServeContext, topic: string, partition: number, currentLeaderEpoch = NO_EPOCH): Replica {
  const replica = hostedReplica(ctx, topic, partition);
  checkLeaderEpoch(replica, currentLeaderEpoch);
  if (!replica.isLeader) throw new NotLeaderOrFollowerError(`Broker ${ctx.brokerId} does not lead ${topic}-${partition}`);
  return replica;
}

/** Whether `replica` is still the one hosted, leading at `epoch`. */
export function stillLeading(ctx: ServeContext, replica: Replica, epoch: number): boolean {
  return ctx.replica(replica.topic, replica.partition) === replica && replica.isLeader && replica.leaderEpoch === epoch;
}

/** Kafka's code for a partition's failure; a replica closed under the request is NOT_LEADER_OR_FOLLOWER. */
export function partitionErrorCode(ctx: ServeContext, err: unknown, what: string, topic: string, partition: number, replica?: Replica): number {
  if (replica?.closed) return new NotLeaderOrFollowerError().kafkaCode;
  return errorCodeOf(err, ctx.logger, what, { topic, partition });
}
