import { CoordinatorNotAvailableError, InvalidCommitOffsetSizeError, NotCoordinatorError, toLogkeeperError, type LogkeeperError } from '../../../errors/index.js';

/*
 * What a client is told when the coordinator's write failed (Kafka's mapping): the partition
 * not ready or its replicas short or slow — COORDINATOR_NOT_AVAILABLE, try again; too large —
 * INVALID_COMMIT_OFFSET_SIZE; anything else (leadership lost, storage) — NOT_COORDINATOR,
 * find the coordinator again.
 */
export function coordinatorError(error: unknown): LogkeeperError {
  const e = toLogkeeperError(error);
  const options = { cause: e };
  switch (e.code) {
    case 'NOT_COORDINATOR':
    case 'COORDINATOR_NOT_AVAILABLE':
    case 'COORDINATOR_LOAD_IN_PROGRESS':
      return e;
    case 'UNKNOWN_TOPIC_OR_PARTITION':
    case 'NOT_ENOUGH_REPLICAS':
    case 'NOT_ENOUGH_REPLICAS_AFTER_APPEND':
    case 'OPERATION_TIMEOUT':
      return new CoordinatorNotAvailableError(`The coordinator's write failed: ${e.message}`, options);
    case 'RECORD_TOO_LARGE':
    case 'RECORD_LIST_TOO_LARGE':
      return new InvalidCommitOffsetSizeError(`The coordinator's write is too large: ${e.message}`, options);
    default:
      return new NotCoordinatorError(`The coordinator's write failed: ${e.message}`, options);
  }
}
