/*
 * Which partition of `__consumer_offsets` holds a group, and so which broker coordinates it:
 * Kafka's `Utils.abs(groupId.hashCode()) % n`, with Java's String.hashCode (31·h + c over the
 * UTF-16 code units, wrapping at 32 bits) and Kafka's abs (Integer.MIN_VALUE gives 0, not
 * itself). Kafka's tools and clients compute the same partition for the same group.
 */

export const OFFSETS_TOPIC = '__consumer_offsets';

/** Java's String.hashCode: an int32. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** Kafka's Utils.abs: |n|, and 0 for the one int32 without a positive counterpart. */
const kafkaAbs = (n: number): number => (n === -0x80000000 ? 0 : Math.abs(n));

/** The `__consumer_offsets` partition of `groupId` among `partitions`. */
export function coordinatorPartition(groupId: string, partitions: number): number {
  return kafkaAbs(javaStringHash(groupId)) % partitions;
}
