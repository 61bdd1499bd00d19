import { ClassicGroup } from './classic/group.js';
import { ConsumerGroup } from './consumer/group.js';
import { OffsetStore } from './offsets/store.js';
import type { GroupRecord } from './records/types.js';

/*
 * One shard's groups and offsets: everything the groups of one `__consumer_offsets`
 * partition are, as the partition's records rebuild it (`replay`). Records of either kind of
 * group may follow one another under one group id (a group emptied and taken over by the
 * other protocol): the latest record's kind decides, and a group known only by its offsets
 * is an Empty classic group, as in Kafka.
 */

export type Group = ClassicGroup | ConsumerGroup;

export class GroupState {
  readonly groups = new Map<string, Group>();
  readonly offsets = new OffsetStore();

  classic(groupId: string): ClassicGroup | undefined {
    const g = this.groups.get(groupId);
    return g?.type === 'classic' ? g : undefined;
  }

  consumer(groupId: string): ConsumerGroup | undefined {
    const g = this.groups.get(groupId);
    return g?.type === 'consumer' ? g : undefined;
  }

  replay(record: GroupRecord): void {
    const { groupId } = record;
    switch (record.kind) {
      case 'offset':
        this.offsets.replay(groupId, record.topic, record.partition, record.value);
        if (record.value !== null && !this.groups.has(groupId)) this.groups.set(groupId, new ClassicGroup(groupId));
        return;
      case 'classic':
        if (record.value !== null) this.groups.set(groupId, ClassicGroup.fromValue(groupId, record.value));
        else if (this.classic(groupId)) this.#delete(groupId);
        return;
      case 'consumerGroup':
        if (record.value !== null) this.#consumerOrNew(groupId).replayGroup(record.value);
        else if (this.consumer(groupId)) this.#delete(groupId);
        return;
      case 'consumerMember':
        if (record.value !== null) this.#consumerOrNew(groupId).replayMember(record.memberId, record.value);
        else this.consumer(groupId)?.replayMember(record.memberId, null);
        return;
      case 'consumerTarget':
        if (record.value !== null) this.#consumerOrNew(groupId).replayTarget(record.memberId, record.value);
        else this.consumer(groupId)?.replayTarget(record.memberId, null);
        return;
    }
  }

  /** Answers every request waiting in a classic group with `error`: the shard stops serving. */
  abandon(error: Error): void {
    for (const group of this.groups.values()) {
      if (group.type !== 'classic') continue;
      for (const m of group.members.values()) {
        m.awaitingJoin?.reject(error);
        m.awaitingSync?.reject(error);
        m.awaitingJoin = m.awaitingSync = null;
      }
    }
  }

  #consumerOrNew(groupId: string): ConsumerGroup {
    let group = this.consumer(groupId);
    if (!group) this.groups.set(groupId, (group = new ConsumerGroup(groupId)));
    return group;
  }

  /** The group goes; its offsets, if any are left, keep an Empty classic group. */
  #delete(groupId: string): void {
    this.groups.delete(groupId);
    if (this.offsets.has(groupId)) this.groups.set(groupId, new ClassicGroup(groupId));
  }
}
