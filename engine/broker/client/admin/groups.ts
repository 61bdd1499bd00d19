import {
  BadArgumentsError,
  errorFromKafkaCode,
  kafkaCodeOf,
  NonEmptyGroupError,
  type LogkeeperError,
} from '../../../errors/index.js';
import type { DescribeGroupsResponse, ConsumerGroupDescribeResponse } from '../../api/group-types.js';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP } from '../../api/types.js';
import { topicPartitionKey } from '../../metadata/types.js';
import type { Cluster } from '../cluster.js';
import { decodeAssignment } from '../consumer/consumer-protocol.js';
import { GroupCoordinator } from '../consumer/coordinator.js';
import { clusterGroupCalls, type GroupCalls } from '../consumer/group-calls.js';
import { listOffsets } from '../offsets.js';
import type { FetchOffsetsOptions, GroupDescription, GroupOverview, ResetOffsetsOptions, SetOffsetsOptions, TopicOffsetsAndLag } from './group-types.js';

/*
 * How this works. The admin client's group operations. ListGroups goes to every broker (each
 * lists the groups it coordinates); everything else to each group's coordinator
 * (FindCoordinator), retried with the client's back-off when it moved or is loading.
 * describeGroups asks ConsumerGroupDescribe first and, for the groups that are not KIP-848
 * groups (GROUP_ID_NOT_FOUND), DescribeGroups, as Kafka's admin client does; KIP-848
 * assignments name topic ids, turned into names from the metadata. Offsets are set only on an
 * empty group (NON_EMPTY_GROUP otherwise): its members would overwrite them.
 */

const GROUP_ID_NOT_FOUND = kafkaCodeOf('GROUP_ID_NOT_FOUND');

export class GroupAdmin {
  readonly #cluster: Cluster;
  readonly #calls: GroupCalls;

  constructor(cluster: Cluster) {
    this.#cluster = cluster;
    this.#calls = clusterGroupCalls(cluster);
  }

  async listGroups(): Promise<{ groups: GroupOverview[] }> {
    const groups = new Map<string, GroupOverview>();
    await this.#cluster.retry(async () => {
      const answers = await Promise.all((await this.#calls.brokerIds()).map((id) => this.#calls.at(id, 'listGroups', { statesFilter: [], typesFilter: [] })));
      for (const answer of answers) {
        const error = errorFromKafkaCode(answer.errorCode, 'ListGroups');
        if (error) throw error;
        for (const g of answer.groups) groups.set(g.groupId, { groupId: g.groupId, protocolType: g.protocolType, groupState: g.groupState, groupType: g.groupType });
      }
    });
    return { groups: [...groups.values()].sort((a, b) => (a.groupId < b.groupId ? -1 : 1)) };
  }

