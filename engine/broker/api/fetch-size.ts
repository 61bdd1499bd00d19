/*
 * How large a FetchResponse (broker.proto) is at most, beyond its batches: what a broker
 * subtracts from the frame before it fills an answer with batches, and what a consumer
 * subtracts from its own frame limit before it asks for maxBytes. Protobuf's worst case per
 * field: a tag (1 byte here), a varint of at most 5 bytes (sint32, lengths), a double of 8.
 */

/** A batch in `records`: its tag and length. */
export const FETCH_BATCH_OVERHEAD_BYTES = 1 + 5;

/** A FetchPartitionResponse without its batches: its own tag and length, partition, error code, three doubles. */
const PARTITION_BYTES = 6 + 6 + 6 + 3 * 9;
/** A FetchTopicResponse without its name's bytes and its partitions: its tag and length, the name's tag and length. */
const TOPIC_BYTES = 6 + 6;
/** The FetchResponse's own error code. */
const RESPONSE_BYTES = 6;

const encoder = new TextEncoder();

/** The most bytes the answer to a fetch of `topics` holds besides its batches and their FETCH_BATCH_OVERHEAD_BYTES. */
export function fetchResponseOverhead(topics: ReadonlyArray<{ readonly name: string; readonly partitions: readonly unknown[] }>): number {
  let bytes = RESPONSE_BYTES;
  for (const t of topics) bytes += TOPIC_BYTES + encoder.encode(t.name).byteLength + t.partitions.length * PARTITION_BYTES;
  return bytes;
}

/** The smallest batch there is (RecordBatch v2's header): a batch's tag and length add at most 6/61 to its bytes. */
const MIN_BATCH_BYTES = 61;

/**
 * The most record bytes a fetch of `topics` may ask for so that its answer fits a payload of
 * `maxPayloadBytes` (a frame less the RPC envelope), however small its batches; at least 1.
 * The first batch of an answer may still be larger (KIP-74), up to the topic's max.message.bytes.
 */
export function fetchMaxBytesWithin(maxPayloadBytes: number, topics: Parameters<typeof fetchResponseOverhead>[0]): number {
  const room = maxPayloadBytes - fetchResponseOverhead(topics);
  return Math.max(1, Math.floor((room * MIN_BATCH_BYTES) / (MIN_BATCH_BYTES + FETCH_BATCH_OVERHEAD_BYTES)));
}
