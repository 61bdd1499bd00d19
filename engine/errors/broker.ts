import { LogkeeperError, type LogkeeperErrorOptions } from './base.js';

/*
 * The broker's and consumer groups' errors, one class per code, named as Kafka names them.
 * Each code's Kafka number is in codes.ts (`kafkaCodeOf`, `errorFromKafkaCode` in index.ts).
 */

export class UnknownTopicOrPartitionError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNKNOWN_TOPIC_OR_PARTITION', message, options);
  }
}
export class LeaderNotAvailableError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('LEADER_NOT_AVAILABLE', message, options);
  }
}
export class NotLeaderOrFollowerError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NOT_LEADER_OR_FOLLOWER', message, options);
  }
}
export class BrokerNotAvailableError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('BROKER_NOT_AVAILABLE', message, options);
  }
}
export class ReplicaNotAvailableError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('REPLICA_NOT_AVAILABLE', message, options);
  }
}
export class StaleControllerEpochError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('STALE_CONTROLLER_EPOCH', message, options);
  }
}
export class OffsetMetadataTooLargeError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('OFFSET_METADATA_TOO_LARGE', message, options);
  }
}
export class CoordinatorLoadInProgressError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('COORDINATOR_LOAD_IN_PROGRESS', message, options);
  }
}
export class CoordinatorNotAvailableError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('COORDINATOR_NOT_AVAILABLE', message, options);
  }
}
export class NotCoordinatorError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NOT_COORDINATOR', message, options);
  }
}
export class InvalidTopicError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_TOPIC_EXCEPTION', message, options);
  }
}
export class RecordListTooLargeError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('RECORD_LIST_TOO_LARGE', message, options);
  }
}
export class NotEnoughReplicasError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NOT_ENOUGH_REPLICAS', message, options);
  }
}
export class NotEnoughReplicasAfterAppendError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NOT_ENOUGH_REPLICAS_AFTER_APPEND', message, options);
  }
}
export class InvalidRequiredAcksError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_REQUIRED_ACKS', message, options);
  }
}
export class IllegalGenerationError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('ILLEGAL_GENERATION', message, options);
  }
}
export class InconsistentGroupProtocolError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INCONSISTENT_GROUP_PROTOCOL', message, options);
  }
}
export class InvalidGroupIdError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_GROUP_ID', message, options);
  }
}
export class UnknownMemberIdError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNKNOWN_MEMBER_ID', message, options);
  }
}
export class InvalidSessionTimeoutError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_SESSION_TIMEOUT', message, options);
  }
}
export class RebalanceInProgressError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('REBALANCE_IN_PROGRESS', message, options);
  }
}
export class InvalidCommitOffsetSizeError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_COMMIT_OFFSET_SIZE', message, options);
  }
}
export class InvalidTimestampError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_TIMESTAMP', message, options);
  }
}
export class UnsupportedVersionError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNSUPPORTED_VERSION', message, options);
  }
}
export class TopicAlreadyExistsError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('TOPIC_ALREADY_EXISTS', message, options);
  }
}
export class InvalidPartitionsError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_PARTITIONS', message, options);
  }
}
export class InvalidReplicationFactorError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_REPLICATION_FACTOR', message, options);
  }
}
export class InvalidReplicaAssignmentError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_REPLICA_ASSIGNMENT', message, options);
  }
}
export class InvalidConfigError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_CONFIG', message, options);
  }
}
export class NotControllerError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NOT_CONTROLLER', message, options);
  }
}
export class PolicyViolationError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('POLICY_VIOLATION', message, options);
  }
}
export class OutOfOrderSequenceNumberError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('OUT_OF_ORDER_SEQUENCE_NUMBER', message, options);
  }
}
export class DuplicateSequenceNumberError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('DUPLICATE_SEQUENCE_NUMBER', message, options);
  }
}
export class InvalidProducerEpochError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_PRODUCER_EPOCH', message, options);
  }
}
export class UnknownProducerIdError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNKNOWN_PRODUCER_ID', message, options);
  }
}
export class NonEmptyGroupError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NON_EMPTY_GROUP', message, options);
  }
}
export class GroupIdNotFoundError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('GROUP_ID_NOT_FOUND', message, options);
  }
}
export class FetchSessionIdNotFoundError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('FETCH_SESSION_ID_NOT_FOUND', message, options);
  }
}
export class InvalidFetchSessionEpochError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_FETCH_SESSION_EPOCH', message, options);
  }
}
export class FencedLeaderEpochError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('FENCED_LEADER_EPOCH', message, options);
  }
}
export class UnknownLeaderEpochError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNKNOWN_LEADER_EPOCH', message, options);
  }
}
export class OffsetNotAvailableError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('OFFSET_NOT_AVAILABLE', message, options);
  }
}
export class MemberIdRequiredError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('MEMBER_ID_REQUIRED', message, options);
  }
}
export class GroupMaxSizeReachedError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('GROUP_MAX_SIZE_REACHED', message, options);
  }
}
export class FencedInstanceIdError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('FENCED_INSTANCE_ID', message, options);
  }
}
export class EligibleLeadersNotAvailableError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('ELIGIBLE_LEADERS_NOT_AVAILABLE', message, options);
  }
}
export class GroupSubscribedToTopicError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('GROUP_SUBSCRIBED_TO_TOPIC', message, options);
  }
}
export class UnstableOffsetCommitError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNSTABLE_OFFSET_COMMIT', message, options);
  }
}
export class ProducerFencedError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('PRODUCER_FENCED', message, options);
  }
}
export class UnknownTopicIdError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNKNOWN_TOPIC_ID', message, options);
  }
}
export class InconsistentTopicIdError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INCONSISTENT_TOPIC_ID', message, options);
  }
}
export class FencedMemberEpochError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('FENCED_MEMBER_EPOCH', message, options);
  }
}
export class UnreleasedInstanceIdError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNRELEASED_INSTANCE_ID', message, options);
  }
}
export class UnsupportedAssignorError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNSUPPORTED_ASSIGNOR', message, options);
  }
}
export class StaleMemberEpochError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('STALE_MEMBER_EPOCH', message, options);
  }
}

