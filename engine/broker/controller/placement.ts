import { InvalidPartitionsError, InvalidReplicationFactorError } from '../../errors/index.js';
import type { Random } from '../../time/random.js';

/*
 * Replica placement, rack-unaware, as Kafka does it. With the brokers sorted by id,
 * partition p's first replica (its preferred leader) is broker (start + p) mod n: leaders go
 * round the brokers. Its other replicas follow the first at distances 1 + (shift + j) mod
 * (n - 1), j = 0, 1, …, so they are distinct and never the leader; the shift grows by one
 * each time the leaders have been round all the brokers, so that the followers of one broker's
 * partitions are not always the same brokers. Over a multiple of n partitions every broker
 * gets as many leaders and as many replicas as any other.
 *
 * A new topic draws `start` and the first `shift` from the injected Random (Kafka draws them
 * too, so topics do not all lead on the same broker); partitions added to a topic continue
 * its pattern from its partition 0 instead (`fixedStart`).
 */

export interface PlacementOptions {
  /** The number of the first partition placed (partitions added to a topic); default 0. */
  firstPartition?: number;
  /** Use this as start index and first shift instead of drawing them. */
  fixedStart?: number;
}

/** Replica lists for `partitions` partitions over `brokers` (sorted here), `replicationFactor` each. */
export function placeReplicas(brokers: readonly number[], partitions: number, replicationFactor: number, random: Random, options: PlacementOptions = {}): number[][] {
  const ids = [...brokers].sort((a, b) => a - b);
  const n = ids.length;
  if (!Number.isInteger(partitions) || partitions <= 0) throw new InvalidPartitionsError('Number of partitions must be larger than 0');
  if (!Number.isInteger(replicationFactor) || replicationFactor <= 0) throw new InvalidReplicationFactorError('Replication factor must be larger than 0');
  if (replicationFactor > n) throw new InvalidReplicationFactorError(`Replication factor: ${replicationFactor} larger than available brokers: ${n}`);
  const fixed = options.fixedStart !== undefined && options.fixedStart >= 0;
  const start = fixed ? options.fixedStart! : random.int(n);
  let shift = fixed ? options.fixedStart! : random.int(n);
  const out: number[][] = [];
  for (let p = options.firstPartition ?? 0, placed = 0; placed < partitions; p++, placed++) {
    if (p > 0 && p % n === 0) shift++;
    const first = (p + start) % n;
    const replicas = [ids[first]!];
    for (let j = 0; j < replicationFactor - 1; j++) replicas.push(ids[(first + 1 + ((shift + j) % (n - 1))) % n]!);
    out.push(replicas);
  }
  return out;
}

/** Where a topic's added partitions start: the index of the first broker >= its partition 0's leader (Kafka's rule). */
export function continuationStart(brokers: readonly number[], partitionZero: readonly number[]): number {
  const ids = [...brokers].sort((a, b) => a - b);
  return Math.max(0, ids.findIndex((id) => id >= partitionZero[0]!));
}
