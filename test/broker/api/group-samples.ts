import type { GroupRequestOf, GroupResponseOf } from '../../../engine/broker/api/group-codec.js';
import type { GroupApiName } from '../../../engine/broker/api/group-types.js';

/**
 * One request and one answer of every consumer-group API, written out: sentinels (-1, -2),
 * nulls next to empty strings and lists (which must stay apart), metadata as bytes.
 */

const subscription = Uint8Array.of(0, 1, 0, 0, 0, 1, 0, 6, 111, 114, 100, 101, 114, 115, 255, 255, 255, 255);
const topicId = 'AAAAAAAAAAAAAAAAAAAAAA';

export const GROUP_SAMPLES: { [K in GroupApiName]: { request: GroupRequestOf<K>; response: GroupResponseOf<K> } } = {
  findCoordinator: {
    request: { keyType: 0, keys: ['orders-app', ''] },
    response: { coordinators: [{ key: 'orders-app', nodeId: 2, errorCode: 0, errorMessage: null }, { key: '', nodeId: -1, errorCode: 15, errorMessage: 'loading' }] },
  },
  joinGroup: {
    request: {
      groupId: 'g',
      sessionTimeoutMs: 45000,
      rebalanceTimeoutMs: 300000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: [{ name: 'cooperative-sticky', metadata: subscription }, { name: 'range', metadata: new Uint8Array(0) }],
      reason: null,
    },
    response: {
      errorCode: 0,
      generationId: 7,
      protocolType: 'consumer',
      protocolName: 'range',
      leader: 'm-1',
      skipAssignment: false,
      memberId: 'm-1',
      members: [{ memberId: 'm-1', groupInstanceId: 'i-1', metadata: subscription }, { memberId: 'm-2', groupInstanceId: null, metadata: new Uint8Array(0) }],
    },
  },
  syncGroup: {
    request: { groupId: 'g', generationId: 7, memberId: 'm-1', groupInstanceId: '', protocolType: null, protocolName: 'range', assignments: [{ memberId: 'm-2', assignment: subscription }] },
    response: { errorCode: 0, protocolType: null, protocolName: '', assignment: subscription },
  },
  heartbeat: {
    request: { groupId: 'g', generationId: -1, memberId: 'm-1', groupInstanceId: null },
    response: { errorCode: 27 },
  },
  leaveGroup: {
    request: { groupId: 'g', members: [{ memberId: 'm-1', groupInstanceId: null, reason: 'closing' }, { memberId: '', groupInstanceId: 'i-1', reason: null }] },
    response: { errorCode: 0, members: [{ memberId: 'm-1', groupInstanceId: null, errorCode: 0 }, { memberId: '', groupInstanceId: 'i-1', errorCode: 25 }] },
  },
  offsetCommit: {
    request: {
      groupId: 'g',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      groupInstanceId: null,
      topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, committedOffset: 2 ** 40, committedLeaderEpoch: -1, committedMetadata: null }, { partitionIndex: 1, committedOffset: 0, committedLeaderEpoch: 3, committedMetadata: '' }] }],
    },
    response: { topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, errorCode: 0 }, { partitionIndex: 1, errorCode: 22 }] }] },
  },
  offsetFetch: {
    request: {
      groups: [
        { groupId: 'g', memberId: null, memberEpoch: -1, topics: null },
        { groupId: 'h', memberId: 'm-1', memberEpoch: 4, topics: [{ name: 'orders', partitionIndexes: [0, 1] }, { name: 'empty', partitionIndexes: [] }] },
        { groupId: 'i', memberId: '', memberEpoch: 0, topics: [] },
      ],
      requireStable: true,
    },
    response: {
      groups: [
        {
          groupId: 'g',
          errorCode: 0,
          topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, committedOffset: -1, committedLeaderEpoch: -1, metadata: null, errorCode: 0 }, { partitionIndex: 1, committedOffset: 12, committedLeaderEpoch: 2, metadata: '', errorCode: 0 }] }],
        },
        { groupId: 'h', errorCode: 113, topics: [] },
      ],
    },
  },
  offsetDelete: {
    request: { groupId: 'g', topics: [{ name: 'orders', partitions: [0, 2] }] },
    response: { errorCode: 0, topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, errorCode: 0 }, { partitionIndex: 2, errorCode: 86 }] }] },
  },
  describeGroups: {
    request: { groups: ['g', ''] },
    response: {
      groups: [
        {
          errorCode: 0,
          groupId: 'g',
          groupState: 'Stable',
          protocolType: 'consumer',
          protocolData: 'range',
          members: [{ memberId: 'm-1', groupInstanceId: null, clientId: '', clientHost: '', memberMetadata: subscription, memberAssignment: new Uint8Array(0) }],
        },
        { errorCode: 0, groupId: '', groupState: 'Dead', protocolType: '', protocolData: '', members: [] },
      ],
    },
  },
  listGroups: {
    request: { statesFilter: ['Stable', 'Empty'], typesFilter: [] },
    response: { errorCode: 0, groups: [{ groupId: 'g', protocolType: 'consumer', groupState: 'Stable', groupType: 'classic' }] },
  },
  deleteGroups: {
    request: { groupsNames: ['g', 'h'] },
    response: { results: [{ groupId: 'g', errorCode: 0 }, { groupId: 'h', errorCode: 68 }] },
  },
  consumerGroupHeartbeat: {
    request: {
      groupId: 'g',
      memberId: '',
      memberEpoch: 0,
      instanceId: null,
      rackId: null,
      rebalanceTimeoutMs: 300000,
      subscribedTopicNames: ['orders'],
      subscribedTopicRegex: null,
      serverAssignor: 'uniform',
      topicPartitions: [],
    },
    response: { errorCode: 0, errorMessage: null, memberId: 'm-1', memberEpoch: 3, heartbeatIntervalMs: 5000, assignment: { topicPartitions: [{ topicId, partitions: [0, 2] }] } },
  },
  consumerGroupDescribe: {
    request: { groupIds: ['g'] },
    response: {
      groups: [
        {
          errorCode: 0,
          errorMessage: null,
          groupId: 'g',
          groupState: 'Reconciling',
          groupEpoch: 4,
          assignmentEpoch: 4,
          assignorName: 'uniform',
          members: [
            {
              memberId: 'm-1',
              instanceId: 'i-1',
              rackId: null,
              memberEpoch: 3,
              clientId: '',
              clientHost: '',
              subscribedTopicNames: ['orders'],
              subscribedTopicRegex: null,
              assignment: [{ topicId, partitions: [0, 1, 2] }],
              targetAssignment: [{ topicId, partitions: [0, 2] }],
            },
          ],
        },
      ],
    },
  },
};
