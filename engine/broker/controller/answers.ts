import { kafkaCodeOf, toLogkeeperError } from '../../errors/index.js';
import type {
  AlterConfigsResponse,
  ConfigResource,
  CreatePartitionsRequest,
  CreatePartitionsResponse,
  CreateTopicsRequest,
  CreateTopicsResponse,
  DeleteTopicsRequest,
  DeleteTopicsResponse,
} from '../api/types.js';
import { ZERO_ID } from '../metadata/random-id.js';

/*
 * How the controller's admin answers carry errors: per item, Kafka's number and a message.
 * A write refused by the fence (STALE_CONTROLLER_EPOCH) is answered NOT_CONTROLLER, as
 * Kafka's controller answers when it has moved: the client finds the new controller and
 * retries (NOT_CONTROLLER is retriable; a stale epoch is not something a client can fix).
 */

const NOT_CONTROLLER = kafkaCodeOf('NOT_CONTROLLER');
const NOT_CONTROLLER_MESSAGE = 'This broker is not the active controller';

export function errorFields(error: unknown): { errorCode: number; errorMessage: string } {
  const e = toLogkeeperError(error);
  return { errorCode: e.code === 'STALE_CONTROLLER_EPOCH' ? NOT_CONTROLLER : e.kafkaCode, errorMessage: e.message };
}

/** Counts of each name, to answer every duplicate of a request with INVALID_REQUEST as Kafka does. */
export function occurrences(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

const notController = { errorCode: NOT_CONTROLLER, errorMessage: NOT_CONTROLLER_MESSAGE };

export const notControllerAnswers = {
  createTopics: (r: CreateTopicsRequest): CreateTopicsResponse => ({
    topics: r.topics.map((t) => ({ name: t.name, topicId: ZERO_ID, ...notController, numPartitions: -1, replicationFactor: -1 })),
  }),
  deleteTopics: (r: DeleteTopicsRequest): DeleteTopicsResponse => ({
    topics: r.topicNames.map((name) => ({ name, topicId: ZERO_ID, ...notController })),
  }),
  createPartitions: (r: CreatePartitionsRequest): CreatePartitionsResponse => ({
    results: r.topics.map((t) => ({ name: t.name, ...notController })),
  }),
  alterConfigs: (r: { resources: ConfigResource[] }): AlterConfigsResponse => ({
    responses: r.resources.map((res) => ({ resourceType: res.resourceType, resourceName: res.resourceName, ...notController })),
  }),
};
