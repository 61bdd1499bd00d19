import test from 'ava';
import { MetadataCache } from '../../../engine/broker/client/metadata.js';
import type { MetadataResponse, TopicMetadata } from '../../../engine/broker/api/types.js';

/*
 * The client's metadata cache never goes back to an older leader epoch of a partition
 * (KIP-320), even across an answer that does not know the topic at all.
 */

const brokers = [1, 2, 3].map((nodeId) => ({ nodeId, address: `mem://${nodeId}`, rack: null, listeners: {} }));
const answer = (topics: TopicMetadata[]): MetadataResponse => ({ clusterId: 'c', controllerId: 1, brokers, topics });
const topic = (leader: number, leaderEpoch: number, topicId = 'id-1'): TopicMetadata => ({
  name: 't', topicId, errorCode: 0, isInternal: false,
  partitions: [{ partition: 0, errorCode: 0, leader, leaderEpoch, replicas: [1, 2, 3], isr: [1, 2, 3], offlineReplicas: [] }],
});
const unknown: TopicMetadata = { name: 't', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', errorCode: 3, isInternal: false, partitions: [] };

test('a partition is not taken back to an older leader epoch by a lagging broker\'s answer', (t) => {
  const cache = new MetadataCache();
  cache.update(answer([topic(2, 1)]), 1);
  cache.update(answer([topic(1, 0)]), 2);
  t.is(cache.leaderOf('t', 0), 2);
  t.is(cache.partition('t', 0)?.leaderEpoch, 1);
  cache.update(answer([topic(3, 2)]), 3);
  t.is(cache.leaderOf('t', 0), 3, 'a newer epoch is taken');
});

test('after an answer that does not know the topic (a broker just started), an older epoch stands for no leader, not for the old one', (t) => {
  const cache = new MetadataCache();
  cache.update(answer([topic(2, 1)]), 1);
  cache.update(answer([unknown]), 2);
  t.is(cache.topic('t')?.errorCode, 3);
  cache.update(answer([topic(1, 0)]), 3);
  t.is(cache.leaderOf('t', 0), -1, 'the leader of epoch 0 is not believed again');
  t.like(cache.partition('t', 0), { errorCode: 5, leaderEpoch: 1 });
  cache.update(answer([topic(2, 1)]), 4);
  t.is(cache.leaderOf('t', 0), 2);
  cache.update(answer([topic(1, 0, 'id-2')]), 5);
  t.is(cache.leaderOf('t', 0), 1, 'a re-created topic (a new id) starts over');
});
