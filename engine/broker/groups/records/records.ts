import { CorruptRecordError } from '../../../errors/index.js';
import type { TopicPartitions } from '../../api/group-types.js';
import { SchemaReader, SchemaWriter } from './schema-bytes.js';
import type { ClassicGroupValue, ClassicMemberValue, ConsumerGroupValue, ConsumerMemberValue, GroupRecord, OffsetValue } from './types.js';

/*
 * How this works: a record's key and value bytes. A key starts with an int16 that says what
 * it is (Kafka calls it the key's version):
 *
 *   0, 1   OffsetCommitKey (group, topic, partition)      value: OffsetCommitValue v3 (reads v0–v3)
 *   2      GroupMetadataKey (group)                       value: GroupMetadataValue v3 (reads v0–v3)
 *   1000   logkeeper's KIP-848 group (group)              value: ConsumerGroupValue v0
 *   1001   logkeeper's KIP-848 member (group, member)     value: ConsumerMemberValue v0
 *   1002   logkeeper's KIP-848 target (group, member)     value: ConsumerTargetValue v0
 *
 * The first three are Kafka's own schemas (so Kafka's tools read the classic groups and the
 * offsets); Kafka's KIP-848 records (key types 3–8) are not used: logkeeper's are its own,
 * numbered far from Kafka's. Every value starts with its int16 version. A record whose key
 * type is unknown decodes as null (skipped, for a newer writer); one whose bytes are wrong
 * throws CORRUPT_RECORD. docs/groups.md lists every field.
 */

const KEY = { offsetV0: 0, offset: 1, classic: 2, consumerGroup: 1000, consumerMember: 1001, consumerTarget: 1002 } as const;

const writer = () => new SchemaWriter();

export function encodeRecord(record: GroupRecord): { key: Uint8Array; value: Uint8Array | null } {
  switch (record.kind) {
    case 'offset':
      return {
        key: writer().int16(KEY.offset).string(record.groupId).string(record.topic).int32(record.partition).finish(),
        value: record.value && encodeOffset(record.value),
      };
    case 'classic':
      return { key: writer().int16(KEY.classic).string(record.groupId).finish(), value: record.value && encodeClassic(record.value) };
    case 'consumerGroup':
      return { key: writer().int16(KEY.consumerGroup).string(record.groupId).finish(), value: record.value && encodeConsumerGroup(record.value) };
    case 'consumerMember':
      return {
        key: writer().int16(KEY.consumerMember).string(record.groupId).string(record.memberId).finish(),
        value: record.value && encodeConsumerMember(record.value),
      };
    case 'consumerTarget':
      return {
        key: writer().int16(KEY.consumerTarget).string(record.groupId).string(record.memberId).finish(),
        value: record.value && writer().int16(0).array(record.value.assignment, writeTopicPartitions).finish(),
      };
  }
}

/** The record a key and value hold; null for a key type this version does not know. */
export function decodeRecord(key: Uint8Array, value: Uint8Array | null): GroupRecord | null {
  const k = new SchemaReader(key);
  const type = k.int16();
  const v = value && new SchemaReader(value);
  switch (type) {
    case KEY.offsetV0:
    case KEY.offset: {
      const groupId = k.string();
      const topic = k.string();
      const partition = k.int32();
      return { kind: 'offset', groupId, topic, partition, value: v && decodeOffset(v) };
    }
    case KEY.classic:
      return { kind: 'classic', groupId: k.string(), value: v && decodeClassic(v) };
    case KEY.consumerGroup:
      return { kind: 'consumerGroup', groupId: k.string(), value: v && decodeConsumerGroup(v) };
    case KEY.consumerMember: {
      const groupId = k.string();
      return { kind: 'consumerMember', groupId, memberId: k.string(), value: v && decodeConsumerMember(v) };
    }
    case KEY.consumerTarget: {
      const groupId = k.string();
      const memberId = k.string();
      if (v) version(v, 0, 0);
      return { kind: 'consumerTarget', groupId, memberId, value: v && { assignment: v.array(readTopicPartitions) } };
    }
    default:
      return null;
  }
}

function version(r: SchemaReader, min: number, max: number): number {
  const v = r.int16();
  if (v < min || v > max) throw new CorruptRecordError(`A group coordinator value of version ${v}; this version reads ${min} to ${max}`);
  return v;
}

// ---- Kafka's OffsetCommitValue: v3 written; v0–v3 read ----

function encodeOffset(o: OffsetValue): Uint8Array {
  return writer().int16(3).int64(o.offset).int32(o.leaderEpoch).string(o.metadata).int64(o.commitTimestamp).finish();
}