/** The classes above by code, for reviving errors that arrive from a peer. */
export const BROKER_ERROR_CLASSES = {
  UNKNOWN_TOPIC_OR_PARTITION: UnknownTopicOrPartitionError,
  LEADER_NOT_AVAILABLE: LeaderNotAvailableError,
  NOT_LEADER_OR_FOLLOWER: NotLeaderOrFollowerError,
  BROKER_NOT_AVAILABLE: BrokerNotAvailableError,
  REPLICA_NOT_AVAILABLE: ReplicaNotAvailableError,
  STALE_CONTROLLER_EPOCH: StaleControllerEpochError,
  OFFSET_METADATA_TOO_LARGE: OffsetMetadataTooLargeError,
  COORDINATOR_LOAD_IN_PROGRESS: CoordinatorLoadInProgressError,
  COORDINATOR_NOT_AVAILABLE: CoordinatorNotAvailableError,
  NOT_COORDINATOR: NotCoordinatorError,
  INVALID_TOPIC_EXCEPTION: InvalidTopicError,
  RECORD_LIST_TOO_LARGE: RecordListTooLargeError,
  NOT_ENOUGH_REPLICAS: NotEnoughReplicasError,
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: NotEnoughReplicasAfterAppendError,
  INVALID_REQUIRED_ACKS: InvalidRequiredAcksError,
  ILLEGAL_GENERATION: IllegalGenerationError,
  INCONSISTENT_GROUP_PROTOCOL: InconsistentGroupProtocolError,
  INVALID_GROUP_ID: InvalidGroupIdError,
  UNKNOWN_MEMBER_ID: UnknownMemberIdError,
  INVALID_SESSION_TIMEOUT: InvalidSessionTimeoutError,
  REBALANCE_IN_PROGRESS: RebalanceInProgressError,
  INVALID_COMMIT_OFFSET_SIZE: InvalidCommitOffsetSizeError,
  INVALID_TIMESTAMP: InvalidTimestampError,
  UNSUPPORTED_VERSION: UnsupportedVersionError,
  TOPIC_ALREADY_EXISTS: TopicAlreadyExistsError,
  INVALID_PARTITIONS: InvalidPartitionsError,
  INVALID_REPLICATION_FACTOR: InvalidReplicationFactorError,
  INVALID_REPLICA_ASSIGNMENT: InvalidReplicaAssignmentError,
  INVALID_CONFIG: InvalidConfigError,
  NOT_CONTROLLER: NotControllerError,
  POLICY_VIOLATION: PolicyViolationError,
  OUT_OF_ORDER_SEQUENCE_NUMBER: OutOfOrderSequenceNumberError,
  DUPLICATE_SEQUENCE_NUMBER: DuplicateSequenceNumberError,
  INVALID_PRODUCER_EPOCH: InvalidProducerEpochError,
  UNKNOWN_PRODUCER_ID: UnknownProducerIdError,
  NON_EMPTY_GROUP: NonEmptyGroupError,
  GROUP_ID_NOT_FOUND: GroupIdNotFoundError,
  FETCH_SESSION_ID_NOT_FOUND: FetchSessionIdNotFoundError,
  INVALID_FETCH_SESSION_EPOCH: InvalidFetchSessionEpochError,
  FENCED_LEADER_EPOCH: FencedLeaderEpochError,
  UNKNOWN_LEADER_EPOCH: UnknownLeaderEpochError,
  OFFSET_NOT_AVAILABLE: OffsetNotAvailableError,
  MEMBER_ID_REQUIRED: MemberIdRequiredError,
  GROUP_MAX_SIZE_REACHED: GroupMaxSizeReachedError,
  FENCED_INSTANCE_ID: FencedInstanceIdError,
  ELIGIBLE_LEADERS_NOT_AVAILABLE: EligibleLeadersNotAvailableError,
  GROUP_SUBSCRIBED_TO_TOPIC: GroupSubscribedToTopicError,
  UNSTABLE_OFFSET_COMMIT: UnstableOffsetCommitError,
  PRODUCER_FENCED: ProducerFencedError,
  UNKNOWN_TOPIC_ID: UnknownTopicIdError,
  INCONSISTENT_TOPIC_ID: InconsistentTopicIdError,
  FENCED_MEMBER_EPOCH: FencedMemberEpochError,
  UNRELEASED_INSTANCE_ID: UnreleasedInstanceIdError,
  UNSUPPORTED_ASSIGNOR: UnsupportedAssignorError,
  STALE_MEMBER_EPOCH: StaleMemberEpochError,
} as const;
