import { UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET } from '../../log/index.js';

/*
 * How this works: where a follower cuts its log when it starts following a leader (KIP-101,
 * with KIP-279's refinement). Truncating to the high watermark is not safe (a follower may
 * drop committed records it then has to fetch back, while the leader fails), and keeping
 * everything is not either (a previous leader's records that never committed diverge from
 * what the new leader wrote at the same offsets). Leader epochs settle it: the follower asks
 * the leader for the end of the follower's latest epoch, as the leader's log has it, and the
 * leader answers with the largest epoch it has that is <= that one, and where it ended.
 *
 *   - The leader knows no such epoch (UNDEFINED): keep up to the high watermark.
 *   - It answers our epoch: the logs agree up to where that epoch ended on both sides; cut at
 *     the smaller of that end, the leader's, and our log end.
 *   - It answers an older epoch E that we also have: cut where our E ended, done.
 *   - It answers an epoch we do not have (we jumped over it): cut where the largest epoch we
 *     have below it ended, and ask again with our new latest epoch. Each round drops at least
 *     one epoch, so it ends.
 *   - We have no epoch at or below the one it answered: cut at its end offset.
 */

export interface EpochEnd {
  epoch: number;
  endOffset: number;
}

export interface FollowerLog {
  logEndOffset: number;
  highWatermark: number;
  /** Our largest epoch <= `epoch` and where it ended (PartitionLog.endOffsetForEpoch). */
  endOffsetForEpoch(epoch: number): EpochEnd;
}

export interface TruncationPoint {
  offset: number;
  /** False: ask the leader again after cutting here. */
  done: boolean;
}

export function truncationPoint(leader: EpochEnd, follower: FollowerLog): TruncationPoint {
  const end = follower.logEndOffset;
  if (leader.endOffset === UNDEFINED_EPOCH_OFFSET) {
    return { offset: Math.min(follower.highWatermark, end), done: true };
  }
  const ours = follower.endOffsetForEpoch(leader.epoch);
  if (ours.epoch === UNDEFINED_EPOCH) return { offset: Math.min(leader.endOffset, end), done: true };
  if (ours.epoch !== leader.epoch) return { offset: Math.min(ours.endOffset, end), done: false };
  return { offset: Math.min(ours.endOffset, leader.endOffset, end), done: true };
}
