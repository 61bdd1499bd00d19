import { NotEnoughReplicasError, NotLeaderOrFollowerError } from '../../errors/index.js';
import { checkProducerRecords } from './batch-check.js';
import { replicated } from './produce.js';
import type { Replica } from './replica.js';
import { leaderReplica, type ServeContext } from './serving.js';

/*
 * How this works: a broker's own use of partitions it leads — the group coordinator keeps
 * its state in `__consumer_offsets` (engine/broker/groups). Every call names the leader epoch
 * it acts for and fails with NOT_LEADER_OR_FOLLOWER at any other, so that what the
 * coordinator of one leadership writes never lands in another's log. Appends are checked as
 * a producer's are, handed to the log before the call returns (so they are written in call
 * order), and answered as an acks=-1 produce is (produce.ts): once the high watermark passed
 * them, or with its errors. Reads see the whole log, up to its end: a new leader's log is
 * what every later leader will have of it.
 */

/** A wait rechecks this often even if nothing notified it. */
const RECHECK_MS = 1000;

function leading(ctx: ServeContext, topic: string, partition: number, leaderEpoch: number): Replica {
  const replica = leaderReplica(ctx, topic, partition);
  if (replica.leaderEpoch !== leaderEpoch) throw new NotLeaderOrFollowerError(`Broker ${ctx.brokerId} leads ${topic}-${partition} at epoch ${replica.leaderEpoch}, not ${leaderEpoch}`);
  return replica;
}

export function appendAsLeader(ctx: ServeContext, topic: string, partition: number, leaderEpoch: number, batch: Uint8Array, timeoutMs: number): Promise<void> {
  try {
    const replica = leading(ctx, topic, partition, leaderEpoch);
    const minIsr = ctx.minInsyncReplicas(topic);
    if (replica.isr.length < minIsr) throw new NotEnoughReplicasError(`${topic}-${partition} has ${replica.isr.length} in-sync replica(s); min.insync.replicas is ${minIsr}`);
    const appended = replica.appendAsLeader(checkProducerRecords(batch, replica.log.config));
    if (!('writes' in appended)) return Promise.resolve(); // a duplicate: batches without a producer id never are
    const deadline = ctx.clock.now() + timeoutMs;
    return Promise.all(appended.writes).then((results) => replicated(ctx, replica, leaderEpoch, results.at(-1)!.lastOffset, minIsr, deadline));
  } catch (error) {
    return Promise.reject(error);
  }
}

export async function readAsLeader(ctx: ServeContext, topic: string, partition: number, leaderEpoch: number, offset: number, maxBytes: number): Promise<{ batches: Uint8Array[]; logEndOffset: number }> {
  const log = leading(ctx, topic, partition, leaderEpoch).log;
  const logEndOffset = log.logEndOffset;
  const from = Math.max(offset, log.logStartOffset);
  return { batches: from >= logEndOffset ? [] : await log.readBytes(from, { maxBytes }), logEndOffset };
}

/** Resolves once the high watermark reaches `offset`, for as long as this broker leads at `leaderEpoch`. */
export async function waitForHighWatermark(ctx: ServeContext, topic: string, partition: number, leaderEpoch: number, offset: number): Promise<void> {
  for (;;) {
    const replica = leading(ctx, topic, partition, leaderEpoch);
    const watch = ctx.purgatory.watch([replica.key]);
    try {
      if (replica.highWatermark >= offset) return;
      await watch.wait(ctx.clock, ctx.clock.now() + RECHECK_MS);
    } finally {
      watch.close();
    }
  }
}