function decodeOffset(r: SchemaReader): OffsetValue {
  const v = version(r, 0, 3);
  const offset = r.int64();
  const leaderEpoch = v >= 3 ? r.int32() : -1;
  const metadata = r.string();
  const commitTimestamp = r.int64();
  if (v === 1) r.int64(); // expireTimestamp
  return { offset, leaderEpoch, metadata, commitTimestamp };
}

// ---- Kafka's GroupMetadataValue: v3 written; v0–v3 read ----

function encodeClassic(g: ClassicGroupValue): Uint8Array {
  return writer()
    .int16(3)
    .string(g.protocolType)
    .int32(g.generation)
    .nullableString(g.protocol)
    .nullableString(g.leader)
    .int64(g.currentStateTimestamp)
    .array(g.members, (w, m) =>
      w
        .string(m.memberId)
        .nullableString(m.groupInstanceId)
        .string(m.clientId)
        .string(m.clientHost)
        .int32(m.rebalanceTimeout)
        .int32(m.sessionTimeout)
        .bytes(m.subscription)
        .bytes(m.assignment),
    )
    .finish();
}

function decodeClassic(r: SchemaReader): ClassicGroupValue {
  const v = version(r, 0, 3);
  const protocolType = r.string();
  const generation = r.int32();
  const protocol = r.nullableString();
  const leader = r.nullableString();
  const currentStateTimestamp = v >= 2 ? r.int64() : -1;
  const members = r.array((m): ClassicMemberValue => {
    const memberId = m.string();
    const groupInstanceId = v >= 3 ? m.nullableString() : null;
    const clientId = m.string();
    const clientHost = m.string();
    const rebalanceTimeout = v >= 1 ? m.int32() : -1;
    const sessionTimeout = m.int32();
    return { memberId, groupInstanceId, clientId, clientHost, rebalanceTimeout: rebalanceTimeout < 0 ? sessionTimeout : rebalanceTimeout, sessionTimeout, subscription: m.bytes(), assignment: m.bytes() };
  });
  return { protocolType, generation, protocol, leader, currentStateTimestamp, members };
}

// ---- logkeeper's KIP-848 values, version 0 ----

function writeTopicPartitions(w: SchemaWriter, tp: TopicPartitions): void {
  w.string(tp.topicId).array(tp.partitions, (x, p) => x.int32(p));
}

function readTopicPartitions(r: SchemaReader): TopicPartitions {
  return { topicId: r.string(), partitions: r.array((x) => x.int32()) };
}

function encodeConsumerGroup(g: ConsumerGroupValue): Uint8Array {
  return writer()
    .int16(0)
    .int32(g.groupEpoch)
    .int32(g.assignmentEpoch)
    .array(g.topics, (w, t) => w.string(t.topicId).string(t.name).int32(t.partitions))
    .finish();
}

function decodeConsumerGroup(r: SchemaReader): ConsumerGroupValue {
  version(r, 0, 0);
  return { groupEpoch: r.int32(), assignmentEpoch: r.int32(), topics: r.array((t) => ({ topicId: t.string(), name: t.string(), partitions: t.int32() })) };
}

function encodeConsumerMember(m: ConsumerMemberValue): Uint8Array {
  return writer()
    .int16(0)
    .nullableString(m.instanceId)
    .nullableString(m.rackId)
    .string(m.clientId)
    .string(m.clientHost)
    .array(m.subscribedTopicNames, (w, name) => w.string(name))
    .nullableString(m.subscribedTopicRegex)
    .nullableString(m.serverAssignor)
    .int32(m.rebalanceTimeoutMs)
    .int32(m.memberEpoch)
    .int32(m.previousMemberEpoch)
    .int8(m.state)
    .array(m.assigned, writeTopicPartitions)
    .array(m.pendingRevocation, writeTopicPartitions)
    .finish();
}

function decodeConsumerMember(r: SchemaReader): ConsumerMemberValue {
  version(r, 0, 0);
  return {
    instanceId: r.nullableString(),
    rackId: r.nullableString(),
    clientId: r.string(),
    clientHost: r.string(),
    subscribedTopicNames: r.array((x) => x.string()),
    subscribedTopicRegex: r.nullableString(),
    serverAssignor: r.nullableString(),
    rebalanceTimeoutMs: r.int32(),
    memberEpoch: r.int32(),
    previousMemberEpoch: r.int32(),
    state: r.int8(),
    assigned: r.array(readTopicPartitions),
    pendingRevocation: r.array(readTopicPartitions),
  };
}
