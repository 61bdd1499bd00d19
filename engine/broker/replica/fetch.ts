import { AbortedError, BadArgumentsError, NotLeaderOrFollowerError, OffsetNotAvailableError, OffsetOutOfRangeError, kafkaCodeOf } from '../../errors/index.js';
import type { FetchPartition, FetchPartitionResponse, FetchRequest, FetchResponse } from '../api/types.js';
import { topicPartitionKey } from '../metadata/types.js';
import { FetchBudget } from './fetch-budget.js';
import type { Replica } from './replica.js';
import { checkLeaderEpoch, hostedReplica, isInt, partitionErrorCode, type ServeContext } from './serving.js';

/*
 * How this works: a fetch, from a consumer (replicaId -1) or a follower (its broker id).
 *
 * Each partition is checked (hosted, the caller's leader epoch is ours, we lead it, a
 * follower is one of its replicas, for a consumer the high watermark may be told — not
 * while a new leader's lags the start of its epoch: OFFSET_NOT_AVAILABLE, see
 * Replica.highWatermarkAvailable — the offset lies in [log start, log end]) and read with
 * PartitionLog.readBytes: the stored batches, as they are. A consumer reads only below the
 * high watermark; a follower reads up to the log end, and its fetch offset tells the leader
 * its log end (Replica.followerFetched), once per request. The bytes are bounded by the
 * partition's partitionMaxBytes and what is left of maxBytes (and of the broker's
 * fetchMaxBytes), in request order, except that the first batch of the first partition with
 * data is returned whole however large (KIP-74), so a consumer always makes progress; and the
 * whole answer by what a frame of the connection carries (fetch-budget.ts).
 *
 * Long poll: with fewer than minBytes ready (and no partition in error), the fetch waits in
 * the purgatory until maxWaitMs, woken whenever one of its partitions changes. It reads again
 * only if what it can read changed (the high watermark for a consumer, the log end for a
 * follower, the log start, the replica's state), and answers as soon as minBytes are there.
 * An aborted signal rejects the fetch with AbortedError.
 */

interface Read {
  response: FetchResponse;
  bytes: number;
  failed: boolean;
}

export async function serveFetch(ctx: ServeContext, request: FetchRequest, signal?: AbortSignal): Promise<FetchResponse> {
  const wellFormed = isInt(request.replicaId) && isInt(request.maxWaitMs) && isInt(request.minBytes) && isInt(request.maxBytes);
  const deadline = ctx.clock.now() + (wellFormed ? Math.max(0, request.maxWaitMs) : 0);
  const keys = request.topics.flatMap((t) => t.partitions.map((p) => topicPartitionKey(t.name, p.partition)));
  let seen: string | undefined;
  let last: Read | undefined;
  for (;;) {
    if (signal?.aborted) throw new AbortedError('The fetch was cancelled');
    const watch = ctx.purgatory.watch(keys);
    try {
      const now = signature(ctx, request);
      if (now !== seen || !last) {
        last = await readAll(ctx, request, wellFormed, seen === undefined);
        seen = now;
        if (last.failed || last.bytes >= request.minBytes) return last.response;
      }
      if (ctx.clock.now() >= deadline) return last.response;
      await watch.wait(ctx.clock, deadline, signal);
    } finally {
      watch.close();
    }
  }
}

/** What a read of this request depends on; reading again is pointless while it is the same. */
function signature(ctx: ServeContext, request: FetchRequest): string {
  const follower = request.replicaId >= 0;
  const parts: Array<string | number> = [];
  for (const t of request.topics) {
    for (const p of t.partitions) {
      const r = ctx.replica(t.name, p.partition);
      if (!r) parts.push('-');
      else parts.push(r.generation, r.fenced ? 1 : 0, r.highWatermark, follower ? r.log.logEndOffset : 0, r.log.logStartOffset);
    }
  }
  return parts.join(',');
}

async function readAll(ctx: ServeContext, request: FetchRequest, wellFormed: boolean, firstRead: boolean): Promise<Read> {
  const budget = new FetchBudget(request, ctx.fetchMaxBytes, ctx.maxFetchResponseBytes);
  let failed = false;
  const topics: FetchResponse['topics'] = [];
  for (const t of request.topics) {
    const partitions: FetchPartitionResponse[] = [];
    for (const p of t.partitions) {
      const out = await readPartition(ctx, request, t.name, p, wellFormed, firstRead, budget);
      if (out.errorCode !== 0) failed = true;
      partitions.push(out);
    }
    topics.push({ name: t.name, partitions });
  }
  return { response: { errorCode: 0, topics }, bytes: budget.taken, failed };
}

async function readPartition(
  ctx: ServeContext,
  request: FetchRequest,
  topic: string,
  p: FetchPartition,
  wellFormed: boolean,
  firstRead: boolean,
  budget: FetchBudget,
): Promise<FetchPartitionResponse> {
  const out: FetchPartitionResponse = { partition: p.partition, errorCode: 0, highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: [] };
  let replica: Replica | undefined;
  try {
    if (!wellFormed) throw new BadArgumentsError('replicaId, maxWaitMs, minBytes and maxBytes must be integers');
    replica = hostedReplica(ctx, topic, p.partition);
    checkLeaderEpoch(replica, p.currentLeaderEpoch);
    const follower = request.replicaId >= 0;
    if (!replica.isLeader) throw new NotLeaderOrFollowerError(`Broker ${ctx.brokerId} does not lead ${topic}-${p.partition}`);
    if (follower && (request.replicaId === ctx.brokerId || !replica.replicas.includes(request.replicaId))) {
      throw new NotLeaderOrFollowerError(`Broker ${request.replicaId} is not a follower of ${topic}-${p.partition}`);
    }
    if (!follower && !replica.highWatermarkAvailable) {
      throw new OffsetNotAvailableError(`${topic}-${p.partition}'s new leader has not yet seen its high watermark reach the start of its epoch`);
    }
    if (!isInt(p.partitionMaxBytes) || p.partitionMaxBytes < 0) throw new BadArgumentsError('partitionMaxBytes must be a non-negative integer');
    const log = replica.log;
    out.highWatermark = out.lastStableOffset = replica.highWatermark;
    out.logStartOffset = log.logStartOffset;
    const offset = p.fetchOffset;
    if (!isInt(offset) || offset < log.logStartOffset || offset > log.logEndOffset) {
      throw new OffsetOutOfRangeError(`Offset ${String(offset)} is outside ${topic}-${p.partition}'s range [${log.logStartOffset}, ${log.logEndOffset}]`);
    }
    if (follower && firstRead) {
      replica.followerFetched(request.replicaId, offset, isInt(p.logStartOffset) ? p.logStartOffset : -1);
      out.highWatermark = out.lastStableOffset = replica.highWatermark;
    }
    const limit = budget.limit(p.partitionMaxBytes);
    if (budget.taken > 0 && limit <= 0) return out;
    const batches = await log.readBytes(offset, { maxBytes: Math.max(1, limit), maxOffset: follower ? undefined : out.highWatermark });
    out.records = budget.take(batches, limit);
  } catch (err) {
    out.errorCode = partitionErrorCode(ctx, err, 'Fetch', topic, p.partition, replica);
    // A follower told OFFSET_OUT_OF_RANGE learns the leader's log start (and high watermark) from the answer.
    if (out.errorCode !== kafkaCodeOf('OFFSET_OUT_OF_RANGE')) out.highWatermark = out.lastStableOffset = out.logStartOffset = -1;
    out.records = [];
  }
  return out;
}
