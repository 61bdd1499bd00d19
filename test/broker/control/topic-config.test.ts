import test from 'ava';
import { CONFIG_SOURCE } from '../../../engine/broker/api/types.js';
import { isInternalTopic, resolveTopicConfig, TOPIC_CONFIG_NAMES, validateTopicName } from '../../../engine/broker/topic-config.js';
import { kafkaCodeOf } from '../../../engine/errors/index.js';
import { DEFAULT_CONFIG } from '../../../engine/log/config.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

test('no overrides: the log defaults, min.insync.replicas 1, no unclean election; every config described as a default', (t) => {
  const r = resolveTopicConfig({});
  t.deepEqual(r.log, {});
  t.is(r.minInsyncReplicas, 1);
  t.false(r.uncleanLeaderElection);
  t.deepEqual(r.described.map((d) => d.name), TOPIC_CONFIG_NAMES);
  t.true(r.described.every((d) => d.configSource === CONFIG_SOURCE.DEFAULT_CONFIG && !d.readOnly && !d.isSensitive && d.documentation));
  const value = (name: string) => r.described.find((d) => d.name === name)!.value;
  t.is(value('retention.ms'), '604800000');
  t.is(value('retention.bytes'), '-1');
  t.is(value('segment.bytes'), String(DEFAULT_CONFIG.segmentBytes));
  t.is(value('cleanup.policy'), 'delete');
  t.is(value('max.message.bytes'), '1048588');
  t.is(value('unclean.leader.election.enable'), 'false');
  t.is(value('flush.ms'), '1000');
  t.is(value('flush.messages'), '9223372036854775807');
});

test("Kafka's names map onto the log's settings", (t) => {
  const r = resolveTopicConfig({
    'retention.ms': '-1',
    'retention.bytes': '1048576',
    'segment.bytes': '2048',
    'segment.ms': '9223372036854775807',
    'cleanup.policy': 'delete, compact',
    'max.message.bytes': '2000',
    'min.insync.replicas': '2',
    'unclean.leader.election.enable': 'TRUE',
    'delete.retention.ms': '0',
    'min.cleanable.dirty.ratio': '0.25',
    'message.timestamp.type': 'LogAppendTime',
    'index.interval.bytes': '100',
    'flush.ms': '250',
  });
  t.deepEqual(r.log, {
    retentionMs: -1,
    retentionBytes: 1048576,
    segmentBytes: 2048,
    segmentMs: Number.MAX_SAFE_INTEGER,
    cleanupPolicy: 'compact,delete',
    maxMessageBytes: 2000,
    deleteRetentionMs: 0,
    minCleanableDirtyRatio: 0.25,
    timestampType: 'LogAppendTime',
    indexIntervalBytes: 100,
    fsync: 'interval',
    flushIntervalMs: 250,
  });
  t.is(r.minInsyncReplicas, 2);
  t.true(r.uncleanLeaderElection);
  const retention = r.described.find((d) => d.name === 'retention.ms')!;
  t.like(retention, { value: '-1', configSource: CONFIG_SOURCE.DYNAMIC_TOPIC_CONFIG });
  t.deepEqual(resolveTopicConfig({ 'flush.messages': '1', 'flush.ms': '250' }).log, { fsync: 'always' });
  t.deepEqual(resolveTopicConfig({ 'flush.ms': '9223372036854775807' }).log, { fsync: 'never' });
  t.deepEqual(resolveTopicConfig({ 'flush.ms': '0' }).log, { fsync: 'always' });
});

test('unknown names and bad values are INVALID_CONFIG', (t) => {
  const bad: Array<[string, string]> = [
    ['compression.type', 'gzip'],
    ['retention.ms', 'forever'],
    ['retention.ms', '-2'],
    ['retention.ms', '9223372036854775808'],
    ['segment.bytes', '100'],
    ['segment.bytes', '2147483648'],
    ['segment.ms', '0'],
    ['cleanup.policy', 'shred'],
    ['cleanup.policy', ''],
    ['max.message.bytes', '60'],
    ['min.insync.replicas', '0'],
    ['unclean.leader.election.enable', 'yes'],
    ['min.cleanable.dirty.ratio', '1.5'],
    ['message.timestamp.type', 'create'],
    ['index.interval.bytes', '0'],
    ['flush.messages', '10'],
    ['flush.ms', '-1'],
    ['delete.retention.ms', '1.5'],
  ];
  for (const [name, value] of bad) t.is(codeOf(() => resolveTopicConfig({ [name]: value })), 'INVALID_CONFIG', `${name}=${value}`);
  t.is(kafkaCodeOf('INVALID_CONFIG'), 40);
});

test("topic names follow Kafka's rule; internal topics are known", (t) => {
  for (const name of ['a', 'orders.v2', 'user_events-1', 'x'.repeat(249), '__consumer_offsets', '...']) t.notThrows(() => validateTopicName(name), name);
  for (const name of ['', '.', '..', 'x'.repeat(250), 'a/b', 'a b', 'ümlaut', 'a:b']) {
    t.is(codeOf(() => validateTopicName(name)), 'INVALID_TOPIC_EXCEPTION', JSON.stringify(name));
  }
  t.is(kafkaCodeOf('INVALID_TOPIC_EXCEPTION'), 17);
  t.true(isInternalTopic('__consumer_offsets'));
  t.false(isInternalTopic('consumer_offsets'));
});
