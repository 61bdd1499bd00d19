import { codeOf } from '../../coordination/recipes/common.js';
import { Op } from '../../coordination/types.js';
import { BadArgumentsError, InvalidPartitionsError, InvalidReplicaAssignmentError, UnknownTopicOrPartitionError } from '../../errors/index.js';
import type { CreatePartitionsRequest, CreatePartitionsResponse } from '../api/types.js';
import { partitionsRecord, replicasOf, topicCodec } from '../metadata/layout.js';
import { PATHS } from '../metadata/types.js';
import { validateTopicName } from '../topic-config.js';
import { errorFields, occurrences } from './answers.js';
import { checkReplicaLists, partitionCreates } from './assignments.js';
import { liveBrokers, type AdminContext } from './context.js';
import { continuationStart, placeReplicas } from './placement.js';

/*
 * CreatePartitions on the controller: partitions are only ever added (a count at or below
 * the current one is INVALID_PARTITIONS), with the topic's replication factor, placed after
 * the topic's existing pattern or as the client lists them. The assignment is rewritten with
 * the version just read and the new partitions created, in one multi behind the fence.
 */

type TopicRequest = CreatePartitionsRequest['topics'][number];

export async function createPartitions(ctx: AdminContext, request: CreatePartitionsRequest): Promise<CreatePartitionsResponse> {
  const counts = occurrences(request.topics.map((t) => t.name));
  const results: CreatePartitionsResponse['results'] = [];
  for (const topic of request.topics) {
    try {
      if (counts.get(topic.name)! > 1) throw new BadArgumentsError(`Create partitions request from client contains a duplicate topic: ${topic.name}`);
      await addPartitions(ctx, topic, request.validateOnly);
      results.push({ name: topic.name, errorCode: 0, errorMessage: null });
    } catch (error) {
      results.push({ name: topic.name, ...errorFields(error) });
    }
  }
  return { results };
}

async function addPartitions(ctx: AdminContext, request: TopicRequest, validateOnly: boolean): Promise<void> {
  const { name, count } = request;
  const unknown = () => new UnknownTopicOrPartitionError(`Topic '${name}' does not exist`);
  try {
    validateTopicName(name);
  } catch {
    throw unknown();
  }
  const keeper = ctx.fence.keeper;
  let read;
  try {
    read = await keeper.getData(PATHS.topic(name));
  } catch (error) {
    throw codeOf(error) === 'NO_NODE' ? unknown() : error;
  }
  const assignment = topicCodec.decode(read.data, PATHS.topic(name));
  const existing = replicasOf(assignment);
  if (!Number.isInteger(count) || count < existing.length) throw new InvalidPartitionsError(`Topic currently has ${existing.length} partitions, which is higher than the requested ${count}.`);
  if (count === existing.length) throw new InvalidPartitionsError(`Topic already has ${existing.length} partitions.`);
  const adding = count - existing.length;
  const factor = existing[0]!.length;
  const liveIds = liveBrokers(ctx.view);
  const live = new Set(liveIds);
  let added: number[][];
  if (request.assignments) {
    if (request.assignments.length !== adding) {
      throw new InvalidReplicaAssignmentError(`Increasing the number of partitions by ${adding} but ${request.assignments.length} assignments provided.`);
    }
    added = request.assignments.map((r) => [...r]);
    checkReplicaLists(added, live, factor);
  } else {
    added = placeReplicas(liveIds, adding, factor, ctx.random, { firstPartition: existing.length, fixedStart: continuationStart(liveIds, existing[0]!) });
  }
  if (validateOnly) return;
  await ctx.fence.write([
    Op.setData(PATHS.topic(name), topicCodec.encode({ ...assignment, partitions: partitionsRecord([...existing, ...added]) }), read.stat.version),
    ...partitionCreates(name, added, existing.length, ctx.view.brokerEpochs, ctx.fence.epoch),
  ]);
}
