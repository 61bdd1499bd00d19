import { RecordTooLargeError } from '../../errors/index.js';
import { FETCH_BATCH_OVERHEAD_BYTES, fetchResponseOverhead } from '../api/fetch-size.js';
import type { FetchRequest } from '../api/types.js';

/*
 * What one fetch answer may still take, as its partitions are read in request order. Two
 * bounds, as Kafka has one and a frame adds the other:
 *
 *   records  min(the request's maxBytes, the broker's fetchMaxBytes), and each partition's
 *            partitionMaxBytes — soft: the first batch of the first partition with data comes
 *            whole however large (KIP-74), so that a consumer always makes progress;
 *   frame    the answer's encoded bytes (every partition's fields, each batch's tag and
 *            length, the batches) within what the connection carries — hard: a batch that
 *            does not fit is left for the next fetch, and a first batch that cannot fit an
 *            empty answer is RECORD_TOO_LARGE for its partition (a broker never accepts such
 *            a batch over its own transport, whose frame carried it in).
 */

export class FetchBudget {
  #records: number;
  #frame: number;
  #taken = 0;

  constructor(request: FetchRequest, fetchMaxBytes: number, maxResponseBytes: number) {
    this.#records = Math.min(request.maxBytes, fetchMaxBytes);
    this.#frame = maxResponseBytes - fetchResponseOverhead(request.topics);
  }

  /** Record bytes taken so far. */
  get taken(): number {
    return this.#taken;
  }

  /** How many record bytes a partition with this partitionMaxBytes may read now (0 or less: none, unless it is the first with data). */
  limit(partitionMaxBytes: number): number {
    return Math.min(partitionMaxBytes, this.#records - this.#taken, this.#frame - FETCH_BATCH_OVERHEAD_BYTES);
  }

  /** Of `batches` read under `limit`, the ones the answer takes; throws RECORD_TOO_LARGE for a first batch that fits no answer. */
  take(batches: Uint8Array[], limit: number): Uint8Array[] {
    if (batches.length === 0) return batches;
    const first = this.#taken === 0;
    // Only the first partition with data may go over the record limits (with its first batch).
    if (!first && batches[0]!.length > limit) return [];
    let kept = 0;
    let frame = this.#frame;
    while (kept < batches.length && batches[kept]!.length + FETCH_BATCH_OVERHEAD_BYTES <= frame) {
      frame -= batches[kept]!.length + FETCH_BATCH_OVERHEAD_BYTES;
      kept++;
    }
    if (kept === 0 && first) {
      throw new RecordTooLargeError(`A batch of ${batches[0]!.length} bytes does not fit a fetch answer of at most ${this.#frame} bytes for its records`);
    }
    this.#frame = frame;
    const out = kept === batches.length ? batches : batches.slice(0, kept);
    for (const b of out) this.#taken += b.length;
    return out;
  }
}
