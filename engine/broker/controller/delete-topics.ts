import { codeOf } from '../../coordination/recipes/common.js';
import { Op } from '../../coordination/types.js';
import { BadArgumentsError, InvalidTopicError, UnknownTopicOrPartitionError } from '../../errors/index.js';
import type { DeleteTopicsRequest, DeleteTopicsResponse } from '../api/types.js';
import { topicCodec } from '../metadata/layout.js';
import { ZERO_ID } from '../metadata/random-id.js';
import { PATHS } from '../metadata/types.js';
import { isInternalTopic, validateTopicName } from '../topic-config.js';
import { errorFields, occurrences } from './answers.js';
import type { AdminContext } from './context.js';

/*
 * DeleteTopics on the controller: one multi behind the fence removes every znode of the
 * topic (its partitions and their states, the assignment, the config overrides). Brokers
 * drop the topic's data when their metadata cache sees it go (`topicDeleted`). The
 * partitions are listed from the znodes rather than the assignment, so a topic with a
 * damaged assignment can still be deleted. Internal topics are refused, as deleting
 * __consumer_offsets would lose every group's offsets.
 */

export async function deleteTopics(ctx: AdminContext, request: DeleteTopicsRequest): Promise<DeleteTopicsResponse> {
  const counts = occurrences(request.topicNames);
  const topics: DeleteTopicsResponse['topics'] = [];
  for (const name of request.topicNames) {
    let topicId = ZERO_ID;
    try {
      if (counts.get(name)! > 1) throw new BadArgumentsError(`Delete topics request from client contains a duplicate topic: ${name}`);
      if (!ctx.config.deleteTopicEnable) throw new BadArgumentsError('Topic deletion is disabled (deleteTopicEnable).');
      topicId = await deleteTopic(ctx, name);
      topics.push({ name, topicId, errorCode: 0, errorMessage: null });
    } catch (error) {
      topics.push({ name, topicId, ...errorFields(error) });
    }
  }
  return { topics };
}

/** Deletes one topic's znodes; resolves with its id. */
async function deleteTopic(ctx: AdminContext, name: string): Promise<string> {
  const unknown = () => new UnknownTopicOrPartitionError(`Topic '${name}' does not exist`);
  try {
    validateTopicName(name);
  } catch {
    throw unknown();
  }
  if (isInternalTopic(name)) throw new InvalidTopicError(`Topic ${name} is an internal topic and cannot be deleted`);
  const keeper = ctx.fence.keeper;
  let topic;
  try {
    topic = await keeper.getData(PATHS.topic(name));
  } catch (error) {
    throw codeOf(error) === 'NO_NODE' ? unknown() : error;
  }
  let id = ZERO_ID;
  try {
    id = topicCodec.decode(topic.data, PATHS.topic(name)).id;
  } catch {
    // Damaged: it goes all the same.
  }
  const partitions = await keeper.getChildren(PATHS.partitions(name)).catch((error) => {
    if (codeOf(error) === 'NO_NODE') return null;
    throw error;
  });
  const paths = (partitions ?? []).map((p) => `${PATHS.partitions(name)}/${p}`);
  const children = await Promise.all(paths.map((path) => keeper.getChildren(path)));
  const ops: Op[] = paths.flatMap((path, i) => [...children[i]!.map((child) => Op.delete(`${path}/${child}`)), Op.delete(path)]);
  if (partitions) ops.push(Op.delete(PATHS.partitions(name)));
  ops.push(Op.delete(PATHS.topic(name), topic.stat.version));
  if (await keeper.exists(PATHS.topicConfig(name))) ops.push(Op.delete(PATHS.topicConfig(name)));
  try {
    await ctx.fence.write(ops);
  } catch (error) {
    if (codeOf(error) === 'NO_NODE' && !(await keeper.exists(PATHS.topic(name)))) throw unknown();
    throw error;
  }
  return id;
}
