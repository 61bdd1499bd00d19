import { codeOf } from '../../coordination/recipes/common.js';
import { Op } from '../../coordination/types.js';
import {
  BadArgumentsError,
  InvalidConfigError,
  InvalidPartitionsError,
  InvalidReplicaAssignmentError,
  InvalidReplicationFactorError,
  InvalidTopicError,
  TopicAlreadyExistsError,
} from '../../errors/index.js';
import type { CreatableTopic, CreateTopicsRequest, CreateTopicsResponse } from '../api/types.js';
import { partitionsRecord, topicCodec, topicConfigCodec } from '../metadata/layout.js';
import { randomId, ZERO_ID } from '../metadata/random-id.js';
import { PATHS } from '../metadata/types.js';
import { collisionKeyOf, resolveTopicConfig, validateTopicName } from '../topic-config.js';
import { errorFields, occurrences } from './answers.js';
import { checkReplicaLists, partitionCreates } from './assignments.js';
import { liveBrokers, type AdminContext } from './context.js';
import { placeReplicas } from './placement.js';

/*
 * CreateTopics on the controller. Each topic is checked in Kafka's order (name, existence
 * and '.'/'_' collisions, configs, partitions and replication factor or explicit
 * assignments) and then written in one multi behind the fence: its config overrides (always
 * a znode, maybe empty, as Kafka writes it), its assignment with a new topic id, and every
 * partition with its first state. Config first: a broker that sees the topic sees its
 * configs. A topic that appeared meanwhile makes the multi fail with NODE_EXISTS, which is
 * TOPIC_ALREADY_EXISTS, and nothing of it is written.
 */

const MAX_REPLICATION_FACTOR = 32767;

interface TopicPlan {
  name: string;
  id: string;
  replicas: number[][];
  config: Record<string, string>;
}

export async function createTopics(ctx: AdminContext, request: CreateTopicsRequest): Promise<CreateTopicsResponse> {
  const counts = occurrences(request.topics.map((t) => t.name));
  const topics: CreateTopicsResponse['topics'] = [];
  for (const topic of request.topics) {
    try {
      if (counts.get(topic.name)! > 1) throw new BadArgumentsError(`Create topics request from client contains a duplicate topic: ${topic.name}`);
      const plan = planTopic(ctx, topic);
      if (!request.validateOnly) await writeTopic(ctx, plan);
      topics.push({
        name: topic.name,
        topicId: request.validateOnly ? ZERO_ID : plan.id,
        errorCode: 0,
        errorMessage: null,
        numPartitions: plan.replicas.length,
        replicationFactor: plan.replicas[0]!.length,
      });
    } catch (error) {
      topics.push({ name: topic.name, topicId: ZERO_ID, ...errorFields(error), numPartitions: -1, replicationFactor: -1 });
    }
  }
  return { topics };
}

function planTopic(ctx: AdminContext, topic: CreatableTopic): TopicPlan {
  const { name } = topic;
  validateTopicName(name);
  if (ctx.view.topics.has(name)) throw new TopicAlreadyExistsError(`Topic '${name}' already exists.`);
  const key = collisionKeyOf(name);
  for (const other of ctx.view.topics.keys()) {
    if (collisionKeyOf(other) === key) throw new InvalidTopicError(`Topic '${name}' collides with existing topic: ${other}`);
  }
  const config: Record<string, string> = {};
  for (const { name: key, value } of topic.configs ?? []) {
    if (value === null || value === undefined) throw new InvalidConfigError(`Null value not supported for topic configs: ${key}`);
    config[key] = value;
  }
  resolveTopicConfig(config, ctx.logDefaults);
  const live = liveBrokers(ctx.view);
  const assignments = topic.assignments ?? [];
  let replicas: number[][];
  if (assignments.length > 0) {
    if (topic.numPartitions !== -1 || topic.replicationFactor !== -1) {
      throw new BadArgumentsError('Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.');
    }
    replicas = explicitReplicas(assignments, new Set(live));
  } else {
    const partitions = topic.numPartitions === -1 ? ctx.config.defaultPartitions : topic.numPartitions;
    const factor = topic.replicationFactor === -1 ? ctx.config.defaultReplicationFactor : topic.replicationFactor;
    if (!Number.isInteger(partitions) || partitions <= 0) throw new InvalidPartitionsError('Number of partitions must be larger than 0.');
    if (!Number.isInteger(factor) || factor <= 0 || factor > MAX_REPLICATION_FACTOR) throw new InvalidReplicationFactorError('Replication factor must be larger than 0 and at most 32767.');
    replicas = placeReplicas(live, partitions, factor, ctx.random);
  }
  return { name, id: randomId(ctx.random), replicas, config };
}

/** CreateTopics' assignments as replica lists by partition: numbered 0…n-1, checked. */
function explicitReplicas(assignments: CreatableTopic['assignments'], live: ReadonlySet<number>): number[][] {
  const byPartition = new Map<number, number[]>();
  for (const a of assignments) byPartition.set(a.partition, a.brokerIds);
  const replicas: number[][] = [];
  for (let p = 0; p < assignments.length; p++) {
    const r = byPartition.get(p);
    if (!r || byPartition.size !== assignments.length) throw new InvalidReplicaAssignmentError('Partitions should be a consecutive 0-based integer sequence');
    replicas.push([...r]);
  }
  checkReplicaLists(replicas, live);
  return replicas;
}

async function writeTopic(ctx: AdminContext, plan: TopicPlan): Promise<void> {
  const { keeper, epoch } = ctx.fence;
  // A config znode left by hand (deletes take it with the topic) is overwritten, as Kafka does.
  const configPath = PATHS.topicConfig(plan.name);
  const config = topicConfigCodec.encode({ version: 1, config: plan.config });
  const configOp = (await keeper.exists(configPath)) ? Op.setData(configPath, config) : Op.create(configPath, config);
  try {
    await ctx.fence.write([
      configOp,
      Op.create(PATHS.topic(plan.name), topicCodec.encode({ version: 1, id: plan.id, partitions: partitionsRecord(plan.replicas) })),
      Op.create(PATHS.partitions(plan.name)),
      ...partitionCreates(plan.name, plan.replicas, 0, ctx.view.brokerEpochs, epoch),
    ]);
  } catch (error) {
    if (codeOf(error) === 'NODE_EXISTS') throw new TopicAlreadyExistsError(`Topic '${plan.name}' already exists.`);
    throw error;
  }
}
