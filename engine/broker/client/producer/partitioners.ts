import type { Random } from '../../../time/random.js';
import type { PartitionMetadata } from '../../api/types.js';
import { partitionForKey, toPositive } from '../../partitioner.js';

/*
 * How a producer picks the partition of a message that names none, as Kafka's Java client:
 *
 * - DefaultPartitioner: a keyed message goes to toPositive(murmur2(key)) % partitions (all of
 *   them, available or not, so a key never moves). A keyless one goes to the topic's sticky
 *   partition (KIP-480): every keyless message goes there until a new batch would have to be
 *   opened for it (the last one was sent, or is full), then the partitioner moves on to another
 *   partition chosen at random among those with a leader, so batches fill up and spread.
 * - RoundRobinPartitioner: every message, keyed or not, to the next partition with a leader.
 *
 * A custom partitioner is a factory of objects with `partition` (and optionally `onNewBatch`).
 */

export interface PartitionerArgs {
  topic: string;
  /** The topic's partitions, by partition number. */
  partitionMetadata: readonly PartitionMetadata[];
  /** The message's key as bytes (strings UTF-8), or null. */
  key: Uint8Array | null;
}

export interface Partitioner {
  /** The partition (0 to partitionMetadata.length - 1) of a message that names none. */
  partition(args: PartitionerArgs): number;
  /**
   * A message of `topic` that `partition` chose for `previousPartition` would open a new batch
   * there; a sticky partitioner moves on, and the producer asks `partition` again.
   */
  onNewBatch?(topic: string, previousPartition: number, partitionMetadata: readonly PartitionMetadata[]): void;
}

export type PartitionerFactory = (context: { random: Random }) => Partitioner;

const available = (partitions: readonly PartitionMetadata[]): PartitionMetadata[] => partitions.filter((p) => p.leader >= 0);

class DefaultPartitioner implements Partitioner {
  readonly #random: Random;
  readonly #sticky = new Map<string, number>();

  constructor(random: Random) {
    this.#random = random;
  }

  partition({ topic, partitionMetadata, key }: PartitionerArgs): number {
    if (key !== null) return partitionForKey(key, partitionMetadata.length);
    return this.#sticky.get(topic) ?? this.#choose(topic, partitionMetadata, undefined);
  }

  onNewBatch(topic: string, previousPartition: number, partitionMetadata: readonly PartitionMetadata[]): void {
    const current = this.#sticky.get(topic);
    if (current === undefined || current === previousPartition) this.#choose(topic, partitionMetadata, current);
  }

  /** A partition with a leader other than `old` when there is one (Java's StickyPartitionCache.nextPartition). */
  #choose(topic: string, partitions: readonly PartitionMetadata[], old: number | undefined): number {
    const candidates = available(partitions);
    let chosen: number;
    if (candidates.length === 0) chosen = this.#random.int(partitions.length);
    else if (candidates.length === 1) chosen = candidates[0]!.partition;
    else {
      const others = candidates.filter((p) => p.partition !== old);
      chosen = this.#random.pick(others).partition;
    }
    this.#sticky.set(topic, chosen);
    return chosen;
  }
}

class RoundRobinPartitioner implements Partitioner {
  readonly #counters = new Map<string, number>();

  partition({ topic, partitionMetadata }: PartitionerArgs): number {
    const next = this.#counters.get(topic) ?? 0;
    this.#counters.set(topic, (next + 1) | 0);
    const candidates = available(partitionMetadata);
    if (candidates.length === 0) return toPositive(next) % partitionMetadata.length;
    return candidates[toPositive(next) % candidates.length]!.partition;
  }
}

export const Partitioners = Object.freeze({
  DefaultPartitioner: (({ random }) => new DefaultPartitioner(random)) as PartitionerFactory,
  RoundRobinPartitioner: (() => new RoundRobinPartitioner()) as PartitionerFactory,
});
