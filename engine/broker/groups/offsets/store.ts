import type { OffsetValue } from '../records/types.js';

/*
 * The committed offsets of a shard's groups, as the records say (last write wins; a
 * tombstone deletes). Both protocols commit here.
 */

export class OffsetStore {
  readonly #groups = new Map<string, Map<string, Map<number, OffsetValue>>>();

  replay(groupId: string, topic: string, partition: number, value: OffsetValue | null): void {
    let topics = this.#groups.get(groupId);
    if (value === null) {
      const partitions = topics?.get(topic);
      partitions?.delete(partition);
      if (partitions?.size === 0) topics!.delete(topic);
      if (topics?.size === 0) this.#groups.delete(groupId);
      return;
    }
    if (!topics) this.#groups.set(groupId, (topics = new Map()));
    let partitions = topics.get(topic);
    if (!partitions) topics.set(topic, (partitions = new Map()));
    partitions.set(partition, value);
  }

  get(groupId: string, topic: string, partition: number): OffsetValue | undefined {
    return this.#groups.get(groupId)?.get(topic)?.get(partition);
  }

  /** Every committed offset of a group, by topic and partition. */
  of(groupId: string): ReadonlyMap<string, ReadonlyMap<number, OffsetValue>> {
    return this.#groups.get(groupId) ?? new Map();
  }

  has(groupId: string): boolean {
    return this.#groups.has(groupId);
  }
}
