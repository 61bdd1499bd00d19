/**
 * The one table of error codes. A code is stable: once released it keeps its meaning and its
 * `retriable` flag, because callers and remote peers act on both. Every code is documented
 * in docs/errors.md (a test keeps the two in step).
 */
export const ERROR_CODES = {
  // arguments and state
  BAD_ARGUMENTS: { retriable: false, kafka: 42, description: 'An argument is missing, of the wrong type or out of range' },
  INVALID_STATE: { retriable: false, description: 'The object is not in a state that allows this operation' },
  ABORTED: { retriable: false, description: 'The operation was cancelled through its AbortSignal' },
  INTERNAL: { retriable: false, kafka: -1, description: 'An unexpected failure inside logkeeper or inside a request handler' },

  // transports and connections
  ADDRESS_IN_USE: { retriable: false, description: 'Something already listens on this address' },
  CONNECTION_REFUSED: { retriable: true, description: 'Nothing listens on the address that was dialled' },
  CONNECT_TIMEOUT: { retriable: true, description: 'The connection could not be established in time' },
  CONNECTION_CLOSED: { retriable: false, description: 'The connection or listener is closed' },
  CONNECTION_LOSS: { retriable: true, kafka: 13, description: 'The connection was lost before the operation completed; its outcome is unknown' },
  FRAME_TOO_LARGE: { retriable: false, description: 'A frame exceeds the maximum frame size' },
  MALFORMED_FRAME: { retriable: false, description: 'Bytes received could not be decoded as a frame or envelope' },
  OVERLOADED: { retriable: true, description: 'The receiver holds as many bytes of unfinished frames as its budget allows, so it refused more' },

  // requests
  OPERATION_TIMEOUT: { retriable: true, kafka: 7, description: 'No answer arrived within the request timeout' },
  TOO_MANY_REQUESTS: { retriable: true, description: 'The peer has too many requests in flight on this connection' },
  UNKNOWN_METHOD: { retriable: false, description: 'The peer has no handler for the requested method' },
  AUTHENTICATION_FAILED: { retriable: false, kafka: 58, description: 'The peer did not prove it knows the cluster secret' },

  // storage and the partition log
  STORAGE_ERROR: { retriable: true, kafka: 56, description: 'The database failed to read or write' },
  CORRUPT_RECORD: { retriable: false, kafka: 2, description: 'A record batch failed its CRC or layout checks' },
  INVALID_RECORD: { retriable: false, kafka: 87, description: 'A record batch is well-formed but not acceptable (e.g. empty)' },
  RECORD_TOO_LARGE: { retriable: false, kafka: 10, description: 'A record batch exceeds the maximum message size' },
  UNSUPPORTED_COMPRESSION: { retriable: false, kafka: 76, description: 'The batch uses a compression codec this build cannot handle' },
  OFFSET_OUT_OF_RANGE: { retriable: false, kafka: 1, description: 'The offset is below the log start or past the log end' },

  // coordination (ZooKeeper's KeeperException codes)
  NO_NODE: { retriable: false, description: 'The znode does not exist (or its parent does not, for create)' },
  NODE_EXISTS: { retriable: false, description: 'A znode already exists at this path' },
  BAD_VERSION: { retriable: false, description: 'The expected version does not match the znode\'s version' },
  NOT_EMPTY: { retriable: false, description: 'The znode has children, so it cannot be deleted' },
  NO_CHILDREN_FOR_EPHEMERALS: { retriable: false, description: 'Ephemeral znodes cannot have children' },
  SESSION_EXPIRED: { retriable: false, description: 'The session expired or was closed; its ephemeral znodes are gone and a new session is needed' },
  RUNTIME_INCONSISTENCY: { retriable: false, description: 'A multi operation was not applied because an earlier operation in it failed' },
  NO_WATCHER: { retriable: false, description: 'No watcher of the given kind is registered on this path' },

  // consensus
  NOT_LEADER: { retriable: true, description: 'This server is not the leader; `leader` names the leader when known' },
  NO_QUORUM: { retriable: true, description: 'No majority of the ensemble could be reached in time' },

  // the broker and consumer groups (Kafka's error codes: `kafka` is the number Kafka's protocol uses)
  UNKNOWN_TOPIC_OR_PARTITION: { retriable: true, kafka: 3, description: 'The topic or partition does not exist on this broker' },
  LEADER_NOT_AVAILABLE: { retriable: true, kafka: 5, description: 'The partition has no leader now (an election is in progress)' },
  NOT_LEADER_OR_FOLLOWER: { retriable: true, kafka: 6, description: "This broker is not the partition's leader (or not one of its replicas)" },
  BROKER_NOT_AVAILABLE: { retriable: true, kafka: 8, description: 'The broker is not available' },
  REPLICA_NOT_AVAILABLE: { retriable: true, kafka: 9, description: 'A replica of the partition is not available' },
  STALE_CONTROLLER_EPOCH: { retriable: false, kafka: 11, description: 'A newer controller has taken over' },
  OFFSET_METADATA_TOO_LARGE: { retriable: false, kafka: 12, description: 'The metadata string of a committed offset is too large' },
  COORDINATOR_LOAD_IN_PROGRESS: { retriable: true, kafka: 14, description: 'The group coordinator is loading its state' },
  COORDINATOR_NOT_AVAILABLE: { retriable: true, kafka: 15, description: 'The group coordinator is not available' },
  NOT_COORDINATOR: { retriable: true, kafka: 16, description: "This broker is not the group's coordinator" },
  INVALID_TOPIC_EXCEPTION: { retriable: false, kafka: 17, description: 'The topic name is not valid' },
  RECORD_LIST_TOO_LARGE: { retriable: false, kafka: 18, description: "The batch is larger than the topic's segment size" },
  NOT_ENOUGH_REPLICAS: { retriable: true, kafka: 19, description: 'Fewer in-sync replicas than min.insync.replicas' },
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: { retriable: true, kafka: 20, description: 'Written, but to fewer in-sync replicas than required' },
  INVALID_REQUIRED_ACKS: { retriable: false, kafka: 21, description: 'acks must be -1 (all), 0 or 1' },
  ILLEGAL_GENERATION: { retriable: false, kafka: 22, description: 'The group generation is not the current one' },
  INCONSISTENT_GROUP_PROTOCOL: { retriable: false, kafka: 23, description: "The member's protocols do not match the group's" },
  INVALID_GROUP_ID: { retriable: false, kafka: 24, description: 'The group id is not valid' },
  UNKNOWN_MEMBER_ID: { retriable: false, kafka: 25, description: 'The coordinator does not know this member' },
  INVALID_SESSION_TIMEOUT: { retriable: false, kafka: 26, description: "The session timeout is out of the broker's range" },
  REBALANCE_IN_PROGRESS: { retriable: false, kafka: 27, description: 'The group is rebalancing' },
  INVALID_COMMIT_OFFSET_SIZE: { retriable: false, kafka: 28, description: 'The offset commit is too large to be written' },
  INVALID_TIMESTAMP: { retriable: false, kafka: 32, description: 'A timestamp is out of the acceptable range' },
  UNSUPPORTED_VERSION: { retriable: false, kafka: 35, description: 'The version of the API is not supported' },
  TOPIC_ALREADY_EXISTS: { retriable: false, kafka: 36, description: 'A topic of this name already exists' },
  INVALID_PARTITIONS: { retriable: false, kafka: 37, description: 'The number of partitions is not valid' },
  INVALID_REPLICATION_FACTOR: { retriable: false, kafka: 38, description: 'The replication factor is not valid' },
  INVALID_REPLICA_ASSIGNMENT: { retriable: false, kafka: 39, description: 'The replica assignment is not valid' },
  INVALID_CONFIG: { retriable: false, kafka: 40, description: 'The configuration is not valid' },
  NOT_CONTROLLER: { retriable: true, kafka: 41, description: 'This broker is not the controller' },
  POLICY_VIOLATION: { retriable: false, kafka: 44, description: "The request violates the cluster's policy" },
  OUT_OF_ORDER_SEQUENCE_NUMBER: { retriable: false, kafka: 45, description: "The producer's sequence number is out of order" },
  DUPLICATE_SEQUENCE_NUMBER: { retriable: false, kafka: 46, description: 'The batch was already written' },
  INVALID_PRODUCER_EPOCH: { retriable: false, kafka: 47, description: 'The producer epoch is older than the one the broker knows' },
  UNKNOWN_PRODUCER_ID: { retriable: false, kafka: 59, description: 'The broker knows no state for this producer id' },
  NON_EMPTY_GROUP: { retriable: false, kafka: 68, description: 'The group still has members' },
  GROUP_ID_NOT_FOUND: { retriable: false, kafka: 69, description: 'The group does not exist' },
  FETCH_SESSION_ID_NOT_FOUND: { retriable: true, kafka: 70, description: 'The fetch session is not known' },
  INVALID_FETCH_SESSION_EPOCH: { retriable: true, kafka: 71, description: 'The fetch session epoch is not the expected one' },
  FENCED_LEADER_EPOCH: { retriable: true, kafka: 74, description: "The request's leader epoch is older than the broker's" },
  UNKNOWN_LEADER_EPOCH: { retriable: true, kafka: 75, description: "The request's leader epoch is newer than the broker's" },
  OFFSET_NOT_AVAILABLE: { retriable: true, kafka: 78, description: 'The offset is not available yet' },
  MEMBER_ID_REQUIRED: { retriable: false, kafka: 79, description: 'The member must join with the member id it was given' },
  GROUP_MAX_SIZE_REACHED: { retriable: false, kafka: 81, description: 'The group has reached its maximum size' },
  FENCED_INSTANCE_ID: { retriable: false, kafka: 82, description: 'Another member took this static instance id' },
  ELIGIBLE_LEADERS_NOT_AVAILABLE: { retriable: true, kafka: 83, description: 'No eligible leader is available' },
  GROUP_SUBSCRIBED_TO_TOPIC: { retriable: false, kafka: 86, description: "The group's members subscribe to the topic" },
  UNSTABLE_OFFSET_COMMIT: { retriable: true, kafka: 88, description: 'There are pending offset commits' },
  PRODUCER_FENCED: { retriable: false, kafka: 90, description: 'A newer producer with the same id fenced this one' },
  UNKNOWN_TOPIC_ID: { retriable: true, kafka: 100, description: 'The topic id is not known' },
  INCONSISTENT_TOPIC_ID: { retriable: true, kafka: 103, description: "The topic id does not match the topic's" },
  FENCED_MEMBER_EPOCH: { retriable: false, kafka: 110, description: 'The member epoch is fenced' },
  UNRELEASED_INSTANCE_ID: { retriable: false, kafka: 111, description: 'The static instance id is still in use' },
  UNSUPPORTED_ASSIGNOR: { retriable: false, kafka: 112, description: 'The assignor is not supported' },
  STALE_MEMBER_EPOCH: { retriable: false, kafka: 113, description: 'The member epoch is stale' },
} as const satisfies Record<string, { retriable: boolean; kafka?: number; description: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}