  async describeGroups(groupIds: string[]): Promise<{ groups: GroupDescription[] }> {
    checkGroupIds(groupIds, 'describeGroups');
    const groups = await Promise.all(groupIds.map((groupId) => this.#describe(groupId)));
    return { groups };
  }

  /** The group's committed offsets with each partition's high watermark and lag. */
  async fetchOffsets({ groupId, topics }: FetchOffsetsOptions): Promise<TopicOffsetsAndLag[]> {
    checkGroupIds([groupId], 'fetchOffsets');
    if (topics !== undefined && (!Array.isArray(topics) || topics.some((t) => typeof t !== 'string' || t.length === 0))) throw new BadArgumentsError('fetchOffsets: topics must be topic names');
    let asked: Array<{ name: string; partitionIndexes: number[] }> | null = null;
    if (topics) {
      await this.#cluster.ensureTopics(topics);
      asked = topics.map((name) => ({ name, partitionIndexes: this.#cluster.metadata.partitions(name).map((p) => p.partition) }));
    }
    const coordinator = this.#coordinator(groupId);
    const committed = await coordinator.retry(async () => {
      const answer = await coordinator.send('offsetFetch', { groups: [{ groupId, memberId: null, memberEpoch: -1, topics: asked }], requireStable: true });
      const group = answer.groups[0]!;
      coordinator.check(group.errorCode, `OffsetFetch of group '${groupId}'`);
      for (const t of group.topics) for (const p of t.partitions) coordinator.check(p.errorCode, `OffsetFetch of ${t.name}-${p.partitionIndex}`);
      return group.topics;
    });
    const high = await listOffsets(this.#cluster, committed.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex, timestamp: LATEST_TIMESTAMP }))));
    return committed.map((t) => ({
      topic: t.name,
      partitions: t.partitions
        .map((p) => {
          const h = high.get(topicPartitionKey(t.name, p.partitionIndex))!.offset;
          const offset = p.committedOffset;
          return { partition: p.partitionIndex, offset, metadata: p.metadata, high: h, lag: offset < 0 ? null : Math.max(0, h - offset) };
        })
        .sort((a, b) => a.partition - b.partition),
    }));
  }

  /** Commits every partition of `topic` at its log's start or end, for an empty group. */
  async resetOffsets({ groupId, topic, earliest = false }: ResetOffsetsOptions): Promise<void> {
    checkGroupIds([groupId], 'resetOffsets');
    await this.#cluster.ensureTopics([topic]);
    const partitions = this.#cluster.metadata.partitions(topic).map((p) => p.partition);
    const at = await listOffsets(this.#cluster, partitions.map((partition) => ({ topic, partition, timestamp: earliest ? EARLIEST_TIMESTAMP : LATEST_TIMESTAMP })));
    await this.setOffsets({ groupId, topic, partitions: partitions.map((partition) => ({ partition, offset: at.get(topicPartitionKey(topic, partition))!.offset })) });
  }

  /** Commits these offsets for an empty group. */
  async setOffsets({ groupId, topic, partitions }: SetOffsetsOptions): Promise<void> {
    checkGroupIds([groupId], 'setOffsets');
    if (typeof topic !== 'string' || topic.length === 0 || !Array.isArray(partitions) || partitions.some((p) => !Number.isInteger(p?.partition) || p.partition < 0 || !Number.isSafeInteger(p.offset) || p.offset < 0)) {
      throw new BadArgumentsError('setOffsets needs { groupId, topic, partitions: [{ partition, offset }] } with non-negative integers');
    }
    const [description] = (await this.describeGroups([groupId])).groups;
    if (description!.members.length > 0) throw new NonEmptyGroupError(`Group '${groupId}' has ${description!.members.length} member(s) (state ${description!.state}): stop them before setting its offsets`);
    const coordinator = this.#coordinator(groupId);
    await coordinator.retry(async () => {
      const request = {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [{ name: topic, partitions: partitions.map((p) => ({ partitionIndex: p.partition, committedOffset: p.offset, committedLeaderEpoch: -1, committedMetadata: null })) }],
      };
      const answer = await coordinator.send('offsetCommit', request);
      for (const t of answer.topics) for (const p of t.partitions) coordinator.check(p.errorCode, `OffsetCommit of ${t.name}-${p.partitionIndex}`);
    });
  }

  /** Deletes empty groups (their offsets with them); throws the first group's error when any fails, naming them all. */
  async deleteGroups(groupIds: string[]): Promise<Array<{ groupId: string; errorCode: number }>> {
    checkGroupIds(groupIds, 'deleteGroups');
    const results = await Promise.all(
      groupIds.map(async (groupId) => {
        const coordinator = this.#coordinator(groupId);
        return coordinator.retry(async () => {
          const answer = await coordinator.send('deleteGroups', { groupsNames: [groupId] });
          const result = answer.results.find((r) => r.groupId === groupId) ?? { groupId, errorCode: kafkaCodeOf('INTERNAL') };
          const error = errorFromKafkaCode(result.errorCode);
          if (error?.retriable) coordinator.check(result.errorCode);
          return result;
        });
      }),
    );
    const failed = results.filter((r) => r.errorCode !== 0);
    if (failed.length > 0) {
      const first = errorFromKafkaCode(failed[0]!.errorCode)!;
      const Type = first.constructor as new (message: string) => LogkeeperError;
      throw new Type(`deleteGroups: ${failed.map((r) => `'${r.groupId}': ${errorFromKafkaCode(r.errorCode)!.code}`).join(', ')}`);
    }
    return results;
  }

  #coordinator(groupId: string): GroupCoordinator {
    return new GroupCoordinator(this.#calls, groupId, this.#cluster.retryContext);
  }

  async #describe(groupId: string): Promise<GroupDescription> {
    const coordinator = this.#coordinator(groupId);
    const kip848 = await coordinator.retry(async () => {
      const answer: ConsumerGroupDescribeResponse = await coordinator.send('consumerGroupDescribe', { groupIds: [groupId] });
      const group = answer.groups[0]!;
      if (group.errorCode !== GROUP_ID_NOT_FOUND) coordinator.check(group.errorCode, group.errorMessage ?? `ConsumerGroupDescribe of '${groupId}'`);
      return group;
    });
    if (kip848.errorCode === 0) {
      const names = await this.#topicNames(kip848.members.flatMap((m) => m.assignment.map((a) => a.topicId)));
      return {
        errorCode: 0,
        groupId,
        state: kip848.groupState,
        protocolType: 'consumer',
        protocol: kip848.assignorName,
        groupType: 'consumer',
        members: kip848.members.map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.instanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          memberMetadata: new Uint8Array(0),
          memberAssignment: new Uint8Array(0),
          assignment: m.assignment.map((a) => ({ topic: names.get(a.topicId) ?? a.topicId, partitions: [...a.partitions].sort((x, y) => x - y) })),
          memberEpoch: m.memberEpoch,
        })),
      };
    }
    const classic = await coordinator.retry(async () => {
      const answer: DescribeGroupsResponse = await coordinator.send('describeGroups', { groups: [groupId] });
      const group = answer.groups[0]!;
      if (group.errorCode !== GROUP_ID_NOT_FOUND) coordinator.check(group.errorCode, `DescribeGroups of '${groupId}'`);
      return group;
    });
    // A group that does not exist: some coordinators answer GROUP_ID_NOT_FOUND, older ones (and Kafka before DescribeGroups v6) state Dead.
    const missing = classic.errorCode === GROUP_ID_NOT_FOUND || (classic.groupState === 'Dead' && classic.members.length === 0);
    return {
      errorCode: missing ? GROUP_ID_NOT_FOUND : classic.errorCode,
      groupId,
      state: missing ? 'Dead' : classic.groupState,
      protocolType: classic.protocolType,
      protocol: classic.protocolData,
      groupType: 'classic',
      members: classic.members.map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        memberMetadata: m.memberMetadata,
        memberAssignment: m.memberAssignment,
        assignment: classic.protocolType === 'consumer' ? decodeAssignment(m.memberAssignment).assignedPartitions : [],
        memberEpoch: -1,
      })),
    };
  }

  /** Topic names by id, from the metadata of every topic. */
  async #topicNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const answer = await this.#cluster.retry(() => this.#cluster.callAny('metadata', { topics: null, allowAutoTopicCreation: false }));
    return new Map(answer.topics.map((t) => [t.topicId, t.name]));
  }
}

function checkGroupIds(groupIds: string[], what: string): void {
  if (!Array.isArray(groupIds) || groupIds.length === 0 || groupIds.some((g) => typeof g !== 'string' || g.length === 0)) {
    throw new BadArgumentsError(`${what} needs group ids (non-empty strings)`);
  }
}
