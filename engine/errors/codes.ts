/**
 * The one table of error codes. A code is stable: once released it keeps its meaning and its
 * `retriable` flag, because callers and remote peers act on both. Every code is documented
 * in docs/errors.md (a test keeps the two in step).
 */
export const ERROR_CODES = {
  // arguments and state
  BAD_ARGUMENTS: { retriable: false, description: 'An argument is missing, of the wrong type or out of range' },
  INVALID_STATE: { retriable: false, description: 'The object is not in a state that allows this operation' },
  ABORTED: { retriable: false, description: 'The operation was cancelled through its AbortSignal' },
  INTERNAL: { retriable: false, description: 'An unexpected failure inside logkeeper or inside a request handler' },

  // transports and connections
  ADDRESS_IN_USE: { retriable: false, description: 'Something already listens on this address' },
  CONNECTION_REFUSED: { retriable: true, description: 'Nothing listens on the address that was dialled' },
  CONNECT_TIMEOUT: { retriable: true, description: 'The connection could not be established in time' },
  CONNECTION_CLOSED: { retriable: false, description: 'The connection or listener is closed' },
  CONNECTION_LOSS: { retriable: true, description: 'The connection was lost before the operation completed; its outcome is unknown' },
  FRAME_TOO_LARGE: { retriable: false, description: 'A frame exceeds the maximum frame size' },
  MALFORMED_FRAME: { retriable: false, description: 'Bytes received could not be decoded as a frame or envelope' },
  OVERLOADED: { retriable: true, description: 'The receiver holds as many bytes of unfinished frames as its budget allows, so it refused more' },

  // requests
  OPERATION_TIMEOUT: { retriable: true, description: 'No answer arrived within the request timeout' },
  TOO_MANY_REQUESTS: { retriable: true, description: 'The peer has too many requests in flight on this connection' },
  UNKNOWN_METHOD: { retriable: false, description: 'The peer has no handler for the requested method' },
  AUTHENTICATION_FAILED: { retriable: false, description: 'The peer did not prove it knows the cluster secret' },

  // storage and the partition log
  STORAGE_ERROR: { retriable: true, description: 'The database failed to read or write' },
  CORRUPT_RECORD: { retriable: false, description: 'A record batch failed its CRC or layout checks' },
  INVALID_RECORD: { retriable: false, description: 'A record batch is well-formed but not acceptable (e.g. empty)' },
  RECORD_TOO_LARGE: { retriable: false, description: 'A record batch exceeds the maximum message size' },
  UNSUPPORTED_COMPRESSION: { retriable: false, description: 'The batch uses a compression codec this build cannot handle' },
  OFFSET_OUT_OF_RANGE: { retriable: false, description: 'The offset is below the log start or past the log end' },

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
} as const satisfies Record<string, { retriable: boolean; description: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}
