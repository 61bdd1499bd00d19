import { BadArgumentsError } from '../errors/index.js';

/*
 * Key hashing exactly as Kafka's Java client does it, so that a key lands on the partition
 * number it would get from a Kafka producer: murmur2 (Kafka's `Utils.murmur2`, a 32-bit
 * MurmurHash2 with seed 0x9747b28c, little-endian 4-byte blocks) made non-negative by
 * clearing the sign bit (`Utils.toPositive`), modulo the partition count. String keys hash as
 * their UTF-8 bytes (Java's `StringSerializer`). 32-bit multiplication is Math.imul, which
 * wraps as Java's int arithmetic does.
 */

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

const utf8 = new TextEncoder();

/** Kafka's `Utils.murmur2`: a signed 32-bit hash of the bytes. */
export function murmur2(bytes: Uint8Array): number {
  const length = bytes.length;
  let h = SEED ^ length;
  const blocks = length & ~3;
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  const tail = length & 3; // Java's switch falls through from case 3 to case 1
  if (tail === 3) h ^= bytes[blocks + 2]! << 16;
  if (tail >= 2) h ^= bytes[blocks + 1]! << 8;
  if (tail >= 1) h = Math.imul(h ^ bytes[blocks]!, M);
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's `Utils.toPositive`: the hash with its sign bit cleared (not its absolute value). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/** A key's bytes as Kafka hashes them: strings as UTF-8. */
function keyBytes(key: Uint8Array | string): Uint8Array {
  if (key instanceof Uint8Array) return key;
  if (typeof key === 'string') return utf8.encode(key);
  throw new BadArgumentsError('A key must be a Uint8Array or a string');
}

/** The partition Kafka's default partitioner gives a keyed record: `toPositive(murmur2(key)) % numPartitions`. */
export function partitionForKey(key: Uint8Array | string, numPartitions: number): number {
  if (!Number.isInteger(numPartitions) || numPartitions < 1 || numPartitions > 0x7fffffff) {
    throw new BadArgumentsError(`numPartitions must be a positive int32, got ${String(numPartitions)}`);
  }
  return toPositive(murmur2(keyBytes(key))) % numPartitions;
}
