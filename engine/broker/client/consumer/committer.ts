import {
  FencedMemberEpochError,
  IllegalGenerationError,
  InternalError,
  StaleMemberEpochError,
  toLogkeeperError,
  UnknownMemberIdError,
  type LogkeeperError,
} from '../../../errors/index.js';
import type { OffsetCommitResponse, OffsetFetchResponse } from '../../api/group-types.js';
import { topicPartitionKey } from '../../metadata/types.js';
import type { GroupCoordinator } from './coordinator.js';
import type { TopicPartitionOffset } from './consumer-types.js';
import { byTopic, type CommitIdentity } from './membership.js';
import type { TopicPartition } from './partition-consumer.js';

/*
 * How this works. Offsets go to the group's coordinator: OffsetCommit carries the member's
 * identity (classic generation or KIP-848 member epoch, member id, instance id), so that a
 * member the group has moved past cannot overwrite its successor's progress; OffsetFetch reads
 * where a newly assigned partition starts (a KIP-848 member's OffsetFetch that the coordinator
 * refuses as STALE_MEMBER_EPOCH or UNKNOWN_MEMBER_ID is asked again: the member is behind the
 * coordinator, and its membership learns so at its next heartbeat, dropping these partitions
 * if they are no longer its own). Commits run one at a time, in call order.
 * Retriable errors (a moved coordinator, UNSTABLE_OFFSET_COMMIT while another member's commit
 * is pending) are retried with the client's back-off, and so is STALE_MEMBER_EPOCH (the member's
 * epoch moved on while the commit was on its way; the next attempt carries the new one). Errors that say the member is out of date
 * (REBALANCE_IN_PROGRESS, ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID, FENCED_MEMBER_EPOCH) reach the
 * caller: nothing was committed.
 *
 * Each attempt carries the member's identity as it is then, which is right only while the
 * member still owns what it owned when the commit was asked for: a member that lost its
 * partitions (fenced, expired) and joined again may own them anew, and others may have read
 * and committed past these offsets meanwhile. So a commit asked for before a loss (`losses`
 * moved) is not sent any more: it fails as the member's out-of-date error.
 */

export interface CommitterOptions {
  groupId: string;
  groupProtocol: 'classic' | 'consumer';
  coordinator: GroupCoordinator;
  identity(): CommitIdentity;
  /** Bumped whenever the member loses partitions (AssignedPartitions.losses). */
  losses(): number;
  requestTimeoutMs: number;
  /** Called after each successful commit with what it committed. */
  committed(offsets: TopicPartitionOffset[], identity: CommitIdentity): void;
}

export class OffsetCommitter {
  readonly #o: CommitterOptions;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(options: CommitterOptions) {
    this.#o = options;
  }

  /** Commits `offsets` (each the next offset to read), after any commit already under way. */
  commit(offsets: readonly TopicPartitionOffset[], signal?: AbortSignal): Promise<void> {
    const list = [...offsets];
    const losses = this.#o.losses();
    const run = this.#chain.then(() => (list.length === 0 ? undefined : this.#commitNow(list, losses, signal)));
    this.#chain = run.catch(() => {});
    return run;
  }

  /** The committed offset of each partition, by topicPartitionKey; -1 where none is. */
  async committed(partitions: readonly TopicPartition[], signal?: AbortSignal): Promise<Map<string, number>> {
    const { coordinator } = this.#o;
    return coordinator.retry(async () => {
      const identity = this.#o.identity();
      const kip848 = this.#o.groupProtocol === 'consumer' && identity.memberId !== '';
      const request = {
        groups: [
          {
            groupId: this.#o.groupId,
            memberId: kip848 ? identity.memberId : null,
            memberEpoch: kip848 ? identity.generationIdOrMemberEpoch : -1,
            topics: byTopic(partitions).map(({ topic, partitions: ps }) => ({ name: topic, partitionIndexes: ps })),
          },
        ],
        requireStable: true,
      };
      const answer: OffsetFetchResponse = await coordinator.send('offsetFetch', request, { signal, timeoutMs: this.#o.requestTimeoutMs });
      const group = answer.groups.find((g) => g.groupId === this.#o.groupId) ?? answer.groups[0];
      if (!group) throw new InternalError(`OffsetFetch gave no answer for group '${this.#o.groupId}'`);
      const error = errorOf(coordinator, group.errorCode, `OffsetFetch of group '${this.#o.groupId}'`);
      if (error?.code === 'STALE_MEMBER_EPOCH') throw new StaleMemberEpochError(error.message, { retriable: true });
      if (error?.code === 'UNKNOWN_MEMBER_ID') throw new UnknownMemberIdError(error.message, { retriable: true });
      if (error) throw error;
      const offsets = new Map<string, number>();
      for (const t of group.topics) {
        for (const p of t.partitions) {
          coordinator.check(p.errorCode, `OffsetFetch of ${t.name}-${p.partitionIndex}`);
          offsets.set(topicPartitionKey(t.name, p.partitionIndex), p.committedOffset);
        }
      }
      return new Map(partitions.map((tp) => [topicPartitionKey(tp.topic, tp.partition), offsets.get(topicPartitionKey(tp.topic, tp.partition)) ?? -1]));
    }, signal);
  }

  async #commitNow(offsets: TopicPartitionOffset[], losses: number, signal?: AbortSignal): Promise<void> {
    const { coordinator } = this.#o;
    await coordinator.retry(async () => {
      if (this.#o.losses() !== losses) {
        const why = `The member lost partitions after this commit was asked for: it is not sent (group '${this.#o.groupId}')`;
        throw this.#o.groupProtocol === 'classic' ? new IllegalGenerationError(why) : new FencedMemberEpochError(why);
      }
      const identity = this.#o.identity();
      const request = {
        groupId: this.#o.groupId,
        generationIdOrMemberEpoch: identity.generationIdOrMemberEpoch,
        memberId: identity.memberId,
        groupInstanceId: identity.groupInstanceId,
        topics: byTopic(offsets).map(({ topic, partitions }) => ({
          name: topic,
          partitions: partitions.map((partition) => ({
            partitionIndex: partition,
            committedOffset: offsets.find((o) => o.topic === topic && o.partition === partition)!.offset,
            committedLeaderEpoch: -1,
            committedMetadata: null,
          })),
        })),
      };
      const answer: OffsetCommitResponse = await coordinator.send('offsetCommit', request, { signal, timeoutMs: this.#o.requestTimeoutMs });
      const error = firstError(answer, coordinator);
      // The member's epoch moved on while the commit was on its way: the next attempt carries the new one.
      if (error?.code === 'STALE_MEMBER_EPOCH') throw new StaleMemberEpochError(error.message, { retriable: true });
      if (error) throw error;
      this.#o.committed(offsets, identity);
    }, signal);
  }
}

/** The typed error of `errorCode` (the coordinator forgotten if it says it moved), or undefined. */
function errorOf(coordinator: GroupCoordinator, errorCode: number, message: string): LogkeeperError | undefined {
  try {
    coordinator.check(errorCode, message);
    return undefined;
  } catch (error) {
    return toLogkeeperError(error);
  }
}

/** The first partition error of a commit answer (the coordinator forgotten if it says it moved). */
function firstError(answer: OffsetCommitResponse, coordinator: GroupCoordinator): LogkeeperError | undefined {
  for (const t of answer.topics) {
    for (const p of t.partitions) {
      const error = errorOf(coordinator, p.errorCode, `OffsetCommit of ${t.name}-${p.partitionIndex}`);
      if (error) return error;
    }
  }
  return undefined;
}
